package id.posyandu.examples.cli;

import id.posyandu.core.MessageValue;
import id.posyandu.core.Sex;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.rules.anthro.Age;
import id.posyandu.rules.anthro.AnthroInput;
import id.posyandu.rules.anthro.AnthroPlusResult;
import id.posyandu.rules.anthro.AnthroResult;
import id.posyandu.rules.anthro.Indicator;
import id.posyandu.rules.anthro.NutritionAssessment;
import id.posyandu.rules.anthro.Permenkes2020;
import id.posyandu.rules.anthro.PermenkesIndex;
import id.posyandu.rules.anthro.WhoGrowthStandards;
import id.posyandu.rules.anthro.ZScore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * {@code posyandu zscore FILE.csv [-o OUT.csv]}: WHO z-scores for a dataset, a drop-in for WHO
 * Anthro users. Input columns are named as WHO Anthro's arguments ({@code sex}, {@code age_days} or
 * {@code age_months}, {@code weight}, {@code lenhei}, {@code measure}, {@code headc}, {@code armc},
 * {@code triskin}, {@code subskin}, {@code oedema}); other columns are passed through. The output
 * adds WHO Anthro's columns (0-5 y), AnthroPlus's (5-19 y) and the Permenkes 2/2020 categories.
 */
@Command(name = "zscore", mixinStandardHelpOptions = true,
    description = {
        "Z-score WHO (WHO Anthro 0-5 tahun, AnthroPlus 5-19 tahun) dan status gizi Permenkes 2/2020"
            + " untuk satu berkas CSV.",
        "WHO z-scores (WHO Anthro 0-5 y, AnthroPlus 5-19 y) and Permenkes 2/2020 nutrition status"
            + " for a CSV file.",
        "Kolom masukan / input columns: sex (1/2, m/f), age_days atau/or age_months, weight (kg),"
            + " lenhei (cm), measure (l/h), headc, armc (cm), triskin, subskin (mm), oedema (y/n)."})
final class ZscoreCommand implements Callable<Integer> {

  /** WHO Anthro's output columns after clenhei and cbmi, in WHO's order. */
  private static final Indicator[] ANTHRO = {Indicator.LENGTH_HEIGHT_FOR_AGE,
      Indicator.WEIGHT_FOR_AGE, Indicator.WEIGHT_FOR_LENGTH_HEIGHT, Indicator.BMI_FOR_AGE,
      Indicator.HEAD_CIRCUMFERENCE_FOR_AGE, Indicator.ARM_CIRCUMFERENCE_FOR_AGE,
      Indicator.TRICEPS_SKINFOLD_FOR_AGE, Indicator.SUBSCAPULAR_SKINFOLD_FOR_AGE};
  /** AnthroPlus's output columns, in WHO's order. */
  private static final Indicator[] PLUS = {Indicator.HEIGHT_FOR_AGE_2007,
      Indicator.WEIGHT_FOR_AGE_2007, Indicator.BMI_FOR_AGE_2007};

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.csv",
      description = "Berkas masukan (CSV, UTF-8) / input file")
  Path input;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.csv",
      description = "Berkas keluaran (bawaan: layar) / output file (default: standard output)")
  Path output;

  /** A row that cannot be read; the message names the column and the value. */
  static final class BadRow extends Exception {
    private static final long serialVersionUID = 1L;

    BadRow(String message) {
      super(message);
    }
  }

  /** An age beyond any human's (150 years) is a typing error, e.g. a NIK in {@code age_days}. */
  private static final double MAX_AGE_DAYS = 150 * 365.25;

  static List<String> outputColumns() {
    List<String> cols = new ArrayList<>(List.of("clenhei", "cbmi"));
    for (Indicator i : ANTHRO) {
      cols.add(i.zColumn());
      cols.add(i.flagColumn());
    }
    for (Indicator i : PLUS) {
      cols.add(i.zColumn());
      cols.add(i.flagColumn());
    }
    for (PermenkesIndex p : PermenkesIndex.values()) {
      cols.add(p.name().toLowerCase(Locale.ROOT));
    }
    return cols;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<DataInput.Text> unreadable = DataInput.unreadable(input, false);
    if (unreadable.isPresent()) {
      err.println("posyandu zscore: " + input + ": " + unreadable.get().both());
      return PosyanduCli.EXIT_UNREADABLE;
    }
    String lower = input.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".ndjson") || lower.endsWith(".json") || lower.endsWith(".jsonl")) {
      err.println("posyandu zscore: " + input + ": zscore membaca tabel CSV berkolom WHO Anthro "
          + "(sex, age_days, weight, lenhei, ...), bukan rekaman NDJSON / zscore reads a CSV table "
          + "with WHO Anthro's columns (sex, age_days, weight, lenhei, ...), not NDJSON records");
      return PosyanduCli.EXIT_UNREADABLE;
    }
    int bad;
    try (BufferedReader in = CsvFiles.openStrict(input)) {
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        bad = convert(in, out, err);
        out.flush();
      } else {
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
          bad = convert(in, w, err);
        }
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      err.println("posyandu zscore: " + input + ": " + CsvFiles.unreadable(e));
      return PosyanduCli.EXIT_UNREADABLE;
    }
    if (bad > 0) {
      err.println("posyandu zscore: " + bad + " baris tidak valid, hasilnya kosong / " + bad
          + " invalid row(s) left with empty results");
      return PosyanduCli.EXIT_INVALID;
    }
    return 0;
  }

  /** Converts the CSV; returns the number of malformed rows. */
  static int convert(Reader reader, Appendable out, PrintWriter err) throws IOException {
    BufferedReader in = CsvFiles.skipBom(
        reader instanceof BufferedReader b ? b : new BufferedReader(reader));
    char delimiter = CsvFiles.delimiter(in);
    CSVFormat format = CsvFiles.format(delimiter, true);
    WhoGrowthStandards who = WhoGrowthStandards.standard();
    Permenkes2020 pmk = Permenkes2020.standard();
    int bad = 0;
    try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get();
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
            .setRecordSeparator('\n').get())) {
      List<String> header = parser.getHeaderNames();
      List<String> outHeader = new ArrayList<>(header);
      outHeader.addAll(outputColumns());
      printer.printRecord(outHeader);
      Map<String, Integer> cols = parser.getHeaderMap();
      for (CSVRecord rec : parser) {
        List<String> row = new ArrayList<>(outHeader.size());
        for (int c = 0; c < header.size(); c++) {
          row.add(c < rec.size() ? rec.get(c) : "");
        }
        try {
          if (rec.size() != header.size()) {
            throw new BadRow("baris ini punya " + rec.size() + " sel, baris judul " + header.size()
                + " kolom / this row has " + rec.size() + " cells, the header " + header.size()
                + " columns");
          }
          AnthroInput child = read(rec, cols);
          row.addAll(results(who, pmk, child));
        } catch (BadRow e) {
          bad++;
          long line = rec.getRecordNumber() + 1;
          err.println("posyandu zscore: baris / line " + line + ": " + e.getMessage());
          for (int c = 0; c < outputColumns().size(); c++) {
            row.add("");
          }
        }
        printer.printRecord(row);
      }
    }
    return bad;
  }

  static List<String> results(WhoGrowthStandards who, Permenkes2020 pmk, AnthroInput child) {
    List<String> row = new ArrayList<>();
    AnthroResult a = who.anthro(child);
    AnthroPlusResult p = who.anthroPlus(child);
    row.add(rNumber(a.clenhei()));
    row.add(rNumber(a.cbmi()));
    for (Indicator i : ANTHRO) {
      addZ(row, a.zScore(i));
    }
    for (Indicator i : PLUS) {
      addZ(row, p.zScore(i));
    }
    NutritionAssessment s = pmk.assess(a, p);
    for (PermenkesIndex i : PermenkesIndex.values()) {
      row.add(s.status(i).category().map(Enum::name).orElse(""));
    }
    return row;
  }

  private static void addZ(List<String> row, ZScore z) {
    // z.printed(), without BigDecimal
    row.add(z.isComputed() ? NumberText.plain(z.rounded()) : "");
    row.add(z.isComputed() ? (z.isFlagged() ? "1" : "0") : "");
  }

  /** A number as R's write.csv prints it: up to 15 significant digits. */
  static String rNumber(OptionalDouble v) {
    if (v.isEmpty() || !Double.isFinite(v.getAsDouble())) {
      return "";
    }
    return NumberText.r15(v.getAsDouble());
  }

  private static OptionalDouble number(CSVRecord rec, Map<String, Integer> cols, String name)
      throws BadRow {
    String s = CsvFiles.cell(rec, cols, name);
    if (s.isEmpty() || s.equalsIgnoreCase("NA")) {
      return OptionalDouble.empty();
    }
    try {
      double d = Double.parseDouble(s);
      if (Double.isFinite(d)) {
        return OptionalDouble.of(d);
      }
    } catch (NumberFormatException e) {
      // the message below
    }
    throw new BadRow("kolom / column '" + name + "': bukan angka / not a number: "
        + MessageValue.masked(s).en());
  }

  static AnthroInput read(CSVRecord rec, Map<String, Integer> cols) throws BadRow {
    AnthroInput.Builder b = AnthroInput.builder();
    String sex = CsvFiles.cell(rec, cols, "sex");
    if (!sex.isEmpty() && !sex.equalsIgnoreCase("NA")) {
      try {
        b.sex(Sex.parse(sex));
      } catch (IllegalArgumentException e) {
        throw new BadRow("kolom / column 'sex': " + e.getMessage());
      }
    }
    OptionalDouble days = number(rec, cols, "age_days");
    OptionalDouble months = number(rec, cols, "age_months");
    if (days.isPresent() && days.getAsDouble() > MAX_AGE_DAYS
        || months.isPresent() && months.getAsDouble() > MAX_AGE_DAYS / 30.4375) {
      String col = days.isPresent() ? "age_days" : "age_months";
      throw new BadRow("kolom / column '" + col + "': umur lebih dari 150 tahun / an age of "
          + "more than 150 years: " + MessageValue.number(CsvFiles.cell(rec, cols, col)).en());
    }
    try {
      if (days.isPresent()) {
        b.age(Age.ofDays(days.getAsDouble()));
      } else if (months.isPresent()) {
        b.age(Age.ofMonths(months.getAsDouble()));
      }
    } catch (IllegalArgumentException e) {
      throw new BadRow("kolom / column '" + (days.isPresent() ? "age_days" : "age_months") + "': "
          + e.getMessage());
    }
    number(rec, cols, "weight").ifPresent(b::weightKg);
    number(rec, cols, "lenhei").ifPresent(b::lengthOrHeightCm);
    number(rec, cols, "headc").ifPresent(b::headCircumferenceCm);
    number(rec, cols, "armc").ifPresent(b::armCircumferenceCm);
    number(rec, cols, "triskin").ifPresent(b::tricepsSkinfoldMm);
    number(rec, cols, "subskin").ifPresent(b::subscapularSkinfoldMm);
    String measure = CsvFiles.cell(rec, cols, "measure").toLowerCase(Locale.ROOT);
    switch (measure) {
      case "l" -> b.position(MeasurePosition.RECUMBENT);
      case "h" -> b.position(MeasurePosition.STANDING);
      case "", "na" -> { }
      default -> throw new BadRow("kolom / column 'measure': gunakan / use l, h or empty: "
          + MessageValue.masked(measure).en());
    }
    String oedema = CsvFiles.cell(rec, cols, "oedema").toLowerCase(Locale.ROOT);
    switch (oedema) {
      case "y", "1" -> b.oedema(true);
      case "n", "2", "", "na" -> b.oedema(false);
      default -> throw new BadRow("kolom / column 'oedema': gunakan / use y, n, 1, 2: "
          + MessageValue.masked(oedema).en());
    }
    return b.build();
  }
}
