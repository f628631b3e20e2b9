package id.posyandu.rules.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** SKDN over generated populations (seeded; the seed is in every assertion message). */
class SkdnProperties {

  private static final GrowthMonitor MONITOR = GrowthMonitor.standard();
  private static final YearMonth MONTH = YearMonth.of(2026, 10);

  /** A child with a random birth date, attendance gaps, faltering and a random z-score model. */
  static SkdnChild child(Random r) {
    LocalDate birth = LocalDate.of(2020, 6, 1).plusDays(r.nextInt(6 * 365 + 200));
    List<Weighing> ws = new ArrayList<>();
    double kg = 2.5 + r.nextDouble() * 1.5;
    for (LocalDate d = birth.plusDays(r.nextInt(20)); !d.isAfter(MONTH.atEndOfMonth());
        d = d.plusDays(25 + r.nextInt(12))) {
      kg = Math.min(Weighing.MAX_WEIGHT_KG, kg + (r.nextDouble() - 0.2) * 0.6);
      kg = Math.max(Weighing.MIN_WEIGHT_KG, kg);
      if (r.nextInt(5) > 0) { // attendance gaps
        ws.add(new Weighing(d, Math.round(kg * 10) / 10.0));
      }
    }
    double zShift = r.nextGaussian() * 1.5;
    boolean hasZ = r.nextInt(10) > 0;
    WeightForAge wfa = hasZ ? (d, w) -> OptionalDouble.of(zShift + (w - 10) / 10) : WeightForAge.NONE;
    return new SkdnChild(birth, r.nextInt(10) > 0, ws, wfa);
  }

  static List<SkdnChild> population(long seed, int n) {
    Random r = new Random(seed);
    List<SkdnChild> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(child(r));
    }
    return out;
  }

  @RepeatedTest(20)
  void dEqualsNPlusTPlusOPlusBForEveryPopulation(RepetitionInfo info) {
    long seed = 1000L + info.getCurrentRepetition();
    for (int m = 0; m < 12; m++) {
      YearMonth month = MONTH.minusMonths(m);
      Skdn skdn = Skdn.of(month, population(seed, 200), MONITOR);
      assertThat(skdn.d()).as("seed %d month %s: %s", seed, month, skdn)
          .isEqualTo(skdn.n() + skdn.t() + skdn.o() + skdn.b());
      assertThat(skdn.d()).as("seed %d", seed).isLessThanOrEqualTo(skdn.s());
      assertThat(skdn.twoT()).as("seed %d", seed).isLessThanOrEqualTo(skdn.t());
    }
  }

  @RepeatedTest(10)
  void theOrderOfChildrenAndTheGroupingOfMergesDoNotChangeTheCounts(RepetitionInfo info) {
    long seed = 2000L + info.getCurrentRepetition();
    List<SkdnChild> pop = population(seed, 300);
    Skdn whole = Skdn.of(MONTH, pop, MONITOR);
    List<SkdnChild> shuffled = new ArrayList<>(pop);
    Collections.shuffle(shuffled, new Random(seed));
    int cut1 = 1 + new Random(seed).nextInt(100);
    int cut2 = cut1 + 1 + new Random(seed + 1).nextInt(100);
    Skdn a = Skdn.of(MONTH, shuffled.subList(0, cut1), MONITOR);
    Skdn b = Skdn.of(MONTH, shuffled.subList(cut1, cut2), MONITOR);
    Skdn c = Skdn.of(MONTH, shuffled.subList(cut2, shuffled.size()), MONITOR);
    assertThat(a.plus(b).plus(c)).as("seed %d (a+b)+c", seed).isEqualTo(whole);
    assertThat(a.plus(b.plus(c))).as("seed %d a+(b+c)", seed).isEqualTo(whole);
    assertThat(c.plus(a).plus(b)).as("seed %d commuted", seed).isEqualTo(whole);
    assertThat(whole.plus(Skdn.empty(MONTH))).isEqualTo(whole);
  }

  @Test
  void aWorkedPosyanduMonth() {
    YearMonth oct = YearMonth.of(2026, 10);
    LocalDate born = LocalDate.of(2025, 6, 1);
    List<SkdnChild> kids = List.of(
        // N: +300 g at 16 months (KBM 200 g)
        new SkdnChild(born, true, List.of(new Weighing(LocalDate.of(2026, 9, 10), 9.0),
            new Weighing(LocalDate.of(2026, 10, 10), 9.3)), WeightForAge.NONE),
        // T, and T in September too: 2T; below the red line
        new SkdnChild(born, true, List.of(new Weighing(LocalDate.of(2026, 8, 10), 8.0),
            new Weighing(LocalDate.of(2026, 9, 10), 8.1),
            new Weighing(LocalDate.of(2026, 10, 10), 8.1)), (d, w) -> OptionalDouble.of(-2.5)),
        // O: weighed in August and October
        new SkdnChild(born, false, List.of(new Weighing(LocalDate.of(2026, 8, 10), 8.0),
            new Weighing(LocalDate.of(2026, 10, 10), 8.6)), WeightForAge.NONE),
        // B: first weighing
        new SkdnChild(LocalDate.of(2026, 10, 2), true,
            List.of(new Weighing(LocalDate.of(2026, 10, 2), 3.1)), WeightForAge.NONE),
        // not weighed this month
        new SkdnChild(born, true, List.of(new Weighing(LocalDate.of(2026, 9, 10), 9.0)),
            WeightForAge.NONE),
        // not a balita: 60 months on 31 October
        new SkdnChild(LocalDate.of(2021, 10, 1), true,
            List.of(new Weighing(LocalDate.of(2026, 10, 10), 18.0)), WeightForAge.NONE),
        // born after the month: not counted
        new SkdnChild(LocalDate.of(2026, 11, 2), true, List.of(), WeightForAge.NONE));
    Skdn s = Skdn.of(oct, kids, MONITOR);
    assertThat(s).isEqualTo(new Skdn(oct, 5, 4, 4, 1, 1, 1, 1, 1, 1, 0, 3));
    assertThat(s.ds().percent()).hasValue(80.0);
    assertThat(s.nd().value()).hasValue(0.25);
    assertThat(s.ratios()).extracting(Ratio::name)
        .containsExactly("K/S", "D/S", "N/D", "N/S", "D/K", "2T/D", "BGM/D");
    assertThat(Skdn.empty(oct).nd().value()).as("no value, not 0 or NaN").isEmpty();
  }

  @Test
  void aBalitaIsZeroToFiftyNineCompletedMonthsOnTheMonthsLastDay() {
    YearMonth oct = YearMonth.of(2026, 10);
    assertThat(Skdn.isBalita(LocalDate.of(2021, 11, 1), oct)).as("59 months 30 days").isTrue();
    assertThat(Skdn.isBalita(LocalDate.of(2021, 10, 31), oct)).as("60 months").isFalse();
    assertThat(Skdn.isBalita(LocalDate.of(2026, 10, 31), oct)).as("born on the last day").isTrue();
    assertThat(Skdn.isBalita(LocalDate.of(2026, 11, 1), oct)).isFalse();
  }
}
