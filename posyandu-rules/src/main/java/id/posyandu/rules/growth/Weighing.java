package id.posyandu.rules.growth;

import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.ServiceRecord;
import id.posyandu.core.record.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One weighing of a child: the day and the weight read on the scale.
 *
 * @param date the day of the weighing
 * @param weightKg the weight in kilograms, as read (finite, 0.5 to 60 kg for a child under five)
 */
public record Weighing(LocalDate date, double weightKg) {

  /** The lightest plausible weight accepted, in kg (a very premature newborn). */
  public static final double MIN_WEIGHT_KG = 0.5;
  /** The heaviest plausible weight of a child under five accepted, in kg. */
  public static final double MAX_WEIGHT_KG = 60;

  /**
   * Checks the inputs.
   *
   * @throws IllegalArgumentException when the weight is not finite or is implausible
   */
  public Weighing {
    Objects.requireNonNull(date, "date");
    if (!(weightKg >= MIN_WEIGHT_KG && weightKg <= MAX_WEIGHT_KG)) {
      throw new IllegalArgumentException("Berat badan di luar rentang 0,5-60 kg / weight outside "
          + "0.5-60 kg: " + weightKg + " on " + date);
    }
  }

  /**
   * The weighings recorded in a child's visits: every {@link Anthropometry} with a weight in the
   * plausible range, dated by its visit, up to and including {@code lastDay}. Implausible weights
   * are left out here; validation reports them.
   *
   * @param visits the child's visits, in any order
   * @param lastDay the last day whose weighings count
   */
  public static List<Weighing> fromVisits(Iterable<Visit> visits, LocalDate lastDay) {
    List<Weighing> out = new ArrayList<>();
    for (Visit v : visits) {
      if (v.date().isAfter(lastDay)) {
        continue;
      }
      for (ServiceRecord rec : v.records()) {
        if (rec instanceof Anthropometry a && a.weightKg().isPresent()) {
          double w = a.weightKg().getAsDouble();
          if (w >= MIN_WEIGHT_KG && w <= MAX_WEIGHT_KG) {
            out.add(new Weighing(v.date(), w));
          }
        }
      }
    }
    return out;
  }
}
