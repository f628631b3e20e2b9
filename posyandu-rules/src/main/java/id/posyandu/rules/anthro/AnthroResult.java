package id.posyandu.rules.anthro;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The WHO Anthro (0-5 years) outputs of one child: {@code clenhei}, {@code cbmi},
 * {@code c9mo_flag} and the eight z-scores.
 */
public final class AnthroResult {

  private final double clenhei;
  private final double cbmi;
  private final boolean positionImplausible;
  private final Map<Indicator, ZScore> scores;

  AnthroResult(double clenhei, double cbmi, boolean positionImplausible,
      EnumMap<Indicator, ZScore> scores) {
    this.clenhei = clenhei;
    this.cbmi = cbmi;
    this.positionImplausible = positionImplausible;
    this.scores = scores;
  }

  /**
   * WHO's {@code clenhei}: the length/height after the 0.7 cm standardisation (a standing child
   * under 731 days +0.7 cm, a lying child from 731 days -0.7 cm); empty without a length/height.
   */
  public OptionalDouble clenhei() {
    return Double.isNaN(clenhei) ? OptionalDouble.empty() : OptionalDouble.of(clenhei);
  }

  /** WHO's {@code cbmi}: weight / (clenhei/100)^2, unrounded; empty without both inputs. */
  public OptionalDouble cbmi() {
    return Double.isFinite(cbmi) ? OptionalDouble.of(cbmi) : OptionalDouble.empty();
  }

  /**
   * WHO's {@code c9mo_flag}: measured standing below 9 months, which WHO treats as implausible (the
   * position is then ignored and no 0.7 cm is added).
   */
  public boolean positionImplausible() {
    return positionImplausible;
  }

  /**
   * The z-score of a WHO 2006 indicator.
   *
   * @throws IllegalArgumentException for a WHO 2007 indicator
   */
  public ZScore zScore(Indicator indicator) {
    ZScore z = scores.get(indicator);
    if (z == null) {
      throw new IllegalArgumentException(indicator + " is not a WHO Anthro (0-5 y) indicator");
    }
    return z;
  }

  /** Length/height-for-age ({@code zlen}). */
  public ZScore lengthHeightForAge() {
    return scores.get(Indicator.LENGTH_HEIGHT_FOR_AGE);
  }

  /** Weight-for-age ({@code zwei}). */
  public ZScore weightForAge() {
    return scores.get(Indicator.WEIGHT_FOR_AGE);
  }

  /** Weight-for-length/height ({@code zwfl}). */
  public ZScore weightForLengthHeight() {
    return scores.get(Indicator.WEIGHT_FOR_LENGTH_HEIGHT);
  }

  /** BMI-for-age ({@code zbmi}). */
  public ZScore bmiForAge() {
    return scores.get(Indicator.BMI_FOR_AGE);
  }

  /** Head circumference-for-age ({@code zhc}). */
  public ZScore headCircumferenceForAge() {
    return scores.get(Indicator.HEAD_CIRCUMFERENCE_FOR_AGE);
  }

  /** Arm circumference-for-age ({@code zac}). */
  public ZScore armCircumferenceForAge() {
    return scores.get(Indicator.ARM_CIRCUMFERENCE_FOR_AGE);
  }

  /** Triceps skinfold-for-age ({@code zts}). */
  public ZScore tricepsSkinfoldForAge() {
    return scores.get(Indicator.TRICEPS_SKINFOLD_FOR_AGE);
  }

  /** Subscapular skinfold-for-age ({@code zss}). */
  public ZScore subscapularSkinfoldForAge() {
    return scores.get(Indicator.SUBSCAPULAR_SKINFOLD_FOR_AGE);
  }

  @Override
  public String toString() {
    return "AnthroResult[clenhei=" + clenhei() + ", cbmi=" + cbmi() + ", c9mo="
        + positionImplausible + ", " + scores.values() + "]";
  }
}
