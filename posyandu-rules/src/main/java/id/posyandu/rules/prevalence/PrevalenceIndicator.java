package id.posyandu.rules.prevalence;

import id.posyandu.rules.anthro.Indicator;

/**
 * The indicators of WHO's prevalence tables, by the column prefix WHO gives them: {@code HA}
 * height-for-age, {@code WA} weight-for-age, {@code BMI} BMI-for-age, {@code WH}
 * weight-for-length/height (WHO 2006 only). Source: WHO's R packages {@code anthro} and
 * {@code anthroplus}, R/prevalence.R.
 */
public enum PrevalenceIndicator {
  /** Length/height-for-age (2006) or height-for-age (2007). */
  HA("HA", Indicator.LENGTH_HEIGHT_FOR_AGE, Indicator.HEIGHT_FOR_AGE_2007),
  /** Weight-for-age; oedema counts below -3 SD. */
  WA("WA", Indicator.WEIGHT_FOR_AGE, Indicator.WEIGHT_FOR_AGE_2007),
  /** BMI-for-age; oedema counts below -3 SD. */
  BMI("BMI", Indicator.BMI_FOR_AGE, Indicator.BMI_FOR_AGE_2007),
  /** Weight-for-length/height, WHO 2006 only; oedema counts below -3 SD. */
  WH("WH", Indicator.WEIGHT_FOR_LENGTH_HEIGHT, null);

  private final String prefix;
  private final Indicator who2006;
  private final Indicator who2007;

  PrevalenceIndicator(String prefix, Indicator who2006, Indicator who2007) {
    this.prefix = prefix;
    this.who2006 = who2006;
    this.who2007 = who2007;
  }

  /** WHO's column prefix: {@code HA}, {@code WA}, {@code BMI}, {@code WH}. */
  public String prefix() {
    return prefix;
  }

  /** The z-score behind it in a standard; null when the standard has none (WH in 2007). */
  Indicator zScore(boolean who2007Standard) {
    return who2007Standard ? who2007 : who2006;
  }
}
