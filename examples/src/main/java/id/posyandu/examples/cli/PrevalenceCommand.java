package id.posyandu.examples.cli;

import id.posyandu.rules.anthro.AnthroInput;
import id.posyandu.rules.prevalence.LonelyPsu;
import id.posyandu.rules.prevalence.PrevalenceRow;
import id.posyandu.rules.prevalence.PrevalenceSurvey;
import id.posyandu.rules.prevalence.PrevalenceTable;
import id.posyandu.rules.prevalence.WhoPrevalence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code posyandu prevalence FILE.csv [-o OUT.csv] [--sw COL] [--cluster COL] [--strata COL]
 * [--group COL]... [--standard who2006|who2007]}: WHO's prevalence table of a survey (WHO Anthro's
 * {@code anthro_prevalence}, AnthroPlus's {@code anthroplus_prevalence}), with the survey's design.
 * The input columns are {@code zscore}'s ({@code sex}, {@code age_days} or {@code age_months},
 * {@code weight}, {@code lenhei}, {@code measure}, {@code oedema}); a row that cannot be read is
 * reported with its line, as {@code zscore} reports it, and left out.
 */
@Command(name = "prevalence", mixinStandardHelpOptions = true,
    description = {
        "Prevalensi gizi dengan selang kepercayaan sesuai desain survei (strata, klaster, bobot),"
            + " tabel WHO Anthro / AnthroPlus.",
        "Prevalence with confidence intervals under the survey design (strata, clusters, weights),"
            + " WHO Anthro's / AnthroPlus's table.",
        "Kolom masukan / input columns: sex, age_days atau/or age_months, weight (kg), lenhei (cm),"
            + " measure (l/h), oedema (y/n)."})
final class PrevalenceCommand implements Callable<Integer> {

  /** The growth standard of the table. */
  enum Standard { WHO2006, WHO2007 }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.csv",
      description = "Berkas masukan (CSV, UTF-8) / input file")
  Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.csv",
      description = "Berkas keluaran (bawaan: layar) / output file (default: standard output)")
  Path output;

  @Option(names = "--sw", paramLabel = "COL",
      description = "Kolom bobot sampel / column of the sampling weights")
  String weightColumn;

  @Option(names = "--cluster", paramLabel = "COL",
      description = "Kolom klaster (PSU) / column of the clusters (PSUs)")
  String clusterColumn;

  @Option(names = "--strata", paramLabel = "COL",
      description = "Kolom strata / column of the strata")
  String strataColumn;

  @Option(names = "--group", paramLabel = "COL",
      description = "Kolom pengelompokan (boleh berulang; typeres, gregion, wealthq, mothered,"
          + " othergr memakai label WHO) / grouping column (repeatable; WHO's names get WHO's"
          + " labels)")
  List<String> groupColumns = new ArrayList<>();

  @Option(names = "--standard", paramLabel = "who2006|who2007", defaultValue = "who2006",
      description = "who2006 (0-59 bulan/months, bawaan/default) atau/or who2007 (61-228)")
  Standard standard;

  @Option(names = "--lonely-psu", paramLabel = "RULE",
      description = "Strata dengan satu PSU / single-PSU strata: adjust (bawaan who2006/default"
          + " who2006), fail (bawaan who2007/default who2007), remove, certainty, average")
  LonelyPsu lonelyPsu;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<DataInput.Text> unreadable = DataInput.unreadable(input, false);
    if (unreadable.isPresent()) {
      err.println("posyandu prevalence: " + input + ": " + unreadable.get().both());
      return PosyanduCli.EXIT_UNREADABLE;
    }
    Survey survey;
    try (BufferedReader in = CsvFiles.skipBom(CsvFiles.openStrict(input))) {
      survey = read(in, err);
    } catch (MissingColumn e) {
      err.println("posyandu prevalence: " + input + ": " + e.getMessage());
      return PosyanduCli.EXIT_UNREADABLE;
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      err.println("posyandu prevalence: " + input + ": " + CsvFiles.unreadable(e));
      return PosyanduCli.EXIT_UNREADABLE;
    }
    WhoPrevalence who = standard == Standard.WHO2007 ? WhoPrevalence.who2007()
        : WhoPrevalence.who2006();
    if (lonelyPsu != null) {
      who = who.withLonelyPsu(lonelyPsu);
    }
    PrevalenceTable table;
    try {
      table = who.estimate(survey.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("posyandu prevalence: " + input + ": " + e.getMessage());
      return PosyanduCli.EXIT_INVALID;
    }
    table.warnings().forEach(w -> err.println("posyandu prevalence: " + w));
    try {
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        write(table, out);
        out.flush();
      } else {
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
          write(table, w);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      err.println("posyandu prevalence: " + output + ": berkas tidak dapat ditulis / cannot write"
          + " the file");
      return PosyanduCli.EXIT_UNREADABLE;
    }
    if (survey.bad > 0) {
      err.println("posyandu prevalence: " + survey.bad + " baris tidak valid, tidak dihitung / "
          + survey.bad + " invalid row(s) left out");
      return PosyanduCli.EXIT_INVALID;
    }
    return 0;
  }

  /** A named column the file does not have. */
  static final class MissingColumn extends IOException {
    private static final long serialVersionUID = 1L;

    MissingColumn(String option, String column) {
      super("kolom '" + column + "' (" + option + ") tidak ada di baris judul / column '" + column
          + "' (" + option + ") is not in the header");
    }
  }

  /** The rows read, column by column. */
  private static final class Survey {
    final List<AnthroInput> children = new ArrayList<>();
    final List<Double> weights = new ArrayList<>();
    final List<String> clusters = new ArrayList<>();
    final List<String> strata = new ArrayList<>();
    final List<List<String>> groups = new ArrayList<>();
    boolean hasWeights;
    boolean hasClusters;
    boolean hasStrata;
    List<String> groupNames = List.of();
    int bad;

    PrevalenceSurvey build() {
      int n = children.size();
      PrevalenceSurvey s = new PrevalenceSurvey(n);
      for (int i = 0; i < n; i++) {
        AnthroInput c = children.get(i);
        int j = i;
        c.sex().ifPresent(x -> s.sex(j, x));
        c.age().ifPresent(a -> {
          if (a.givenInMonths()) {
            s.ageMonths(j, a.months());
          } else {
            s.ageDays(j, a.days());
          }
        });
        c.weightKg().ifPresent(w -> s.weightKg(j, w));
        if (c.lengthOrHeightCm().isPresent()) {
          s.lengthOrHeightCm(j, c.lengthOrHeightCm().getAsDouble(), c.position().orElse(null));
        }
        s.oedema(j, c.oedema());
      }
      if (hasWeights) {
        s.samplingWeights(weights.stream().mapToDouble(Double::doubleValue).toArray());
      }
      if (hasClusters) {
        s.clusters(clusters.toArray(String[]::new));
      }
      if (hasStrata) {
        s.strata(strata.toArray(String[]::new));
      }
      for (int g = 0; g < groupNames.size(); g++) {
        s.group(groupNames.get(g), groups.get(g).toArray(String[]::new));
      }
      return s;
    }
  }

  private Survey read(BufferedReader in, PrintWriter err) throws IOException {
    char delimiter = CsvFiles.delimiter(in);
    CSVFormat format = CsvFiles.format(delimiter, true);
    Survey s = new Survey();
    try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
      Map<String, Integer> cols = parser.getHeaderMap();
      require(cols, "--sw", weightColumn);
      require(cols, "--cluster", clusterColumn);
      require(cols, "--strata", strataColumn);
      for (String g : groupColumns) {
        require(cols, "--group", g);
      }
      s.hasWeights = weightColumn != null;
      s.hasClusters = clusterColumn != null;
      s.hasStrata = strataColumn != null;
      s.groupNames = List.copyOf(groupColumns);
      for (int g = 0; g < groupColumns.size(); g++) {
        s.groups.add(new ArrayList<>());
      }
      for (CSVRecord rec : parser) {
        try {
          AnthroInput child = ZscoreCommand.read(rec, cols);
          double w = Double.NaN;
          if (weightColumn != null) {
            w = weight(rec, cols);
          }
          s.children.add(child);
          s.weights.add(w);
          s.clusters.add(text(rec, cols, clusterColumn));
          s.strata.add(text(rec, cols, strataColumn));
          for (int g = 0; g < groupColumns.size(); g++) {
            s.groups.get(g).add(text(rec, cols, groupColumns.get(g)));
          }
        } catch (ZscoreCommand.BadRow e) {
          s.bad++;
          err.println("posyandu prevalence: baris / line " + (rec.getRecordNumber() + 1) + ": "
              + e.getMessage());
        }
      }
    }
    return s;
  }

  private static void require(Map<String, Integer> cols, String option, String column)
      throws MissingColumn {
    if (column != null && !cols.containsKey(column)) {
      throw new MissingColumn(option, column);
    }
  }

  private double weight(CSVRecord rec, Map<String, Integer> cols) throws ZscoreCommand.BadRow {
    String v = CsvFiles.cell(rec, cols, weightColumn);
    if (v.isEmpty() || v.equalsIgnoreCase("NA")) {
      return Double.NaN;
    }
    try {
      double w = Double.parseDouble(v);
      if (Double.isFinite(w) && w >= 0) {
        return w;
      }
    } catch (NumberFormatException e) {
      // the message below
    }
    throw new ZscoreCommand.BadRow("kolom / column '" + weightColumn + "': bobot harus angka >= 0"
        + " / a weight must be a number >= 0: '" + v + "'");
  }

  private static String text(CSVRecord rec, Map<String, Integer> cols, String column) {
    if (column == null) {
      return null;
    }
    String v = CsvFiles.cell(rec, cols, column);
    return v.isEmpty() || v.equals("NA") ? null : v;
  }

  /** WHO's table as CSV: WHO's columns and labels, every number at full precision, NA empty. */
  static void write(PrevalenceTable table, Appendable out) throws IOException {
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
        .setRecordSeparator('\n').get())) {
      printer.printRecord(table.columns());
      for (PrevalenceRow row : table.rows()) {
        List<String> cells = new ArrayList<>(table.columns().size());
        cells.add(row.group());
        for (String col : table.columns().subList(1, table.columns().size())) {
          Optional<String> text = row.text(col);
          cells.add(text.isPresent() ? text.get() : number(row.value(col)));
        }
        printer.printRecord(cells);
      }
    }
  }

  /**
   * The shortest decimal that reads back as the same double, without an exponent; {@code Inf} and
   * {@code -Inf} as R writes them.
   */
  static String number(OptionalDouble v) {
    if (v.isEmpty()) {
      return "";
    }
    if (Double.isInfinite(v.getAsDouble())) {
      return v.getAsDouble() > 0 ? "Inf" : "-Inf";
    }
    return BigDecimal.valueOf(v.getAsDouble()).stripTrailingZeros().toPlainString();
  }
}
