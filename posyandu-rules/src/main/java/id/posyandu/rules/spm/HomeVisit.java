package id.posyandu.rules.spm;

import id.posyandu.rules.LocalizedText;
import id.posyandu.rules.indicator.SubjectType;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the home-visit list by risk (kunjungan rumah), the way Kota Tangerang's Jubah Besi
 * visits high-risk babies, balita and pregnant women: a subject whose findings call for a visit,
 * with how urgent the visit is and why.
 *
 * @param subjectType what is visited about: a resident, a pregnancy or a household
 * @param subjectId the subject's caller-owned id (never a NIK)
 * @param householdId the household to go to
 * @param posyanduId the subject's Posyandu
 * @param urgency the sum of the urgency weights of the findings (home_visit_weights.tsv)
 * @param findings the finding codes, most urgent first (e.g. {@code PREGNANCY_HYPERTENSION})
 * @param reasons why, one per finding, in Indonesian and English
 */
public record HomeVisit(SubjectType subjectType, String subjectId, String householdId,
    String posyanduId, int urgency, List<String> findings, List<LocalizedText> reasons) {

  /** Checks that nothing is null and copies the lists. */
  public HomeVisit {
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(householdId, "householdId");
    Objects.requireNonNull(posyanduId, "posyanduId");
    findings = List.copyOf(findings);
    reasons = List.copyOf(reasons);
    if (findings.isEmpty() || findings.size() != reasons.size()) {
      throw new IllegalArgumentException("a home visit needs one reason per finding, at least one");
    }
  }
}
