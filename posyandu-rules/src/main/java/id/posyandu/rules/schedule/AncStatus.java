package id.posyandu.rules.schedule;

import id.posyandu.rules.Citation;
import id.posyandu.rules.LocalizedText;
import java.util.List;

/**
 * The antenatal care status of one pregnancy on an as-of date.
 *
 * @param gestationalAgeDays days from HPHT to the as-of date
 * @param trimester the current trimester (1-3), 0 past the table
 * @param contacts the contacts up to the as-of date, labelled K1, K2, ... in date order
 * @param trimesters the count per trimester against the minimum
 * @param k1InTrimester1 whether the first contact was in trimester 1 (K1 murni)
 * @param doctorContactsMet whether every contact that needs a doctor and USG (K1, K5) had both
 * @param complete at least six contacts in the 1-2-3 pattern with both doctor contacts
 * @param explanation a summary, in Indonesian and English
 * @param citation the source
 */
public record AncStatus(
    long gestationalAgeDays,
    int trimester,
    List<Labelled> contacts,
    List<TrimesterCount> trimesters,
    boolean k1InTrimester1,
    boolean doctorContactsMet,
    boolean complete,
    LocalizedText explanation,
    Citation citation) {

  /** Copies the lists. */
  public AncStatus {
    contacts = List.copyOf(contacts);
    trimesters = List.copyOf(trimesters);
  }

  /**
   * A contact with its sequence label.
   *
   * @param label {@code K1}, {@code K2}, ...
   * @param contact the contact
   * @param trimester the trimester it fell in
   * @param doctorRequired whether this contact must be with a doctor and include USG
   * @param requirementMet whether it was (always true when not required)
   */
  public record Labelled(
      String label,
      AncContact contact,
      int trimester,
      boolean doctorRequired,
      boolean requirementMet) {}

  /**
   * The contacts of one trimester.
   *
   * @param trimester 1, 2 or 3
   * @param required the minimum number of contacts
   * @param done the contacts so far
   * @param state met, still possible, or missed
   */
  public record TrimesterCount(int trimester, int required, int done, State state) {}

  /** The state of a trimester's contacts. */
  public enum State {
    /** At least the minimum number of contacts. */
    MET,
    /** Fewer so far, and the trimester is not over. */
    PENDING,
    /** The trimester is over with fewer contacts than the minimum. */
    MISSED
  }
}
