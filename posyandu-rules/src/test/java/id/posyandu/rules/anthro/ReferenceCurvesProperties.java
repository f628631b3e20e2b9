package id.posyandu.rules.anthro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.posyandu.core.Sex;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.rules.anthro.internal.GrowthEngine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the reference curves over generated rows and z-scores (seeded; the seed is in every
 * assertion message): a curve point scored back through {@link WhoGrowthStandards} has the curve's
 * z, and curves are ordered by z.
 */
class ReferenceCurvesProperties {

  private static final long SEED = 20261125L;
  private static final int SAMPLES = 20_000;
  /** Length/height given to score BMI: 1 m, so the BMI equals the weight. */
  private static final double ONE_METRE_CM = 100;
  /** WHO Anthro's last day of the 0-5 y z-scores (age below 60 months). */
  private static final int LAST_ANTHRO_DAY = 1826;

  private final ReferenceCurves who = ReferenceCurves.standard();
  private final WhoGrowthStandards standards = WhoGrowthStandards.standard();

  @Test
  void aCurvePointScoresBackToTheCurvesZ() {
    Random rnd = new Random(SEED);
    Indicator[] indicators = Indicator.values();
    Map<String, ReferenceCurve> grids = new HashMap<>();
    for (int n = 0; n < SAMPLES; n++) {
      Indicator ind = indicators[rnd.nextInt(indicators.length)];
      List<CurveAxis> axes = who.axes(ind);
      CurveAxis axis = axes.get(rnd.nextInt(axes.size()));
      Sex sex = rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE;
      double z = rnd.nextInt(4) == 0
          ? ReferenceCurves.WHO_CHART_Z.get(rnd.nextInt(ReferenceCurves.WHO_CHART_Z.size()))
          : (rnd.nextDouble() * 2 - 1) * 5;
      ReferenceCurve grid = grids.computeIfAbsent(ind + " " + axis,
          k -> who.curve(ind, axis, Sex.MALE, 0));
      int last = axis == CurveAxis.AGE_DAYS ? (int) (LAST_ANTHRO_DAY - grid.firstX())
          : grid.size() - 1;
      int i = rnd.nextInt(last + 1);
      double x = grid.x(i);
      double y = who.value(ind, axis, sex, x, z).orElseThrow();
      ZScore back = standards.zScore(ind, input(ind, axis, sex, x, y));
      String what = ind + " " + axis + " " + sex + " x=" + x + " z=" + z + " y=" + y + " (seed "
          + SEED + ", sample " + n + ")";
      assertThat(back.isComputed()).as(what + ": " + back).isTrue();
      assertThat(back.value()).as(what).isCloseTo(z, within(1e-6));
    }
  }

  @Test
  void aCurveHoldsTheValuesOfItsRows() {
    Random rnd = new Random(SEED);
    for (Indicator ind : Indicator.values()) {
      for (CurveAxis axis : who.axes(ind)) {
        Sex sex = rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        double z = (rnd.nextDouble() * 2 - 1) * ReferenceCurves.MAX_ABS_Z;
        ReferenceCurve c = who.curve(ind, axis, sex, z);
        for (int i = 0; i < c.size(); i++) {
          assertThat(who.value(ind, axis, sex, c.x(i), z)).as(c + " row " + i + " (seed " + SEED
              + ")").hasValue(c.value(i));
          assertThat(c.valueAt(c.x(i))).hasValue(c.value(i));
        }
      }
    }
  }

  @Test
  void curvesAreOrderedByZAtEveryRow() {
    Random rnd = new Random(SEED);
    for (Indicator ind : Indicator.values()) {
      for (CurveAxis axis : who.axes(ind)) {
        for (Sex sex : Sex.values()) {
          ReferenceCurve previous = null;
          for (double z : ReferenceCurves.WHO_CHART_Z) {
            ReferenceCurve c = who.curve(ind, axis, sex, z + rnd.nextDouble() * 0.5);
            for (int i = 0; previous != null && i < c.size(); i++) {
              assertThat(c.value(i)).as(ind + " " + axis + " " + sex + " row " + i + " (seed "
                  + SEED + ")").isGreaterThan(previous.value(i));
            }
            previous = c;
          }
        }
      }
    }
  }

  private static AnthroInput input(Indicator ind, CurveAxis axis, Sex sex, double x, double y) {
    AnthroInput.Builder b = AnthroInput.builder().sex(sex);
    if (axis == CurveAxis.LENGTH_CM || axis == CurveAxis.HEIGHT_CM) {
      return b.weightKg(y).lengthOrHeightCm(x).position(axis == CurveAxis.LENGTH_CM
          ? MeasurePosition.RECUMBENT : MeasurePosition.STANDING).build();
    }
    b.age(axis == CurveAxis.AGE_DAYS ? Age.ofDays(x) : Age.ofMonths(x));
    // the position of the table's own rows: lying before 731 days, standing from then on
    b.position(axis == CurveAxis.AGE_DAYS && x < GrowthEngine.STANDING_FROM_DAYS ? MeasurePosition.RECUMBENT
        : MeasurePosition.STANDING);
    switch (ind) {
      case LENGTH_HEIGHT_FOR_AGE, HEIGHT_FOR_AGE_2007 -> b.lengthOrHeightCm(y);
      case WEIGHT_FOR_AGE, WEIGHT_FOR_AGE_2007 -> b.weightKg(y);
      case BMI_FOR_AGE, BMI_FOR_AGE_2007 -> b.weightKg(y).lengthOrHeightCm(ONE_METRE_CM);
      case HEAD_CIRCUMFERENCE_FOR_AGE -> b.headCircumferenceCm(y);
      case ARM_CIRCUMFERENCE_FOR_AGE -> b.armCircumferenceCm(y);
      case TRICEPS_SKINFOLD_FOR_AGE -> b.tricepsSkinfoldMm(y);
      case SUBSCAPULAR_SKINFOLD_FOR_AGE -> b.subscapularSkinfoldMm(y);
      default -> throw new IllegalArgumentException(ind.name());
    }
    return b.build();
  }
}
