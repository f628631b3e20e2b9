package id.posyandu.rules.spm;

import id.posyandu.core.Age;
import id.posyandu.core.LifeStages;
import id.posyandu.core.Sex;
import id.posyandu.core.SpmArea;
import id.posyandu.core.record.BloodPressure;
import id.posyandu.core.record.Referral;
import id.posyandu.core.record.SchoolEnrolment;
import id.posyandu.core.record.TbSymptomScreening;
import id.posyandu.rules.LocalizedText;
import id.posyandu.rules.indicator.CriteriaRegistry;
import id.posyandu.rules.indicator.Criterion;
import id.posyandu.rules.indicator.EvaluationContext;
import id.posyandu.rules.indicator.SubjectType;
import id.posyandu.rules.screening.KekGroup;
import id.posyandu.rules.screening.Screening;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

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
 *   <li>One source for every threshold: a rule that another package owns is asked of that
 *       package, never re-read from numbers of its own. Hypertension, KEK and presumptive TB are
 *       judged by the screening package ({@link Screening}); IDL and overdue doses by {@link
 *       id.posyandu.rules.schedule.ImmunizationSchedule}; the vitamin A capsule for an age, TTD
 *       in pregnancy by {@link id.posyandu.rules.schedule.SupplementSchedules}; ANC trimesters,
 *       contacts and doctor contacts by {@link id.posyandu.rules.schedule.AncSchedule}; weighing
 *       and growth by {@link id.posyandu.rules.growth.GrowthMonitor}. Only the six-SPM thresholds
 *       no other package owns (balita weighings in a year, RTLH floor area, well distance, request
 *       deadline, enrolment-record validity) come from {@code spm_thresholds.tsv}, each row with
 *       its source and confidence.</li>
 * </ul>
 * Sources: VERIFIED.md (sections cited per criterion), POSYANDU-6SPM.md, INDICATORS.md of the
 * project's domain review.
 */
public final class SixSpmCriteria {

  /** Balita: 0-59 completed months (LifeStages; Permenkes 2/2020; POSYANDU-6SPM.md 4.1). */
  public static final int BALITA_END_MONTHS = LifeStages.BALITA_END_MONTHS;
  /**
   * Vitamin A from 6 months (VERIFIED.md 7): the lower bound of the age groups of the vitamin A
   * indicators; the capsule that fits an age is {@code vitamin-a.tsv}'s, and a test holds the two
   * equal.
   */
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
  /**
   * Remaja putri 12-18, first year (VERIFIED.md 7, TTD rematri [3P]): the ages of the weekly TTD of
   * {@code iron-folic.tsv} (P12Y to P19Y), held equal to it by a test.
   */
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

  /** The lowest graded blood-pressure class that is hypertension (blood-pressure.tsv). */
  static final String HYPERTENSION_GRADE = "HT1";
  /** The category of a KEK finding (kek-pregnant.tsv). */
  static final String KEK = "KEK";

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

  /**
   * Completed months from birth to the day ({@link Age#completedMonths}, the library's one
   * definition), or -1 when born after it.
   */
  static long months(LocalDate birth, LocalDate day) {
    return birth.isAfter(day) ? -1 : Age.completedMonths(birth, day);
  }

  /** Completed years from birth to the day, or -1 when born after it (as {@code ChronoUnit.YEARS}). */
  static long years(LocalDate birth, LocalDate day) {
    long m = months(birth, day);
    return m < 0 ? -1 : m / 12;
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

  /**
   * Hypertension (>= 140/90 mmHg): the graded class of {@link Screening#bloodPressureGrade} (juknis
   * ILP Table 22 [C], VERIFIED.md 5.3) is HT1 or above; with the higher-class-wins rule this is
   * systolic >= 140 or diastolic >= 90, isolated systolic hypertension included.
   */
  static boolean highBp(BloodPressure bp) {
    Screening s = Screening.standard();
    return s.bloodPressureRank(s.bloodPressureGrade(bp.systolicMmHg(), bp.diastolicMmHg()))
        >= s.bloodPressureRank(HYPERTENSION_GRADE);
  }

  /**
   * KEK of a pregnant woman by MUAC, through {@link Screening#kek} ({@code kek-pregnant.tsv}:
   * LiLA &lt; 23.5 cm, juknis ILP [C], VERIFIED.md 5.2).
   */
  static boolean kekPregnant(double muacCm) {
    return KEK.equals(Screening.standard().kek(KekGroup.PREGNANT, OptionalDouble.of(muacCm))
        .category());
  }

  /**
   * Presumptive TB at one screening: at least {@link Screening#tbPresumptiveMinSymptoms()} symptoms
   * ({@code tb-symptoms.tsv}: 2 symptoms of the ILP kader form, the form column "2 gejala TBC"
   * [C]), the verdict of {@link Screening#tbSymptoms(Map)} with every symptom of the form asked (the
   * record lists those found; a test holds the two equal on every symptom set).
   *
   * <p>Until 2026-11 this criterion read its own {@code tb_min_symptoms_for_referral = 1} from
   * {@code spm_thresholds.tsv} [B]; the screening package's sourced cut-off (2, juknis ILP [C])
   * wins, so one symptom alone is no longer presumptive TB here.
   */
  static boolean tbPresumptive(TbSymptomScreening screening) {
    return screening.symptoms().size() >= Screening.standard().tbPresumptiveMinSymptoms();
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
