package id.posyandu.examples.cli;

import id.posyandu.examples.chart.ChartChild;
import id.posyandu.examples.chart.ChartIndicator;
import id.posyandu.examples.chart.ChartLanguage;
import id.posyandu.examples.chart.GrowthChart;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code posyandu chart --child ID FILE [--indicator wfa|lhfa|wfl] [-o DIR] [--lang id|en]}: one
 * child's growth chart (the child's points over the WHO bands, like the Buku KIA chart) as
 * {@code DIR/ID-INDICATOR.svg} and {@code .png}; prints the two paths.
 *
 * <p>Input: a CSV with one row per measurement, columns
 * {@code child_id,sex,birth_date,date,weight_kg,length_cm,measure} (see {@link ChartCsv}); or
 * NDJSON records (a directory written by {@code posyandu generate}, or one {@code .ndjson} file of
 * mixed records), read with posyandu-json.
 *
 * <p>A missing or malformed file, an unknown child, or a wrong option value: one sentence on
 * standard error and exit code {@value PosyanduCli#EXIT_UNREADABLE}.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
    description = {
        "Grafik pertumbuhan satu anak (seperti grafik Buku KIA) sebagai SVG dan PNG.",
        "One child's growth chart (like the Buku KIA chart) as SVG and PNG.",
        "Kolom CSV / CSV columns: child_id,sex,birth_date,date,weight_kg,length_cm,measure"
            + " (tanggal / dates yyyy-MM-dd; measure l/h).",
        "Atau rekaman NDJSON (folder dari `generate` atau satu berkas .ndjson), anak menurut id "
            + "warga / or NDJSON records (a folder from `generate` or one .ndjson file), the "
            + "child by resident id.",
        "Grafik untuk umur 0-5 tahun / charts cover ages 0-5 years (WHO 2006)."})
final class ChartCommand implements Callable<Integer> {

  private static final String NAME = "posyandu chart: ";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--child", required = true, paramLabel = "ID",
      description = "Id anak di berkas / the child's id in the file (child_id)")
  String childId;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "Berkas pengukuran (CSV) atau data NDJSON (berkas/folder) / measurements "
          + "CSV, or NDJSON records (file or folder)")
  Path input;

  @Option(names = "--indicator", paramLabel = "wfa|lhfa|wfl", defaultValue = "wfa",
      description = "wfa = BB/U (bawaan / default), lhfa = PB/U, TB/U, wfl = BB/PB, BB/TB")
  String indicator;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = ".",
      description = "Folder keluaran / output folder (bawaan / default: .)")
  Path dir;

  @Option(names = "--lang", paramLabel = "id|en", defaultValue = "id",
      description = "Bahasa grafik / chart language (bawaan / default: id)")
  String lang;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ChartIndicator ind;
    ChartLanguage language;
    try {
      ind = ChartIndicator.parse(indicator);
      language = ChartLanguage.parse(lang);
    } catch (IllegalArgumentException e) {
      err.println(NAME + e.getMessage());
      return PosyanduCli.EXIT_UNREADABLE;
    }
    boolean ndjson = Files.isDirectory(input) || input.toString().endsWith(".ndjson");
    java.util.Optional<DataInput.Text> unreadable = DataInput.unreadable(input, true);
    if (unreadable.isPresent()) {
      err.println(NAME + input + ": " + unreadable.get().both());
      return PosyanduCli.EXIT_UNREADABLE;
    }
    ChartChild child;
    try (BufferedReader in = ndjson ? null : CsvFiles.openStrict(input)) {
      child = ndjson ? fromNdjson(err) : ChartCsv.read(in, childId);
    } catch (ChartCsv.BadInput e) {
      err.println(NAME + input + ": " + e.getMessage());
      return PosyanduCli.EXIT_UNREADABLE;
    } catch (IOException | RuntimeException e) {
      err.println(NAME + input + ": berkas tidak dapat dibaca / cannot read file"
          + (Files.isDirectory(input) ? " (folder tanpa berkas .ndjson / a directory without"
              + " .ndjson files)" : ""));
      return PosyanduCli.EXIT_UNREADABLE;
    }
    // WHO 2006 standards, which the charts draw, end at 5 years (1856 days)
    boolean inRange = child.measurements().stream().anyMatch(m ->
        java.time.temporal.ChronoUnit.DAYS.between(child.birthDate(), m.date()) <= 1856);
    if (!inRange) {
      err.println(NAME + input + ": anak / child '" + PersonalIds.masked(childId) + "': tidak ada "
          + "pengukuran pada umur 0-5 tahun, rentang grafik / no measurement at ages 0-5 years, "
          + "the range of the chart");
      return PosyanduCli.EXIT_UNREADABLE;
    }
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    GrowthChart chart = GrowthChart.of(ind, language);
    String svg;
    byte[] png;
    try {
      svg = chart.svg(child);
      png = chart.png(child);
    } catch (IllegalArgumentException e) {
      err.println(NAME + input + ": anak / child '" + PersonalIds.masked(childId) + "': "
          + e.getMessage());
      return PosyanduCli.EXIT_UNREADABLE;
    }
    String base = fileName(PersonalIds.masked(childId)) + "-" + ind.code();
    Path svgFile = dir.resolve(base + ".svg");
    Path pngFile = dir.resolve(base + ".png");
    try {
      Files.createDirectories(dir);
      Files.writeString(svgFile, svg, StandardCharsets.UTF_8);
      Files.write(pngFile, png);
    } catch (IOException e) {
      err.println(NAME + "tidak dapat menulis / cannot write to " + dir + " ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
      return PosyanduCli.EXIT_UNREADABLE;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(svgFile);
    out.println(pngFile);
    out.flush();
    return 0;
  }

  /** The child id as a safe file name part: letters, digits, '-' and '_' kept, others '_'. */
  static String fileName(String id) {
    String s = id.replaceAll("[^A-Za-z0-9_-]", "_");
    return s.isEmpty() ? "_" : s;
  }

  /**
   * The child from NDJSON records (a directory written by {@code posyandu generate}, or one file of
   * mixed records): the resident with this id and the weighings and measurements of its visits.
   * Bad lines are reported on standard error and skipped.
   */
  private ChartChild fromNdjson(PrintWriter err) throws IOException, ChartCsv.BadInput {
    ProblemLines lines = new ProblemLines(err);
    id.posyandu.examples.data.PopulationFiles.Loaded loaded =
        id.posyandu.examples.data.PopulationFiles.read(input,
            id.posyandu.json.PosyanduJson.withoutValidation(), java.util.Locale.forLanguageTag(
                "en".equals(lang) ? "en" : "id"), lines.prefixed(NAME));
    lines.finish("en".equals(lang));
    id.posyandu.rules.population.Population pop = loaded.population().orElseThrow(() ->
        new ChartCsv.BadInput("data tidak lengkap (rujukan tidak ditemukan) / incomplete data "
            + "(unresolved references)"));
    id.posyandu.core.model.Resident r = pop.resident(childId).orElseThrow(() ->
        new ChartCsv.BadInput("anak tidak ditemukan / no child with id '"
            + PersonalIds.masked(childId) + "'"));
    java.util.List<id.posyandu.examples.chart.ChildMeasurement> ms = new java.util.ArrayList<>();
    for (id.posyandu.core.record.Visit v : pop.visitsOf(r.id())) {
      for (id.posyandu.core.record.ServiceRecord rec : v.records()) {
        if (rec instanceof id.posyandu.core.record.Anthropometry a
            && (a.weightKg().isPresent() || a.lengthOrHeightCm().isPresent())) {
          ms.add(new id.posyandu.examples.chart.ChildMeasurement(v.date(), a.weightKg(),
              a.lengthOrHeightCm(), a.position()));
        }
      }
    }
    return new ChartChild(PersonalIds.masked(childId), r.sex(), r.birthDate(), ms);
  }
}
