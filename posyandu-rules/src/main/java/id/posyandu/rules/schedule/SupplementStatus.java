package id.posyandu.rules.schedule;

import id.posyandu.rules.Citation;
import id.posyandu.rules.LocalizedText;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of a supplement service (vitamin A, deworming, iron-folic acid) for one person on an
 * as-of date.
 *
 * @param service {@code VITAMIN_A}, {@code DEWORMING}, {@code TTD_REMAJA} or {@code TTD_BUMIL}
 * @param state the state
 * @param product what to give (e.g. "kapsul merah 200.000 IU", "albendazol 400 mg"), if any
 * @param dueOn the day the next dose is due, when known
 * @param explanation why, in Indonesian and English
 * @param citation the source of the schedule
 */
public record SupplementStatus(
    String service,
    State state,
    Optional<LocalizedText> product,
    Optional<LocalDate> dueOn,
    LocalizedText explanation,
    Citation citation) {

  /** Checks that every part is present. */
  public SupplementStatus {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(citation, "citation");
  }

  /** The state of a supplement service. */
  public enum State {
    /** Given in the current round or period. */
    GIVEN,
    /** To be given now (current round or period, not given yet). */
    DUE,
    /** The next round is ahead; the person is eligible then. */
    UPCOMING,
    /** Eligible by age but not needed now (already received, or received too recently). */
    NOT_NEEDED,
    /** Outside the target group (age, sex). */
    NOT_ELIGIBLE,
    /** The programme does not run here (e.g. worm prevalence below the mass-treatment level). */
    NOT_PROGRAMMED,
    /** A cumulative target is reached (e.g. 90 tablets in pregnancy). */
    TARGET_MET,
    /** A cumulative target can still be reached at the recommended pace. */
    ON_TRACK,
    /** A cumulative target can no longer be reached at the recommended pace. */
    BEHIND
  }
}
