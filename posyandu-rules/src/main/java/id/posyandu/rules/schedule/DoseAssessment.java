package id.posyandu.rules.schedule;

import id.posyandu.rules.LocalizedText;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of one scheduled dose for one child on the as-of date.
 *
 * @param slot the dose of the schedule, e.g. {@code DPT_HB_HIB1} or {@code HEXA1}
 * @param label its name
 * @param status its state
 * @param givenAs the dose code recorded, when given (e.g. {@code DPT_HB_HIB1} for slot {@code
 *     HEXA1})
 * @param givenOn the date given, when given
 * @param dueFrom the first day the dose is due: the recommended age, or the previous dose plus the
 *     minimum interval if later; empty while the previous dose of the series is missing
 * @param onTimeUntil the first day a dose counts as late (end of the allowed window)
 * @param latest the first day the dose is no longer allowed
 * @param explanation why, in Indonesian and English
 */
public record DoseAssessment(
    String slot,
    LocalizedText label,
    DoseStatus status,
    Optional<String> givenAs,
    Optional<LocalDate> givenOn,
    Optional<LocalDate> dueFrom,
    LocalDate onTimeUntil,
    LocalDate latest,
    LocalizedText explanation) {

  /** Checks that every part is present. */
  public DoseAssessment {
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(givenOn, "givenOn");
    Objects.requireNonNull(explanation, "explanation");
  }
}
