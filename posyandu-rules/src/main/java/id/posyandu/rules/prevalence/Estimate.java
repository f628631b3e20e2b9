package id.posyandu.rules.prevalence;

import java.util.OptionalDouble;

/**
 * An estimate with its standard error and 95 % confidence interval, in the unit of WHO's table: a
 * prevalence in percent, a mean in z. A part WHO leaves NA (an interval with no degrees of freedom,
 * a standard error of a single PSU) is empty.
 *
 * @param estimate the prevalence (%) or mean z-score
 * @param standardError the standard error (Taylor linearisation)
 * @param lower the lower limit of the 95 % interval
 * @param upper the upper limit of the 95 % interval
 */
public record Estimate(double estimate, OptionalDouble standardError, OptionalDouble lower,
    OptionalDouble upper) {

  static OptionalDouble of(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
