package id.posyandu.rules.growth;

import java.util.OptionalDouble;

/**
 * A ratio of two counts, such as D/S. When the denominator is zero the value is empty, never 0 or NaN.
 *
 * @param name the ratio's name, e.g. {@code "D/S"}
 * @param numerator the count above the line
 * @param denominator the count below the line
 */
public record Ratio(String name, long numerator, long denominator) {

  /** Checks that the counts are not negative. */
  public Ratio {
    if (numerator < 0 || denominator < 0) {
      throw new IllegalArgumentException(name + ": counts must not be negative");
    }
  }

  /** numerator / denominator, or empty when the denominator is zero. */
  public OptionalDouble value() {
    return denominator == 0 ? OptionalDouble.empty()
        : OptionalDouble.of((double) numerator / denominator);
  }

  /** The value in percent, or empty when the denominator is zero. */
  public OptionalDouble percent() {
    return denominator == 0 ? OptionalDouble.empty()
        : OptionalDouble.of(100.0 * numerator / denominator);
  }

  @Override
  public String toString() {
    return name + " = " + numerator + "/" + denominator
        + (denominator == 0 ? " (-)" : String.format(java.util.Locale.ROOT, " (%.1f%%)",
            100.0 * numerator / denominator));
  }
}
