package id.posyandu.rules.anthro;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/** The WHO AnthroPlus (5-19 years) outputs of one child: {@code cbmi} and three z-scores. */
public final class AnthroPlusResult {

  private final double cbmi;
  private final Map<Indicator, ZScore> scores;

  AnthroPlusResult(double cbmi, EnumMap<Indicator, ZScore> scores) {
    this.cbmi = cbmi;
    this.scores = scores;
  }

  /** AnthroPlus's {@code cbmi}: weight / (height/100)^2, height as measured (no 0.7 cm change). */
  public OptionalDouble cbmi() {
    return Double.isFinite(cbmi) ? OptionalDouble.of(cbmi) : OptionalDouble.empty();
  }

  /**
   * The z-score of a WHO 2007 indicator.
   *
   * @throws IllegalArgumentException for a WHO 2006 indicator
   */
  public ZScore zScore(Indicator indicator) {
    ZScore z = scores.get(indicator);
    if (z == null) {
      throw new IllegalArgumentException(indicator + " is not a WHO AnthroPlus (5-19 y) indicator");
    }
    return z;
  }

  /** Height-for-age ({@code zhfa}), 61-228 months. */
  public ZScore heightForAge() {
    return scores.get(Indicator.HEIGHT_FOR_AGE_2007);
  }

  /** Weight-for-age ({@code zwfa}), 61-120 months. */
  public ZScore weightForAge() {
    return scores.get(Indicator.WEIGHT_FOR_AGE_2007);
  }

  /** BMI-for-age ({@code zbfa}), 61-228 months. */
  public ZScore bmiForAge() {
    return scores.get(Indicator.BMI_FOR_AGE_2007);
  }

  @Override
  public String toString() {
    return "AnthroPlusResult[cbmi=" + cbmi() + ", " + scores.values() + "]";
  }
}
