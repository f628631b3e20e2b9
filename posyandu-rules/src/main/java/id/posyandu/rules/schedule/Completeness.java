package id.posyandu.rules.schedule;

import id.posyandu.rules.LocalizedText;
import java.time.LocalDate;
import java.util.List;

/**
 * A complete-immunization status (IDL by 12 months, IBL by 24 months) of one child.
 *
 * @param programme {@code IDL} or {@code IBL}
 * @param label the programme's name
 * @param state complete, incomplete, or still in progress
 * @param assessedOn the day the status is judged (birth date + 12 or 24 months): doses must be
 *     given before it
 * @param missing the doses not validly given before {@code assessedOn} (empty when complete)
 */
public record Completeness(
    String programme,
    LocalizedText label,
    State state,
    LocalDate assessedOn,
    List<String> missing) {

  /** Copies the list. */
  public Completeness {
    missing = List.copyOf(missing);
  }

  /** The state of a completeness status. */
  public enum State {
    /** Every dose of the programme was validly given before the assessment day. */
    COMPLETE,
    /**
     * At least one dose is missing and the assessment day has passed, or a missing dose has expired
     * so the programme can no longer be completed.
     */
    INCOMPLETE,
    /** The assessment day has not come yet and some doses are still to be given. */
    IN_PROGRESS
  }
}
