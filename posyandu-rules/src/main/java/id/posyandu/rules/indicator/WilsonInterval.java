package id.posyandu.rules.indicator;

/**
 * The Wilson score interval of a proportion (Wilson 1927; Newcombe 1998, method 3): well behaved for
 * small denominators and for proportions near 0 or 1, where the normal ("Wald") interval fails. This
 * is what researchers expect next to a Posyandu's coverage of 7 out of 9.
 *
 * @param lower the lower bound, in [0, 1]
 * @param upper the upper bound, in [0, 1]
 * @param confidence the confidence level, e.g. 0.95
 */
public record WilsonInterval(double lower, double upper, double confidence) {

  /** The two-sided standard normal quantile for 95 %: Φ⁻¹(0.975). */
  public static final double Z_95 = 1.959963984540054;

  /**
   * The 95 % interval of {@code successes} out of {@code trials}.
   *
   * @throws IllegalArgumentException when trials is 0 (no interval exists) or counts are
   *     inconsistent
   */
  public static WilsonInterval of95(long successes, long trials) {
    return of(successes, trials, Z_95, 0.95);
  }

  /**
   * The interval for a given normal quantile {@code z} (e.g. 1.96 for 95 %).
   *
   * @throws IllegalArgumentException when trials is 0 or counts are inconsistent
   */
  public static WilsonInterval of(long successes, long trials, double z, double confidence) {
    if (trials <= 0 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException("need 0 <= successes <= trials and trials > 0: "
          + successes + "/" + trials);
    }
    double n = trials;
    double p = successes / n;
    double z2 = z * z;
    double denom = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denom;
    double half = z / denom * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    double lo = successes == 0 ? 0.0 : Math.max(0.0, centre - half);
    double hi = successes == trials ? 1.0 : Math.min(1.0, centre + half);
    return new WilsonInterval(lo, hi, confidence);
  }
}
