package id.posyandu.examples.chart;

import id.posyandu.core.record.MeasurePosition;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One weighing and/or measuring of a child, as recorded.
 *
 * @param date the day of the measurement
 * @param weightKg the weight in kg, if weighed
 * @param lengthOrHeightCm the length or height in cm, if measured
 * @param position how the length/height was measured, if known
 */
public record ChildMeasurement(LocalDate date, OptionalDouble weightKg,
    OptionalDouble lengthOrHeightCm, Optional<MeasurePosition> position) {

  /** Checks that nothing is null and that the numbers are finite and positive. */
  public ChildMeasurement {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(weightKg, "weightKg");
    Objects.requireNonNull(lengthOrHeightCm, "lengthOrHeightCm");
    Objects.requireNonNull(position, "position");
    for (OptionalDouble d : new OptionalDouble[] {weightKg, lengthOrHeightCm}) {
      if (d.isPresent() && !(d.getAsDouble() > 0 && Double.isFinite(d.getAsDouble()))) {
        throw new IllegalArgumentException("Nilai ukur tidak valid / invalid measurement: "
            + d.getAsDouble() + " on " + date);
      }
    }
  }

  /** A weighing only. */
  public static ChildMeasurement weighing(LocalDate date, double weightKg) {
    return new ChildMeasurement(date, OptionalDouble.of(weightKg), OptionalDouble.empty(),
        Optional.empty());
  }
}
