package id.posyandu.examples.research;

import id.posyandu.core.Sex;
import id.posyandu.core.code.KodeWilayah;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.rules.anthro.Age;
import id.posyandu.rules.anthro.AnthroInput;
import id.posyandu.rules.anthro.ConditionResult;
import id.posyandu.rules.anthro.Permenkes2020;
import id.posyandu.rules.indicator.Count;
import id.posyandu.rules.indicator.WilsonInterval;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Question: what is the stunting prevalence in each desa, with a 95 % confidence interval?
 *
 * <p>Input: a CSV with one row per child measurement, columns {@code desa} (kode wilayah),
 * {@code sex} (1/2), {@code age_days}, {@code lenhei} (cm), {@code measure} (l/h) — WHO Anthro's
 * names. Stunting is PB/U or TB/U below −2 SD per Permenkes 2/2020, on z-scores computed exactly as
 * WHO Anthro does; the denominator is the children whose length/height-for-age could be assessed
 * (a missing or implausible measurement is reported, never counted as "not stunted"). The
 * interval is Wilson's score interval.
 *
 * <p>Run: {@code java -cp examples/target/posyandu.jar
 * id.posyandu.examples.research.StuntingByDesaExample examples/data/balita-desa.csv}
 */
public final class StuntingByDesaExample {

  private StuntingByDesaExample() {}

  /** Prevalence per desa, in desa order. */
  public record DesaPrevalence(KodeWilayah desa, Count stunted, int notAssessed) {}

  /**
   * Computes the prevalence per desa.
   *
   * @throws IllegalArgumentException naming the line of a malformed row
   */
  public static Map<KodeWilayah, DesaPrevalence> compute(Reader csv) throws IOException {
    Map<KodeWilayah, int[]> acc = new TreeMap<>(); // {stunted, assessed, notAssessed}
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setTrim(true).setIgnoreEmptyLines(true).get();
    Permenkes2020 permenkes = Permenkes2020.standard();
    try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(format).get()) {
      for (CSVRecord r : parser) {
        String line = "baris / line " + parser.getCurrentLineNumber() + ": ";
        KodeWilayah desa;
        AnthroInput child;
        try {
          desa = KodeWilayah.parse(r.get("desa"));
          AnthroInput.Builder b = AnthroInput.builder().sex(Sex.parse(r.get("sex")))
              .age(Age.ofDays(Double.parseDouble(r.get("age_days"))));
          if (!r.get("lenhei").isEmpty()) {
            b.lengthOrHeightCm(Double.parseDouble(r.get("lenhei")));
          }
          if ("l".equalsIgnoreCase(r.get("measure"))) {
            b.position(MeasurePosition.RECUMBENT);
          } else if ("h".equalsIgnoreCase(r.get("measure"))) {
            b.position(MeasurePosition.STANDING);
          }
          child = b.build();
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(line + e.getMessage(), e);
        }
        int[] a = acc.computeIfAbsent(desa, k -> new int[3]);
        ConditionResult stunting = permenkes.assess(child).stunting();
        if (stunting.outcome() == ConditionResult.Outcome.NOT_ASSESSED
            || stunting.basis().isImplausible()) {
          a[2]++;
        } else {
          a[1]++;
          if (stunting.isPresent()) {
            a[0]++;
          }
        }
      }
    }
    Map<KodeWilayah, DesaPrevalence> out = new TreeMap<>();
    acc.forEach((d, a) -> out.put(d, new DesaPrevalence(d, new Count(a[0], a[1]), a[2])));
    return out;
  }

  /** Prints the table. */
  public static void print(Map<KodeWilayah, DesaPrevalence> result, PrintWriter out) {
    out.println("Prevalensi stunting per desa (PB/U atau TB/U < -2 SD, Permenkes 2/2020; "
        + "z-score WHO 2006)");
    out.println("Stunting prevalence by desa (length/height-for-age < -2 SD), Wilson 95% CI");
    out.printf(Locale.ROOT, "%-15s %8s %8s %8s %17s %12s%n", "desa", "stunted", "assessed", "%",
        "95% CI", "not assessed");
    for (DesaPrevalence p : result.values()) {
      String ci = p.stunted().wilson95().map(StuntingByDesaExample::ci).orElse("-");
      out.printf(Locale.ROOT, "%-15s %8d %8d %8s %17s %12d%n", p.desa().dotted(),
          p.stunted().numerator(), p.stunted().denominator(),
          p.stunted().percent().isPresent()
              ? String.format(Locale.ROOT, "%.1f", p.stunted().percent().getAsDouble()) : "-",
          ci, p.notAssessed());
    }
  }

  private static String ci(WilsonInterval w) {
    return String.format(Locale.ROOT, "%.1f-%.1f", 100 * w.lower(), 100 * w.upper());
  }

  /** Runs the example on a file. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/data/balita-desa.csv");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      PrintWriter out = new PrintWriter(System.out, true);
      print(compute(r), out);
    }
  }
}
