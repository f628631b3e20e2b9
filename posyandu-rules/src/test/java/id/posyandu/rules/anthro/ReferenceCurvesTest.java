package id.posyandu.rules.anthro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.posyandu.core.Sex;
import id.posyandu.rules.anthro.internal.Lms;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reference curves against the figures WHO prints: the simplified field tables of the WHO Child
 * Growth Standards (2006), "Weight-for-age BOYS / GIRLS, Birth to 5 years (z-scores)",
 * "Length-for-age ... Birth to 2 years" and "Weight-for-length ... Birth to 2 years", which give the
 * -3 to +3 SD weights and lengths to 1 decimal. A month of those tables is the day WHO Anthro uses
 * for it: {@code round half up(months x 30.4375)} (12 months = day 365, 24 = 731, 60 = 1826).
 */
class ReferenceCurvesTest {

  private final ReferenceCurves who = ReferenceCurves.standard();

  /** Half a unit of the printed decimal, plus room for the binary representation. */
  private static final double PRINTED = 0.05 + 1e-9;

  private static int dayOfMonth(int months) {
    return (int) Lms.roundUp(months * Age.DAYS_PER_MONTH);
  }

  private void assertPrinted(Indicator indicator, CurveAxis axis, Sex sex, double x,
      String printed) {
    String[] sd = printed.trim().split("\\s+");
    for (int k = 0; k < sd.length; k++) {
      double z = ReferenceCurves.WHO_CHART_Z.get(k);
      double v = who.value(indicator, axis, sex, x, z).orElseThrow();
      assertThat(v).as(indicator + " " + sex + " at " + x + ", z = " + z)
          .isCloseTo(Double.parseDouble(sd[k]), within(PRINTED));
    }
  }

  @ParameterizedTest(name = "{0} at {1} months: {2}")
  @CsvSource({
      // sex, months, -3 -2 -1 median +1 +2 +3 SD (kg), WHO simplified field tables
      "MALE, 0, 2.1 2.5 2.9 3.3 3.9 4.4 5.0",
      "MALE, 12, 6.9 7.7 8.6 9.6 10.8 12.0 13.3",
      "MALE, 24, 8.6 9.7 10.8 12.2 13.6 15.3 17.1",
      "MALE, 60, 12.4 14.1 16.0 18.3 21.0 24.2 27.9",
      "FEMALE, 0, 2.0 2.4 2.8 3.2 3.7 4.2 4.8",
      "FEMALE, 12, 6.3 7.0 7.9 8.9 10.1 11.5 13.1",
      "FEMALE, 24, 8.1 9.0 10.2 11.5 13.0 14.8 17.0",
      "FEMALE, 60, 12.1 13.7 15.8 18.2 21.2 24.9 29.5"})
  void weightForAgeEqualsWhosPrintedSdTable(Sex sex, int months, String printed) {
    assertPrinted(Indicator.WEIGHT_FOR_AGE, CurveAxis.AGE_DAYS, sex, dayOfMonth(months), printed);
  }

  @ParameterizedTest(name = "{0} at birth: {1}")
  @CsvSource({
      "MALE, 44.2 46.1 48.0 49.9 51.8 53.7 55.6",
      "FEMALE, 43.6 45.4 47.3 49.1 51.0 52.9 54.7"})
  void lengthForAgeAtBirthEqualsWhosPrintedSdTable(Sex sex, String printed) {
    assertPrinted(Indicator.LENGTH_HEIGHT_FOR_AGE, CurveAxis.AGE_DAYS, sex, 0, printed);
  }

  @ParameterizedTest(name = "{0} at 45 cm: {1}")
  @CsvSource({
      "MALE, 1.9 2.0 2.2 2.4 2.7 3.0 3.3",
      "FEMALE, 1.9 2.1 2.3 2.5 2.7 3.0 3.3"})
  void weightForLengthAt45CmEqualsWhosPrintedSdTable(Sex sex, String printed) {
    assertPrinted(Indicator.WEIGHT_FOR_LENGTH_HEIGHT, CurveAxis.LENGTH_CM, sex, 45, printed);
  }

  @Test
  void pointsFollowWhosFormulaOnTheTableRow() {
    // who2006_weight_for_age.tsv, boys, day 0: L = 0.3487, M = 3.3464, S = 0.14602
    double l = 0.3487;
    double m = 3.3464;
    double s = 0.14602;
    for (double z : ReferenceCurves.WHO_CHART_Z) {
      assertThat(who.value(Indicator.WEIGHT_FOR_AGE, CurveAxis.AGE_DAYS, Sex.MALE, 0, z))
          .hasValueCloseTo(m * Math.pow(1 + l * s * z, 1 / l), within(1e-12));
    }
    assertThat(who.curve(Indicator.WEIGHT_FOR_AGE, Sex.MALE, 0).value(0)).isEqualTo(m);
  }

  @Test
  void beyondThreeSdWeightCurvesRepeatTheTwoToThreeSdSpan() {
    double sd2 = who.value(Indicator.WEIGHT_FOR_AGE, CurveAxis.AGE_DAYS, Sex.FEMALE, 400, 2)
        .orElseThrow();
    double sd3 = who.value(Indicator.WEIGHT_FOR_AGE, CurveAxis.AGE_DAYS, Sex.FEMALE, 400, 3)
        .orElseThrow();
    assertThat(who.value(Indicator.WEIGHT_FOR_AGE, CurveAxis.AGE_DAYS, Sex.FEMALE, 400, 4))
        .hasValueCloseTo(sd3 + (sd3 - sd2), within(1e-12));
    // length is not restricted: the LMS formula itself
    assertThat(who.restricted(Indicator.LENGTH_HEIGHT_FOR_AGE)).isFalse();
    assertThat(who.restricted(Indicator.WEIGHT_FOR_AGE)).isTrue();
  }

  @Test
  void curvesSpanTheTablesAndWhosPublished2007Months() {
    ReferenceCurve wfa = who.curve(Indicator.WEIGHT_FOR_AGE, Sex.MALE, -2);
    assertThat(wfa.axis()).isEqualTo(CurveAxis.AGE_DAYS);
    assertThat(wfa.firstX()).isZero();
    assertThat(wfa.lastX()).isEqualTo(1826);
    assertThat(wfa.size()).isEqualTo(1827);
    ReferenceCurve muac = who.curve(Indicator.ARM_CIRCUMFERENCE_FOR_AGE, Sex.MALE, 0);
    assertThat(muac.firstX()).isEqualTo(91);
    ReferenceCurve wfl = who.curve(Indicator.WEIGHT_FOR_LENGTH_HEIGHT, Sex.FEMALE, 1);
    assertThat(wfl.axis()).isEqualTo(CurveAxis.LENGTH_CM);
    assertThat(wfl.firstX()).isEqualTo(45);
    assertThat(wfl.lastX()).isEqualTo(110);
    assertThat(wfl.x(1)).isEqualTo(45.1);
    ReferenceCurve wfh = who.curve(Indicator.WEIGHT_FOR_LENGTH_HEIGHT, CurveAxis.HEIGHT_CM,
        Sex.FEMALE, 1);
    assertThat(wfh.firstX()).isEqualTo(65);
    assertThat(wfh.lastX()).isEqualTo(120);
    ReferenceCurve hfa = who.curve(Indicator.HEIGHT_FOR_AGE_2007, Sex.FEMALE, 0);
    assertThat(hfa.axis()).isEqualTo(CurveAxis.AGE_MONTHS);
    assertThat(hfa.firstX()).isEqualTo(61);
    assertThat(hfa.lastX()).isEqualTo(228);
    assertThat(who.curve(Indicator.WEIGHT_FOR_AGE_2007, Sex.MALE, 0).lastX()).isEqualTo(120);
  }

  @Test
  void valueAtReadsOnlyTableRows() {
    ReferenceCurve wfl = who.curve(Indicator.WEIGHT_FOR_LENGTH_HEIGHT, Sex.MALE, 0);
    assertThat(wfl.valueAt(45)).hasValue(wfl.value(0));
    assertThat(wfl.valueAt(80.3)).hasValue(wfl.value(353));
    assertThat(wfl.valueAt(80.35)).isEmpty();
    assertThat(wfl.valueAt(44.9)).isEmpty();
    assertThat(wfl.valueAt(Double.NaN)).isEmpty();
    assertThat(who.value(Indicator.WEIGHT_FOR_AGE, CurveAxis.AGE_DAYS, Sex.MALE, 1827, 0))
        .isEqualTo(OptionalDouble.empty());
    assertThat(who.value(Indicator.WEIGHT_FOR_AGE, CurveAxis.AGE_DAYS, Sex.MALE, 10.5, 0))
        .isEmpty();
  }

  @Test
  void curvesCarryWhosCitation() {
    assertThat(who.curve(Indicator.WEIGHT_FOR_AGE, Sex.MALE, 0).citation().document())
        .contains("WHO Child Growth Standards");
    assertThat(who.citation(Indicator.HEAD_CIRCUMFERENCE_FOR_AGE).document())
        .contains("World Health Organization");
  }

  @Test
  void rejectsAWrongAxisAndAnImplausibleZ() {
    assertThatThrownBy(() -> who.curve(Indicator.WEIGHT_FOR_AGE, CurveAxis.LENGTH_CM, Sex.MALE, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AGE_DAYS");
    assertThatThrownBy(() -> who.curve(Indicator.WEIGHT_FOR_AGE, Sex.MALE, 6.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6.5");
    assertThatThrownBy(() -> who.curve(Indicator.WEIGHT_FOR_AGE, Sex.MALE, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(who.axes(Indicator.WEIGHT_FOR_LENGTH_HEIGHT))
        .containsExactly(CurveAxis.LENGTH_CM, CurveAxis.HEIGHT_CM);
  }
}
