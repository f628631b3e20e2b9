package id.posyandu.rules.schedule;

import id.posyandu.rules.Citation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The immunization status of one child on an as-of date, under the schedule version in force for
 * the child's province on that date.
 *
 * @param scheduleVersion the version used, e.g. {@code HEXA-NATIONAL-2026}
 * @param citation the source of that schedule table
 * @param birthDate the child's birth date
 * @param asOf the as-of date
 * @param doses one assessment per scheduled dose, in schedule order
 * @param completeness IDL and IBL statuses
 * @param unmatched given doses that fill no dose of this schedule (e.g. a JE dose outside an
 *     endemic district, or a repeated dose)
 */
public record ImmunizationStatus(
    String scheduleVersion,
    Citation citation,
    LocalDate birthDate,
    LocalDate asOf,
    List<DoseAssessment> doses,
    List<Completeness> completeness,
    List<GivenDose> unmatched) {

  /** Copies the lists. */
  public ImmunizationStatus {
    doses = List.copyOf(doses);
    completeness = List.copyOf(completeness);
    unmatched = List.copyOf(unmatched);
  }

  /** The assessment of a scheduled dose. */
  public Optional<DoseAssessment> dose(String slot) {
    return doses.stream().filter(d -> d.slot().equals(slot)).findFirst();
  }

  /** The completeness status of a programme ({@code IDL} or {@code IBL}). */
  public Optional<Completeness> completeness(String programme) {
    return completeness.stream().filter(c -> c.programme().equals(programme)).findFirst();
  }
}
