package id.posyandu.rules.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.rules.growth.MonthlyGrowth.NotAssessed;
import id.posyandu.rules.growth.MonthlyGrowth.Referral;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the Buku KIA 2023 p.54 rules (N if gain ≥ KBM, T otherwise; refer on T, below the
 * red line or above the orange line) and the SKDN decision order (B, O, N/T) of POSYANDU-6SPM.md §4.1.
 */
class GrowthMonitorTest {

  private static final GrowthMonitor MONITOR = GrowthMonitor.standard();
  private static final LocalDate BORN = LocalDate.of(2025, 1, 15);

  private static Weighing w(String date, double kg) {
    return new Weighing(LocalDate.parse(date), kg);
  }

  /** A child followed for eight months: B, T, 2T, N, (missed), O, N on the exact KBM, T. */
  private static final List<Weighing> HISTORY = List.of(
      w("2025-03-10", 4.5),   // age 1 month: first weighing -> B
      w("2025-04-12", 5.3),   // age 2 months: +800 g < KBM 900 g -> T
      w("2025-05-14", 5.9),   // age 3 months (3m29d): +600 g < 800 g -> T, and T last month -> 2T
      w("2025-06-15", 6.5),   // age 5 months: +600 g >= 500 g -> N
      // July: not weighed
      w("2025-08-10", 7.0),   // not weighed last month -> O, no N/T, KBM never multiplied
      w("2025-09-11", 7.3),   // age 7 months: +300 g = KBM 300 g -> N (the boundary is N)
      w("2025-10-09", 7.59)); // age 8 months: +290 g < 300 g -> T

  private static MonthlyGrowth month(String ym) {
    return MONITOR.assess(BORN, HISTORY, YearMonth.parse(ym), WeightForAge.NONE);
  }

  @Test
  void firstWeighingIsB() {
    MonthlyGrowth g = month("2025-03");
    assertThat(g.status()).contains(GrowthStatus.B);
    assertThat(g.ageInMonths()).isEqualTo(1);
    assertThat(g.kbmGrams()).isEmpty();
    assertThat(g.referrals()).isEmpty();
  }

  @Test
  void gainBelowKbmIsTAndIsReferred() {
    MonthlyGrowth g = month("2025-04");
    assertThat(g.status()).contains(GrowthStatus.T);
    assertThat(g.gainGrams()).hasValue(800);
    assertThat(g.kbmGrams()).hasValue(900);
    assertThat(g.twoT()).isFalse();
    assertThat(g.referrals()).containsExactly(Referral.WEIGHT_NOT_UP);
  }

  @Test
  void tAtTwoConsecutiveMonthlyWeighingsIs2T() {
    MonthlyGrowth g = month("2025-05");
    assertThat(g.ageInMonths()).as("3 months 29 days is 3 completed months").isEqualTo(3);
    assertThat(g.kbmGrams()).hasValue(800);
    assertThat(g.status()).contains(GrowthStatus.T);
    assertThat(g.twoT()).isTrue();
    assertThat(g.referrals()).containsExactly(Referral.TWO_T);
  }

  @Test
  void gainAtLeastKbmIsN() {
    MonthlyGrowth g = month("2025-06");
    assertThat(g.status()).contains(GrowthStatus.N);
    assertThat(g.ageInMonths()).isEqualTo(5);
    assertThat(g.kbmGrams()).hasValue(500);
    assertThat(g.twoT()).isFalse();
  }

  @Test
  void aMissedMonthIsNotWeighedAndTheNextWeighingIsOWithoutKbm() {
    MonthlyGrowth july = month("2025-07");
    assertThat(july.weighed()).isFalse();
    assertThat(july.status()).isEmpty();
    assertThat(july.notAssessed()).contains(NotAssessed.NOT_WEIGHED);
    MonthlyGrowth aug = month("2025-08");
    assertThat(aug.status()).contains(GrowthStatus.O);
    assertThat(aug.kbmGrams()).as("no KBM x gap").isEmpty();
    assertThat(aug.gainGrams()).isEmpty();
    assertThat(aug.previous()).contains(w("2025-06-15", 6.5));
    assertThat(aug.referrals()).isEmpty();
  }

  @Test
  void gainExactlyAtKbmIsN() {
    MonthlyGrowth g = month("2025-09");
    assertThat(g.ageInMonths()).isEqualTo(7);
    assertThat(g.gainGrams()).hasValue(300);
    assertThat(g.kbmGrams()).hasValue(300);
    assertThat(g.status()).contains(GrowthStatus.N);
  }

  @Test
  void gainOneStepBelowKbmIsTAndAfterAnNIsNot2T() {
    MonthlyGrowth g = month("2025-10");
    assertThat(g.gainGrams()).hasValue(290);
    assertThat(g.status()).contains(GrowthStatus.T);
    assertThat(g.twoT()).isFalse();
  }

  @Test
  void gainsAreComparedInWholeGramsSoFloatingPointNoiseDoesNotTurnNIntoT() {
    LocalDate born = LocalDate.of(2024, 1, 1);
    // 9.4 - 9.2 = 0.20000000000000107 in doubles; 200 g at 14 months is exactly the KBM.
    MonthlyGrowth g = MONITOR.assess(born, List.of(w("2025-02-05", 9.2), w("2025-03-05", 9.4)),
        YearMonth.of(2025, 3), WeightForAge.NONE);
    assertThat(g.gainGrams()).hasValue(200);
    assertThat(g.status()).contains(GrowthStatus.N);
  }

  @Test
  void theKbmChangesOnTheDayTheChildCompletesAMonth() {
    LocalDate born = LocalDate.of(2024, 3, 10);
    // on 2025-02-09 the child is 10 months 30 days: KBM 300 g; on 2025-02-10, 11 months: 200 g
    List<Weighing> before = List.of(w("2025-01-09", 8.0), w("2025-02-09", 8.25));
    List<Weighing> onTheDay = List.of(w("2025-01-10", 8.0), w("2025-02-10", 8.25));
    MonthlyGrowth a = MONITOR.assess(born, before, YearMonth.of(2025, 2), WeightForAge.NONE);
    MonthlyGrowth b = MONITOR.assess(born, onTheDay, YearMonth.of(2025, 2), WeightForAge.NONE);
    assertThat(a.ageInMonths()).isEqualTo(10);
    assertThat(a.kbmGrams()).hasValue(300);
    assertThat(a.status()).contains(GrowthStatus.T);
    assertThat(b.ageInMonths()).isEqualTo(11);
    assertThat(b.kbmGrams()).hasValue(200);
    assertThat(b.status()).contains(GrowthStatus.N);
  }

  @Test
  void aSecondWeighingBeforeOneCompletedMonthUsesTheMonthOneKbm() {
    LocalDate born = LocalDate.of(2025, 1, 20);
    MonthlyGrowth g = MONITOR.assess(born, List.of(w("2025-01-20", 3.2), w("2025-02-15", 4.0)),
        YearMonth.of(2025, 2), WeightForAge.NONE);
    assertThat(g.ageInMonths()).isZero();
    assertThat(g.kbmGrams()).hasValue(800);
    assertThat(g.status()).contains(GrowthStatus.N);
  }

  @Test
  void theLastWeighingOfAMonthCounts() {
    MonthlyGrowth g = MONITOR.assess(BORN,
        List.of(w("2025-04-28", 5.5), w("2025-03-10", 4.5), w("2025-04-02", 5.0)),
        YearMonth.of(2025, 4), WeightForAge.NONE);
    assertThat(g.weighing()).contains(w("2025-04-28", 5.5));
    assertThat(g.gainGrams()).hasValue(1000);
  }

  @Test
  void olderThanSixtyMonthsIsNotAssessed() {
    LocalDate born = LocalDate.of(2020, 1, 1);
    MonthlyGrowth g = MONITOR.assess(born, List.of(w("2025-02-01", 18), w("2025-03-01", 18.5)),
        YearMonth.of(2025, 3), WeightForAge.NONE);
    assertThat(g.status()).isEmpty();
    assertThat(g.notAssessed()).contains(NotAssessed.OUTSIDE_AGE_RANGE);
  }

  @Test
  void aWeighingBeforeBirthIsRejected() {
    assertThatThrownBy(() -> MONITOR.assess(BORN, List.of(w("2025-01-14", 3.0)),
        YearMonth.of(2025, 1), WeightForAge.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-01-14");
  }

  private static MonthlyGrowth withZ(double z) {
    return MONITOR.assess(BORN, List.of(w("2025-03-10", 4.5)), YearMonth.of(2025, 3),
        (d, kg) -> OptionalDouble.of(z));
  }

  @Test
  void redLineIsStrictlyBelowMinusTwo() {
    assertThat(withZ(-2.0).linePosition()).isEqualTo(LinePosition.BETWEEN_LINES);
    assertThat(withZ(-2.01).linePosition()).isEqualTo(LinePosition.BELOW_RED_LINE);
    assertThat(withZ(-2.01).referrals()).containsExactly(Referral.BELOW_RED_LINE);
    assertThat(withZ(-2.01).belowLegacyBgm()).isFalse();
    assertThat(withZ(-3.01).belowLegacyBgm()).isTrue();
  }

  @Test
  void orangeLineIsStrictlyAbovePlusOne() {
    assertThat(withZ(1.0).linePosition()).isEqualTo(LinePosition.BETWEEN_LINES);
    assertThat(withZ(1.01).linePosition()).isEqualTo(LinePosition.ABOVE_ORANGE_LINE);
    assertThat(withZ(1.01).referrals()).containsExactly(Referral.ABOVE_ORANGE_LINE);
  }

  @Test
  void withoutAZScoreTheLinePositionIsNotAssessedNeverNormal() {
    MonthlyGrowth g = MONITOR.assess(BORN, HISTORY, YearMonth.of(2025, 6), WeightForAge.NONE);
    assertThat(g.linePosition()).isEqualTo(LinePosition.NOT_ASSESSED);
    assertThat(g.explanation().id()).contains("Tidak dapat dinilai");
    assertThat(g.explanation().en()).contains("Not assessed");
  }

  @Test
  void theExplanationNamesTheInputsTheThresholdTheVerdictAndTheSource() {
    MonthlyGrowth g = month("2025-05");
    assertThat(g.explanation().id())
        .contains("2025-05-14", "5,9 kg", "umur 3 bulan", "kenaikan 600 g < KBM 800 g", "2T",
            "Rujuk", "Buku KIA");
    assertThat(g.explanation().en())
        .contains("5.9 kg", "age 3 months", "gain 600 g < KBM 800 g", "2T", "Refer",
            "Buku KIA");
    assertThat(month("2025-08").explanation().en()).contains("Not weighed last month", "O");
    assertThat(month("2025-07").explanation().id()).contains("Tidak ditimbang bulan ini");
  }

  @Test
  void historyListsEveryMonthFromFirstToLastWeighing() {
    List<MonthlyGrowth> h = MONITOR.history(BORN, HISTORY, WeightForAge.NONE);
    assertThat(h).extracting(g -> g.status().map(Enum::name).orElse("-"))
        .containsExactly("B", "T", "T", "N", "-", "O", "N", "T");
    assertThat(h).extracting(MonthlyGrowth::twoT)
        .containsExactly(false, false, true, false, false, false, false, false);
  }

  @Test
  void anotherKbmTableChangesTheVerdictAtTheDisputedBoundary() {
    LocalDate born = LocalDate.of(2024, 1, 5);
    List<Weighing> ws = List.of(w("2024-11-06", 8.0), w("2024-12-06", 8.25)); // age 11 months
    assertThat(MONITOR.assess(born, ws, YearMonth.of(2024, 12), WeightForAge.NONE).status())
        .contains(GrowthStatus.N);
    GrowthMonitor alt = GrowthMonitor.of(KbmTable.bukuKia2020Alt12(), GrowthLines.kms2021());
    assertThat(alt.assess(born, ws, YearMonth.of(2024, 12), WeightForAge.NONE).status())
        .contains(GrowthStatus.T);
  }

  @Test
  void whoWeightForAgePlacesTheWeighingAgainstTheLines() {
    // WHO 2006 weight-for-age, girls, 12 months (365 days): median 8.9 kg, -2 SD 7.0 kg,
    // +1 SD 10.1 kg (WHO simplified field tables).
    LocalDate born = LocalDate.of(2025, 1, 1);
    WeightForAge wfa = WeightForAge.who2006(id.posyandu.core.Sex.FEMALE, born);
    LocalDate day = born.plusDays(365);
    assertThat(wfa.zScore(day, 8.9).getAsDouble()).isBetween(-0.1, 0.1);
    YearMonth m = YearMonth.from(day);
    assertThat(MONITOR.assess(born, List.of(new Weighing(day, 6.5)), m, wfa).linePosition())
        .isEqualTo(LinePosition.BELOW_RED_LINE);
    assertThat(MONITOR.assess(born, List.of(new Weighing(day, 8.9)), m, wfa).linePosition())
        .isEqualTo(LinePosition.BETWEEN_LINES);
    assertThat(MONITOR.assess(born, List.of(new Weighing(day, 10.8)), m, wfa).linePosition())
        .isEqualTo(LinePosition.ABOVE_ORANGE_LINE);
    assertThat(wfa.zScore(born.plusDays(1830), 18)).as("WHO computes nothing from 60 months")
        .isEmpty();
  }
}
