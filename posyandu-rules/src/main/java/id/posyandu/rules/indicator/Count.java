package id.posyandu.rules.indicator;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A numerator and a denominator. Counts add ({@link #plus(Count)}), which is associative and
 * commutative: partial counts from threads, files or machines merge in any order.
 *
 * @param numerator subjects in the numerator
 * @param denominator subjects in the denominator
 */
public record Count(long numerator, long denominator) implements java.io.Serializable {

  /** No subjects. */
  public static final Count ZERO = new Count(0, 0);

  /** Checks 0 ≤ numerator ≤ denominator. */
  public Count {
    if (numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException("need 0 <= numerator <= denominator: " + numerator + "/"
          + denominator);
    }
  }

  /** The sum of two counts. */
  public Count plus(Count other) {
    return new Count(numerator + other.numerator, denominator + other.denominator);
  }

  /** numerator / denominator in percent, or empty when the denominator is 0 (never 0 or NaN). */
  public OptionalDouble percent() {
    return denominator == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(100.0 * numerator / denominator);
  }

  /** The Wilson 95 % interval of the proportion, or empty when the denominator is 0. */
  public Optional<WilsonInterval> wilson95() {
    return denominator == 0 ? Optional.empty()
        : Optional.of(WilsonInterval.of95(numerator, denominator));
  }
}
