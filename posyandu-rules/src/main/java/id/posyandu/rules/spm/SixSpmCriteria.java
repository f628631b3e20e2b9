package id.posyandu.rules.spm;

import id.posyandu.core.LifeStages;
import id.posyandu.core.Sex;
import id.posyandu.core.SpmArea;
import id.posyandu.core.record.BloodPressure;
import id.posyandu.core.record.Referral;
import id.posyandu.core.record.SchoolEnrolment;
import id.posyandu.rules.LocalizedText;
import id.posyandu.rules.indicator.CriteriaRegistry;
import id.posyandu.rules.indicator.Criterion;
import id.posyandu.rules.indicator.EvaluationContext;
import id.posyandu.rules.indicator.SubjectType;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The named criteria of the six-SPM catalog, each a small tested predicate on a subject view in an
 * {@link EvaluationContext}. Build a catalog on {@link #registry()} (or extend it with
 * {@link CriteriaRegistry#with}).
 *
 * <p>Conventions, for every criterion:
 * <ul>
 *   <li>Ages are computed from the birth date to the context's {@link EvaluationContext#lastDay()}
 *       (the period's end, or the as-of date while the period is running) in completed calendar
 *       months or years ({@link id.posyandu.core.Age}); a resident born after that day has no age
 *       and is in no age group. Every boundary is a named constant below.</li>
 *   <li>"In the period" means a visit day {@code d} with {@link EvaluationContext#inPeriod(LocalDate)}:
 *       inside the period and not after the as-of date.</li>
 *   <li>A state (school enrolment, house condition, water source, DTSEN status) is the latest record
 *       on or before {@code lastDay()}; without one the state is unknown, and the "…_ASSESSED" or
 *       "…_KNOWN" criterion that denominators use is false: a missing record never counts as
 *       normal.</li>
 *   <li>Thresholds come from {@code spm_thresholds.tsv} (each row with its source and confidence);
 *       the IDL doses from {@code idl_antigens.tsv}.</li>
 * </ul>
 * Sources: VERIFIED.md (sections cited per criterion), POSYANDU-6SPM.md, INDICATORS.md of the
 * project's domain review.
 */
public final class SixSpmCriteria {

  /** Balita: 0-59 completed months (LifeStages; Permenkes 2/2020; POSYANDU-6SPM.md 4.1). */
  public static final int BALITA_END_MONTHS = LifeStages.BALITA_END_MONTHS;
  /** Vitamin A from 6 months (VERIFIED.md 7). */
  public static final int VITAMIN_A_START_MONTHS = 6;
  /** Bayi end, 12 months: blue capsule 6-11, red 12-59 (VERIFIED.md 7); IDL by 12 months (4.3). */
  public static final int INFANT_END_MONTHS = LifeStages.BAYI_END_MONTHS;
  /** PAUD age 5-6 years, first year (INDICATORS.md PDD-PAUD [B]). */
  public static final int PAUD_START_YEARS = 5;
  /** PAUD age 5-6 years, last completed year included (INDICATORS.md PDD-PAUD [B]). */
  public static final int PAUD_LAST_YEAR = 6;
  /** School age 7-18, first year (INDICATORS.md PDD-ATS [B]; wajib belajar 12 tahun). */
  public static final int SCHOOL_START_YEARS = 7;
  /** School age 7-18, last completed year included (INDICATORS.md PDD-ATS [B]). */
  public static final int SCHOOL_LAST_YEAR = 18;
  /** Remaja putri 12-18, first year (VERIFIED.md 7, TTD rematri [3P]). */
  public static final int REMAJA_PUTRI_START_YEARS = 12;
  /** Remaja putri 12-18, last completed year included (VERIFIED.md 7 [3P]). */
  public static final int REMAJA_PUTRI_LAST_YEAR = 18;
  /** Usia produktif from 15 years (LifeStages; SPM usia produktif). */
  public static final int USIA_PRODUKTIF_START_YEARS = LifeStages.USIA_PRODUKTIF_START_YEARS;
  /** Usia produktif up to 59 years; 60 is lansia (LifeStages). */
  public static final int USIA_PRODUKTIF_END_YEARS = LifeStages.USIA_PRODUKTIF_END_YEARS;
  /** Lansia from 60 years (LifeStages; PP 2/2018; VERIFIED.md 8.5). */
  public static final int LANSIA_START_YEARS = LifeStages.LANSIA_START_YEARS;
  /** Anak: under 18 years (anak telantar, VERIFIED.md 8.5). */
  public static final int CHILD_END_YEARS = 18;

  private static final CriteriaRegistry REGISTRY = build();

  private SixSpmCriteria() {}

  /** The built-in criteria, by name. */
  public static CriteriaRegistry registry() {
    return REGISTRY;
  }

  private static CriteriaRegistry build() {
    Builder b = new Builder();
    ResidentCriteria.register(b);
    PregnancyCriteria.register(b);
    HouseholdCriteria.register(b);
    RequestCriteria.register(b);
    return b.registry;
  }

  /** Collects criteria. */
  static final class Builder {
    private CriteriaRegistry registry = CriteriaRegistry.empty();

    <S> void add(String name, SubjectType type, String id, String en, Criterion.Test<S> test) {
      registry = registry.with(Criterion.of(name, type, new LocalizedText(id, en), test));
    }
  }

  // ---- shared helpers ----

  /** Completed months from birth to the day, or -1 when born after it. */
  static long months(LocalDate birth, LocalDate day) {
    return birth.isAfter(day) ? -1 : java.time.temporal.ChronoUnit.MONTHS.between(birth, day);
  }

  /** Completed years from birth to the day, or -1 when born after it. */
  static long years(LocalDate birth, LocalDate day) {
    return birth.isAfter(day) ? -1 : java.time.temporal.ChronoUnit.YEARS.between(birth, day);
  }

  static long monthsAt(ResidentSubject r, EvaluationContext c) {
    return months(r.resident().birthDate(), c.lastDay());
  }

  static long yearsAt(ResidentSubject r, EvaluationContext c) {
    return years(r.resident().birthDate(), c.lastDay());
  }

  static boolean female(ResidentSubject r) {
    return r.resident().sex() == Sex.FEMALE;
  }

  static double threshold(String key) {
    return SpmReference.INSTANCE.value(key);
  }

  static boolean highBp(BloodPressure bp) {
    return bp.systolicMmHg() >= threshold("hypertension_systolic_min")
        || bp.diastolicMmHg() >= threshold("hypertension_diastolic_min");
  }

  /** The latest school-enrolment record still valid on the context's last day. */
  static Optional<SchoolEnrolment> enrolment(ResidentSubject r, EvaluationContext c) {
    LocalDate last = c.lastDay();
    long validDays = (long) threshold("enrolment_record_valid_days");
    return r.latest(SchoolEnrolment.class, last, e -> true)
        .filter(d -> !d.date().isBefore(last.minusDays(validDays)))
        .map(DatedRecord::record);
  }

  /** Referral of an area in [from, lastDay]. */
  static boolean referred(ResidentSubject r, SpmArea area, LocalDate from, EvaluationContext c) {
    return r.any(Referral.class, from, c.lastDay(), ref -> ref.referralArea() == area);
  }

}
