package id.posyandu.examples.chart;

import id.posyandu.core.Sex;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The child a chart is drawn for.
 *
 * @param label the label printed in the title, exactly as given: pass an id or a masked name, never
 *     a full name or a NIK
 * @param sex the sex (blue chart for boys, pink for girls)
 * @param birthDate the birth date
 * @param measurements the measurements, kept sorted by date
 */
public record ChartChild(String label, Sex sex, LocalDate birthDate,
    List<ChildMeasurement> measurements) {

  /** Checks that nothing is null and that no measurement precedes the birth. */
  public ChartChild {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(birthDate, "birthDate");
    measurements = measurements.stream().sorted(Comparator.comparing(ChildMeasurement::date))
        .toList();
    for (ChildMeasurement m : measurements) {
      if (m.date().isBefore(birthDate)) {
        throw new IllegalArgumentException("Tanggal ukur sebelum tanggal lahir / measurement date "
            + m.date() + " precedes the birth date " + birthDate);
      }
    }
  }
}
