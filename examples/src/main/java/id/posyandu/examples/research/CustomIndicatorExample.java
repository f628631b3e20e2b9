package id.posyandu.examples.research;

import id.posyandu.rules.indicator.IndicatorCatalog;
import id.posyandu.rules.indicator.IndicatorReport;
import id.posyandu.rules.indicator.ReportLevel;
import id.posyandu.rules.indicator.ReportRow;
import id.posyandu.rules.population.Population;
import id.posyandu.testkit.SyntheticPopulation;
import id.posyandu.rules.spm.SixSpm;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Question: how does a kabupaten add its own indicator, or change a target, without writing Java?
 *
 * <p>Indicators are data. A JSON catalog (here {@code examples/data/kabupaten-catalog.json})
 * overrides the built-in {@code KES-DS} target (80 % → 85 %) and defines a new indicator from the
 * library's named criteria combined with {@code all}/{@code any}/{@code not}: of the stunted
 * balita, how many were weighed this month and did not falter (T). A definition that names an
 * unknown criterion fails on load, naming the indicator.
 *
 * <p>Run: {@code java -cp examples/target/posyandu.jar
 * id.posyandu.examples.research.CustomIndicatorExample examples/data/kabupaten-catalog.json}
 */
public final class CustomIndicatorExample {

  private CustomIndicatorExample() {}

  /** The report of a population with the built-in catalog extended by the user's JSON. */
  public static IndicatorReport run(InputStream userCatalog, Population pop, YearMonth month) {
    IndicatorCatalog catalog = SixSpm.catalogWith(userCatalog, "kabupaten-catalog.json");
    return SixSpm.of(catalog).report(pop, month, month.atEndOfMonth(), ReportLevel.KABKOTA);
  }

  /** Runs the example. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/data/kabupaten-catalog.json");
    YearMonth month = YearMonth.of(2026, 10);
    Population pop = SyntheticPopulation.builder().residents(3000).seed(11).months(12)
        .endMonth(month).build().generate();
    IndicatorReport report;
    try (InputStream in = Files.newInputStream(file)) {
      report = run(in, pop, month);
    }
    PrintWriter out = new PrintWriter(System.out, true);
    for (String id : new String[] {"KES-DS", "KES-BADUTA-STUNTING-DITIMBANG"}) {
      for (ReportRow r : report.rows()) {
        if (r.indicator().id().equals(id)) {
          out.printf(Locale.ROOT, "%-30s %-8s %d/%d = %s (target %s) %s%n", id, r.unit(),
              r.count().numerator(), r.count().denominator(),
              r.percent().isPresent() ? String.format(Locale.ROOT, "%.1f%%",
                  r.percent().getAsDouble()) : "-",
              r.target().map(t -> String.format(Locale.ROOT, "%.0f%%", t)).orElse("-"),
              r.indicator().labelId());
        }
      }
    }
  }
}
