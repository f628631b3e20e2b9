package id.posyandu.examples.research;

import id.posyandu.core.model.Posyandu;
import id.posyandu.core.model.Resident;
import id.posyandu.core.record.Visit;
import id.posyandu.rules.growth.GrowthMonitor;
import id.posyandu.rules.growth.Ratio;
import id.posyandu.rules.growth.Skdn;
import id.posyandu.rules.growth.SkdnChild;
import id.posyandu.rules.growth.WeightForAge;
import id.posyandu.rules.growth.Weighing;
import id.posyandu.rules.population.Population;
import id.posyandu.testkit.SyntheticPopulation;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Question: how did one Posyandu's growth monitoring go over a year (SKDN month by month)?
 *
 * <p>Builds a synthetic population (seeded, so the run is reproducible), takes the children of one
 * Posyandu and computes SKDN for each of the last twelve months with the Buku KIA rules (KBM table,
 * N/T/O/B, 2T, garis merah on WHO weight-for-age). K counts the children whose latest
 * {@code KiaBook} record up to the last month says they have a KMS or Buku KIA
 * ({@link SkdnChild#hasKiaBook}); a child without any such record is not counted in K (unknown is
 * not "has one").
 *
 * <p>Run: {@code java -cp examples/target/posyandu.jar id.posyandu.examples.research.SkdnYearExample}
 */
public final class SkdnYearExample {

  private SkdnYearExample() {}

  /** SKDN of a Posyandu for each month from {@code first} to {@code last}. */
  public static List<Skdn> skdnByMonth(Population pop, Posyandu posyandu, YearMonth first,
      YearMonth last) {
    List<SkdnChild> children = new ArrayList<>();
    String posyanduId = pop.posyanduId(posyandu.registrationNumber());
    for (Resident r : pop.residents()) {
      if (!posyanduId.equals(pop.posyanduIdOfResident(r.id()))
          || r.birthDate().isBefore(first.atDay(1).minusYears(5))) {
        continue;
      }
      List<Visit> visits = pop.visitsOf(r.id());
      List<Weighing> ws = Weighing.fromVisits(visits, last.atEndOfMonth());
      children.add(new SkdnChild(r.birthDate(),
          SkdnChild.hasKiaBook(visits, last.atEndOfMonth()), ws,
          WeightForAge.who2006(r.sex(), r.birthDate())));
    }
    List<Skdn> out = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      out.add(Skdn.of(m, children, GrowthMonitor.standard()));
    }
    return out;
  }

  /** Prints the table. */
  public static void print(String posyanduName, List<Skdn> months, PrintWriter out) {
    out.println("SKDN " + posyanduName + " (Buku KIA 2023)");
    out.printf(Locale.ROOT, "%-8s %5s %5s %5s %5s %5s %5s %5s %5s %5s %7s %7s %7s %7s%n", "bulan",
        "S", "K", "D", "N", "T", "O", "B", "2T", "BGM", "K/S %", "D/S %", "N/D %", "2T/D %");
    for (Skdn s : months) {
      out.printf(Locale.ROOT, "%-8s %5d %5d %5d %5d %5d %5d %5d %5d %5d %7s %7s %7s %7s%n",
          s.month(), s.s(), s.k(), s.d(), s.n(), s.t(), s.o(), s.b(), s.twoT(), s.bgm(),
          pct(s.ks()), pct(s.ds()), pct(s.nd()), pct(s.twoTd()));
    }
  }

  private static String pct(Ratio r) {
    return r.percent().isPresent()
        ? String.format(Locale.ROOT, "%.1f", r.percent().getAsDouble()) : "-";
  }

  /** Runs the example. */
  public static void main(String[] args) {
    SyntheticPopulation gen = SyntheticPopulation.builder().residents(3000).seed(7)
        .months(13).endMonth(YearMonth.of(2026, 10)).build();
    Population pop = gen.generate();
    Posyandu p = pop.posyandu().get(0);
    PrintWriter out = new PrintWriter(System.out, true);
    print(p.name(), skdnByMonth(pop, p, YearMonth.of(2025, 11), YearMonth.of(2026, 10)), out);
  }
}
