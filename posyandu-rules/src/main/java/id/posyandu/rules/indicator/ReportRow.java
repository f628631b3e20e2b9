package id.posyandu.rules.indicator;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One line of an indicator report: an indicator for one unit and period, with its numerator,
 * denominator, value, target, whether the target is met, and the Wilson 95 % interval.
 *
 * @param indicator the indicator's definition (area, labels, target, source)
 * @param level the level of the unit
 * @param unit the Posyandu id, or the dotted kode wilayah
 * @param period the reporting period
 * @param count numerator and denominator
 */
public record ReportRow(IndicatorDefinition indicator, ReportLevel level, String unit,
    ReportingPeriod period, Count count) {

  /** Checks that nothing is null. */
  public ReportRow {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(count, "count");
  }

  /** The value in percent; empty when the denominator is 0 (never 0 or NaN in disguise). */
  public OptionalDouble percent() {
    return count.percent();
  }

  /** The indicator's target in percent, if it has one. */
  public Optional<Double> target() {
    return indicator.targetPercent();
  }

  /**
   * Whether the target is met: value ≥ target, or ≤ target for indicators where lower is better
   * (prevalences). Empty when there is no target or no value.
   */
  public Optional<Boolean> met() {
    if (indicator.targetPercent().isEmpty() || count.denominator() == 0) {
      return Optional.empty();
    }
    double v = count.percent().getAsDouble();
    double t = indicator.targetPercent().get();
    return Optional.of(indicator.higherIsBetter() ? v >= t : v <= t);
  }

  /** The Wilson 95 % interval of the proportion, in [0, 1]; empty when the denominator is 0. */
  public Optional<WilsonInterval> wilson95() {
    return count.wilson95();
  }
}
