package id.posyandu.rules.indicator;

import id.posyandu.rules.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * A subject's membership in one indicator, with why: what a kader acts on. A follow-up list holds
 * the subjects in the denominator and not in the numerator, each with the criteria it failed.
 *
 * @param indicatorId the indicator
 * @param subjectId the subject's caller-owned id
 * @param posyanduId the subject's Posyandu
 * @param inDenominator whether the subject is counted in the denominator (and not excluded)
 * @param excluded whether an exclusion took it out of the denominator
 * @param inNumerator whether it is counted in the numerator
 * @param reasons why, criterion by criterion, in Indonesian and English
 */
public record FollowUp(String indicatorId, String subjectId, String posyanduId,
    boolean inDenominator, boolean excluded, boolean inNumerator, List<LocalizedText> reasons) {

  /** Checks that nothing is null and copies the reasons. */
  public FollowUp {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(posyanduId, "posyanduId");
    reasons = List.copyOf(reasons);
  }

  /** Whether the subject still needs the service: in the denominator, not in the numerator. */
  public boolean needsService() {
    return inDenominator && !inNumerator;
  }
}
