package id.posyandu.rules.spm;

import static id.posyandu.rules.spm.SixSpmCriteria.female;
import static id.posyandu.rules.spm.SixSpmCriteria.monthsAt;
import static id.posyandu.rules.spm.SixSpmCriteria.referred;
import static id.posyandu.rules.spm.SixSpmCriteria.threshold;
import static id.posyandu.rules.spm.SixSpmCriteria.yearsAt;

import id.posyandu.core.SpmArea;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.BloodGlucose;
import id.posyandu.core.record.BloodPressure;
import id.posyandu.core.record.Immunization;
import id.posyandu.core.record.NeglectAssessment;
import id.posyandu.core.record.SchoolEnrolment;
import id.posyandu.core.record.SkilasScreening;
import id.posyandu.core.record.SocialAssistance;
import id.posyandu.core.record.Supplement;
import id.posyandu.core.record.TbSymptomScreening;
import id.posyandu.rules.anthro.AnthroInput;
import id.posyandu.rules.anthro.ConditionResult;
import id.posyandu.rules.anthro.Age;
import id.posyandu.rules.anthro.NutritionAssessment;
import id.posyandu.rules.anthro.NutritionCondition;
import id.posyandu.rules.anthro.Permenkes2020;
import id.posyandu.rules.growth.GrowthMonitor;
import id.posyandu.rules.growth.GrowthStatus;
import id.posyandu.rules.growth.LinePosition;
import id.posyandu.rules.growth.MonthlyGrowth;
import id.posyandu.rules.growth.SkdnChild;
import id.posyandu.rules.growth.WeightForAge;
import id.posyandu.rules.growth.Weighing;
import id.posyandu.rules.indicator.EvaluationContext;
import id.posyandu.rules.indicator.SubjectType;
import id.posyandu.rules.schedule.Completeness;
import id.posyandu.rules.schedule.DoseAssessment;
import id.posyandu.rules.schedule.DoseStatus;
import id.posyandu.rules.schedule.GivenDose;
import id.posyandu.rules.schedule.ImmunizationSchedule;
import id.posyandu.rules.schedule.ImmunizationStatus;
import id.posyandu.rules.schedule.SupplementSchedules;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The criteria on residents: age groups, weighing and growth (through {@link GrowthMonitor}),
 * nutrition status (through {@link Permenkes2020}), vitamin A (capsule by age through {@link
 * SupplementSchedules#vitaminACapsule}), immunization (IDL and overdue doses through {@link
 * ImmunizationSchedule}), TTD, screening (TB through {@link
 * id.posyandu.rules.screening.Screening#tbSymptoms}), education and social-welfare status.
 * Registered by {@link SixSpmCriteria}.
 */
final class ResidentCriteria {

  private static final SubjectType R = SubjectType.RESIDENT;
  private static final GrowthMonitor MONITOR = GrowthMonitor.standard();
  private static final Permenkes2020 PERMENKES = Permenkes2020.standard();
  private static final ImmunizationSchedule IMMUNIZATION = ImmunizationSchedule.standard();
  private static final SupplementSchedules SUPPLEMENTS = SupplementSchedules.standard();
  /** The complete-basic-immunization programme of {@code immunization-completeness.tsv}. */
  static final String IDL = "IDL";
  /** The capsule codes of {@code vitamin-a.tsv}. */
  private static final String BLUE = "BLUE";
  private static final String RED = "RED";

  private ResidentCriteria() {}

  static void register(SixSpmCriteria.Builder b) {
    ages(b);
    growth(b);
    nutrition(b);
    services(b);
    education(b);
    social(b);
  }

  private static void ages(SixSpmCriteria.Builder b) {
    b.<ResidentSubject>add("BALITA", R, "Balita (0-59 bulan)", "Child under five (0-59 months)",
        (r, c) -> inMonths(r, c, 0, SixSpmCriteria.BALITA_END_MONTHS));
    b.<ResidentSubject>add("AGE_6_59_MONTHS", R, "Anak 6-59 bulan", "Child 6-59 months",
        (r, c) -> inMonths(r, c, SixSpmCriteria.VITAMIN_A_START_MONTHS,
            SixSpmCriteria.BALITA_END_MONTHS));
    b.<ResidentSubject>add("AGE_6_11_MONTHS", R, "Bayi 6-11 bulan", "Infant 6-11 months",
        (r, c) -> inMonths(r, c, SixSpmCriteria.VITAMIN_A_START_MONTHS,
            SixSpmCriteria.INFANT_END_MONTHS));
    b.<ResidentSubject>add("AGE_12_59_MONTHS", R, "Anak 12-59 bulan", "Child 12-59 months",
        (r, c) -> inMonths(r, c, SixSpmCriteria.INFANT_END_MONTHS,
            SixSpmCriteria.BALITA_END_MONTHS));
    b.<ResidentSubject>add("TURNS_12_MONTHS_IN_PERIOD", R, "Berumur 12 bulan dalam periode ini",
        "Turns 12 months in the period",
        (r, c) -> c.inPeriod(id.posyandu.core.Age.reachedOn(r.resident().birthDate(),
            Period.ofMonths(SixSpmCriteria.INFANT_END_MONTHS))));
    b.<ResidentSubject>add("PAUD_AGE", R, "Usia PAUD (5-6 tahun)", "PAUD age (5-6 years)",
        (r, c) -> inYears(r, c, SixSpmCriteria.PAUD_START_YEARS, SixSpmCriteria.PAUD_LAST_YEAR));
    b.<ResidentSubject>add("SCHOOL_AGE", R, "Usia sekolah (7-18 tahun)", "School age (7-18 years)",
        (r, c) -> inYears(r, c, SixSpmCriteria.SCHOOL_START_YEARS, SixSpmCriteria.SCHOOL_LAST_YEAR));
    b.<ResidentSubject>add("FEMALE", R, "Perempuan", "Female", (r, c) -> female(r));
    b.<ResidentSubject>add("REMAJA_PUTRI", R, "Remaja putri (12-18 tahun)",
        "Adolescent girl (12-18 years)", (r, c) -> female(r) && inYears(r, c,
            SixSpmCriteria.REMAJA_PUTRI_START_YEARS, SixSpmCriteria.REMAJA_PUTRI_LAST_YEAR));
    b.<ResidentSubject>add("USIA_PRODUKTIF", R, "Usia produktif (15-59 tahun)",
        "Productive age (15-59 years)", (r, c) -> inYears(r, c,
            SixSpmCriteria.USIA_PRODUKTIF_START_YEARS, SixSpmCriteria.USIA_PRODUKTIF_END_YEARS - 1));
    b.<ResidentSubject>add("LANSIA", R, "Lanjut usia (60 tahun ke atas)", "Older person (60+)",
        (r, c) -> yearsAt(r, c) >= SixSpmCriteria.LANSIA_START_YEARS);
  }

  /** Completed months at the last day in [from, to). */
  static boolean inMonths(ResidentSubject r, EvaluationContext c, int from, int toExclusive) {
    long m = monthsAt(r, c);
    return m >= from && m < toExclusive;
  }

  /** Completed years at the last day in [from, lastIncluded]. */
  static boolean inYears(ResidentSubject r, EvaluationContext c, int from, int lastIncluded) {
    long y = yearsAt(r, c);
    return y >= from && y <= lastIncluded;
  }

  // ---- growth (Buku KIA; GrowthMonitor) ----

  private static void growth(SixSpmCriteria.Builder b) {
    b.<ResidentSubject>add("HAS_KIA_BOOK", R,
        "Memiliki KMS/Buku KIA (K): catatan terakhir sampai akhir periode",
        "Has a KMS/Buku KIA (K): the latest record up to the end of the period",
        (r, c) -> SkdnChild.hasKiaBook(r.visits(), c.lastDay()));
    b.<ResidentSubject>add("WEIGHED_IN_PERIOD", R, "Ditimbang dalam periode ini (D)",
        "Weighed in the period (D)", ResidentCriteria::weighedInPeriod);
    status(b, GrowthStatus.N, "GROWTH_N");
    status(b, GrowthStatus.T, "GROWTH_T");
    status(b, GrowthStatus.O, "GROWTH_O");
    status(b, GrowthStatus.B, "GROWTH_B");
    b.<ResidentSubject>add("GROWTH_2T", R, "BB tidak naik dua kali berturut-turut (2T)",
        "Weight not up twice in a row (2T)",
        (r, c) -> growth(r, c).map(MonthlyGrowth::twoT).orElse(false));
    b.<ResidentSubject>add("BELOW_RED_LINE", R, "Ditimbang, di bawah garis merah (BB/U < -2 SD)",
        "Weighed, below the red line (WAZ < -2)", (r, c) -> growth(r, c)
            .map(g -> g.weighed() && g.linePosition() == LinePosition.BELOW_RED_LINE)
            .orElse(false));
    b.<ResidentSubject>add("WEIGHED_8_TIMES_IN_PERIOD", R,
        "Ditimbang sedikitnya 8 kali (bulan berbeda) dalam periode",
        "Weighed in at least 8 different months of the period", (r, c) -> {
          Set<YearMonth> months = new HashSet<>();
          for (var d : r.records(Anthropometry.class, c.period().start(), c.lastDay())) {
            if (d.record().weightKg().isPresent()) {
              months.add(YearMonth.from(d.date()));
            }
          }
          return months.size() >= threshold("balita_min_weighings_year");
        });
  }

  private static void status(SixSpmCriteria.Builder b, GrowthStatus s, String name) {
    boolean kbm = s == GrowthStatus.N || s == GrowthStatus.T;
    b.<ResidentSubject>add(name, R, "Status penimbangan " + s.name() + ": " + s.labelId()
            + (kbm ? " (KBM Buku KIA menurut umur dalam bulan penuh; umur 0 bulan: KBM bulan 1)"
                : ""),
        "Growth status " + s.name() + ": " + s.labelEn()
            + (kbm ? " (Buku KIA KBM by age in completed months; age 0 months: the month-1 KBM)"
                : ""),
        (r, c) -> growth(r, c).flatMap(MonthlyGrowth::status).map(x -> x == s).orElse(false));
  }

  static boolean weighedInPeriod(ResidentSubject r, EvaluationContext c) {
    return r.any(Anthropometry.class, c.period().start(), c.lastDay(),
        a -> a.weightKg().isPresent());
  }

  /** Growth key: the month and the last day seen. */
  private record GrowthKey(YearMonth month, LocalDate lastDay) {}

  /**
   * The growth outcome of the month of the context's last day, from the weighings on or before that
   * day (GrowthMonitor, Buku KIA 2023 KBM and KMS 2021 lines); empty for a resident who is not a
   * balita then.
   */
  static Optional<MonthlyGrowth> growth(ResidentSubject r, EvaluationContext c) {
    if (!inMonths(r, c, 0, SixSpmCriteria.BALITA_END_MONTHS)) {
      return Optional.empty();
    }
    LocalDate last = c.lastDay();
    return r.cached(new GrowthKey(YearMonth.from(last), last), k -> {
      List<Weighing> ws = Weighing.fromVisits(r.visits(), last);
      return Optional.of(MONITOR.assess(r.resident().birthDate(), ws, k.month(),
          WeightForAge.who2006(r.resident().sex(), r.resident().birthDate())));
    });
  }

  // ---- nutrition status (Permenkes 2/2020 through the WHO z-scores) ----

  private record NutritionKey(LocalDate from, LocalDate lastDay) {}

  /** The nutrition assessments of the measurements in the period, latest first. */
  static List<NutritionAssessment> assessments(ResidentSubject r, EvaluationContext c) {
    LocalDate from = c.period().start();
    LocalDate last = c.lastDay();
    return r.cached(new NutritionKey(from, last), k -> {
      List<NutritionAssessment> out = new ArrayList<>(1);
      var recs = r.records(Anthropometry.class, from, last);
      for (int i = recs.size() - 1; i >= 0; i--) {
        var d = recs.get(i);
        out.add(PERMENKES.assess(AnthroInput.of(r.resident().sex(),
            Age.between(r.resident().birthDate(), d.date()), d.record())));
      }
      return out;
    });
  }

  /** The latest assessed outcome of a condition in the period. */
  static Optional<ConditionResult> condition(ResidentSubject r, EvaluationContext c,
      NutritionCondition condition) {
    if (!inMonths(r, c, 0, SixSpmCriteria.BALITA_END_MONTHS)) {
      return Optional.empty();
    }
    for (NutritionAssessment a : assessments(r, c)) {
      ConditionResult cr = a.condition(condition);
      if (cr.outcome() != ConditionResult.Outcome.NOT_ASSESSED) {
        return Optional.of(cr);
      }
    }
    return Optional.empty();
  }

  private static void nutrition(SixSpmCriteria.Builder b) {
    condition(b, NutritionCondition.STUNTING, "STUNTING_ASSESSED", "STUNTED",
        "PB/U atau TB/U", "length/height-for-age");
    condition(b, NutritionCondition.WASTING, "WASTING_ASSESSED", "WASTED",
        "BB/PB atau BB/TB", "weight-for-length/height");
    condition(b, NutritionCondition.UNDERWEIGHT, "UNDERWEIGHT_ASSESSED", "UNDERWEIGHT",
        "BB/U", "weight-for-age");
    condition(b, NutritionCondition.OVERWEIGHT, "OVERWEIGHT_ASSESSED", "OVERWEIGHT",
        "BB/PB atau BB/TB", "weight-for-length/height");
  }

  private static void condition(SixSpmCriteria.Builder b, NutritionCondition cond,
      String assessed, String present, String indexId, String indexEn) {
    b.<ResidentSubject>add(assessed, R,
        "Balita dengan z-score " + indexId + " yang sah dalam periode ini",
        "Balita with a valid " + indexEn + " z-score in the period",
        (r, c) -> condition(r, c, cond).isPresent());
    b.<ResidentSubject>add(present, R, cond.nameId() + " (pengukuran terakhir dalam periode, "
            + indexId + ", Permenkes 2/2020)",
        cond.nameEn() + " (latest measurement in the period, " + indexEn + ", Permenkes 2/2020)",
        (r, c) -> condition(r, c, cond).map(ConditionResult::isPresent).orElse(false));
  }

  // ---- vitamin A, immunization, TTD, adult and elderly screening ----

  private static void services(SixSpmCriteria.Builder b) {
    b.<ResidentSubject>add("VITAMIN_A_IN_PERIOD", R,
        "Mendapat kapsul vitamin A sesuai umur (biru 6-11, merah 12-59 bulan) dalam periode",
        "Age-appropriate vitamin A capsule (blue 6-11, red 12-59 months) in the period",
        ResidentCriteria::vitaminAInPeriod);
    b.<ResidentSubject>add("IDL_COMPLETE", R,
        "Imunisasi dasar lengkap (IDL): semua dosis IDL jadwal nasional diberikan sah sebelum umur "
            + "12 bulan", "Complete basic immunization (IDL): every IDL dose of the national "
            + "schedule validly given before 12 months",
        ResidentCriteria::idlComplete);
    b.<ResidentSubject>add("IMMUNIZATION_OVERDUE", R,
        "Balita dengan dosis imunisasi dasar (IDL) yang terlambat, masih dapat dikejar",
        "Balita with a basic immunization (IDL) dose overdue, catch-up still possible",
        ResidentCriteria::immunizationOverdue);
    b.<ResidentSubject>add("TTD_IN_PERIOD", R, "Mendapat tablet tambah darah dalam periode",
        "Received iron-folic acid tablets in the period",
        (r, c) -> r.any(Supplement.class, c.period().start(), c.lastDay(),
            s -> s.kind() == Supplement.Kind.TTD));
    b.<ResidentSubject>add("PTM_SCREENED_IN_PERIOD", R,
        "Skrining PTM dalam periode: tekanan darah, gula darah, dan BB+TB (IMT)",
        "NCD screening in the period: blood pressure, blood glucose and weight+height (BMI)",
        (r, c) -> r.any(BloodPressure.class, c.period().start(), c.lastDay(), x -> true)
            && r.any(BloodGlucose.class, c.period().start(), c.lastDay(), x -> true)
            && r.any(Anthropometry.class, c.period().start(), c.lastDay(),
                a -> a.weightKg().isPresent() && a.lengthOrHeightCm().isPresent()));
    b.<ResidentSubject>add("HIGH_BP_IN_PERIOD", R,
        "Tekanan darah >= 140/90 mmHg dalam periode", "Blood pressure >= 140/90 mmHg in the period",
        (r, c) -> r.any(BloodPressure.class, c.period().start(), c.lastDay(),
            SixSpmCriteria::highBp));
    b.<ResidentSubject>add("REFERRED_HEALTH_IN_PERIOD", R, "Dirujuk (kesehatan) dalam periode",
        "Referred (health) in the period",
        (r, c) -> referred(r, SpmArea.KESEHATAN, c.period().start(), c));
    b.<ResidentSubject>add("SKILAS_IN_PERIOD", R, "Skrining lansia (SKILAS) dalam periode",
        "Elderly screening (SKILAS) in the period",
        (r, c) -> r.any(SkilasScreening.class, c.period().start(), c.lastDay(), x -> true));
    b.<ResidentSubject>add("TB_PRESUMPTIVE_IN_PERIOD", R,
        "Terduga TBC pada skrining gejala dalam periode (minimal 2 gejala, formulir ILP)",
        "Presumptive TB at a symptom screening in the period (at least 2 symptoms, ILP form)",
        (r, c) -> r.any(TbSymptomScreening.class, c.period().start(), c.lastDay(),
            SixSpmCriteria::tbPresumptive));
  }

  /** A vitamin A capsule in the period that fitted the child's age on its day. */
  static boolean vitaminAInPeriod(ResidentSubject r, EvaluationContext c) {
    LocalDate birth = r.resident().birthDate();
    for (var d : r.records(Supplement.class, c.period().start(), c.lastDay())) {
      if (vitaminAFitsAge(d.record().kind(), birth, d.date())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a supplement given on a day is the vitamin A capsule for the child's age then: the
   * capsule of {@link SupplementSchedules#vitaminACapsule} ({@code vitamin-a.tsv}: blue 6-11, red
   * 12-59 months, Permenkes 21/2015 [3P]).
   */
  static boolean vitaminAFitsAge(Supplement.Kind kind, LocalDate birth, LocalDate day) {
    String capsule = kind == Supplement.Kind.VITAMIN_A_BLUE ? BLUE
        : kind == Supplement.Kind.VITAMIN_A_RED ? RED : null;
    return capsule != null
        && SUPPLEMENTS.vitaminACapsule(birth, day).map(capsule::equals).orElse(false);
  }

  /** Immunization key: the last day seen. */
  private record ImmunizationKey(LocalDate lastDay) {}

  /** Bit of {@link #immunization}: IDL complete. */
  static final int IDL_COMPLETE = 1;
  /** Bit of {@link #immunization}: an IDL dose overdue. */
  static final int IDL_DOSE_OVERDUE = 2;

  /**
   * The verdicts of the immunization status on the context's last day by {@link
   * ImmunizationSchedule#standard()} (the version in force then for the province of the resident's
   * household, national when the household is unknown), from the doses recorded from birth to that
   * day (doses outside the child schedule, DT, Td and HPV, left out), as bits {@link #IDL_COMPLETE}
   * and {@link #IDL_DOSE_OVERDUE}. 0 before birth, and when no schedule version is in force on
   * that day (before 2024): then nothing is judged. Cached per day in the resident's view: only the
   * bits, not the status with its explanations.
   */
  static int immunization(ResidentSubject r, EvaluationContext c) {
    LocalDate birth = r.resident().birthDate();
    LocalDate last = c.lastDay();
    if (birth.isAfter(last)) {
      return 0;
    }
    Integer bits = r.cached(new ImmunizationKey(last), k -> {
      List<GivenDose> history = new ArrayList<>();
      for (var d : r.records(Immunization.class, birth, last)) {
        String code = GivenDose.code(d.record().antigen());
        if (IMMUNIZATION.knownDoses().contains(code)) {
          history.add(new GivenDose(code, d.date()));
        }
      }
      Optional<String> province = r.household()
          .map(h -> h.address().kodeDesa().provinsi().plain());
      ImmunizationStatus s;
      try {
        s = IMMUNIZATION.assess(birth, last, province, history, false);
      } catch (IllegalArgumentException noScheduleInForce) {
        return 0;
      }
      return verdicts(s);
    });
    return bits;
  }

  /** The bits of a status: IDL {@link Completeness.State#COMPLETE}; an IDL dose OVERDUE. */
  private static int verdicts(ImmunizationStatus s) {
    Completeness idl = s.completeness(IDL).orElse(null);
    if (idl == null) {
      return 0;
    }
    int bits = idl.state() == Completeness.State.COMPLETE ? IDL_COMPLETE : 0;
    for (String slot : idl.missing()) {
      for (DoseAssessment d : s.doses()) {
        if (d.slot().equals(slot) && d.status() == DoseStatus.OVERDUE) {
          return bits | IDL_DOSE_OVERDUE;
        }
      }
    }
    return bits;
  }

  /**
   * IDL complete: {@link ImmunizationSchedule} says {@link Completeness.State#COMPLETE} for the
   * programme IDL: every dose tagged IDL in the schedule version in force (with PCV1-2, RV1-3 and
   * IPV2 from 2024 [B]; a hexavalent dose standing for DPT-HB-Hib and IPV1) validly given before
   * birth date + 12 months (VERIFIED.md 4.1-4.3). Doses given too early or too soon after the
   * previous dose do not count.
   */
  static boolean idlComplete(ResidentSubject r, EvaluationContext c) {
    return (immunization(r, c) & IDL_COMPLETE) != 0;
  }

  /**
   * A balita with an IDL dose that {@link ImmunizationSchedule} calls {@link DoseStatus#OVERDUE}:
   * past its recommended window and still allowed (catch-up possible).
   */
  static boolean immunizationOverdue(ResidentSubject r, EvaluationContext c) {
    long m = monthsAt(r, c);
    return m >= 0 && m < SixSpmCriteria.BALITA_END_MONTHS
        && (immunization(r, c) & IDL_DOSE_OVERDUE) != 0;
  }

  // ---- education ----

  private static void education(SixSpmCriteria.Builder b) {
    b.<ResidentSubject>add("SCHOOL_STATUS_KNOWN", R,
        "Status sekolah tercatat dalam 12 bulan terakhir", "School status recorded in the last 12 months",
        (r, c) -> SixSpmCriteria.enrolment(r, c).isPresent());
    b.<ResidentSubject>add("ENROLLED_PAUD", R, "Terdaftar di PAUD (TK/KB/TPA/SPS)",
        "Enrolled in PAUD (TK/KB/TPA/SPS)", (r, c) -> SixSpmCriteria.enrolment(r, c)
            .map(e -> e.enrolled() && e.level().map(l -> l == SchoolEnrolment.Level.PAUD_TK
                || l == SchoolEnrolment.Level.PAUD_KB_TPA_SPS).orElse(false))
            .orElse(false));
    b.<ResidentSubject>add("OUT_OF_SCHOOL", R, "Anak tidak sekolah (catatan terakhir)",
        "Out of school (latest record)",
        (r, c) -> SixSpmCriteria.enrolment(r, c).map(e -> !e.enrolled()).orElse(false));
    b.<ResidentSubject>add("REFERRED_EDUCATION_SINCE_OUT_OF_SCHOOL", R,
        "Dirujuk (pendidikan) sejak tercatat tidak sekolah",
        "Referred (education) since recorded out of school", (r, c) -> r
            .latest(SchoolEnrolment.class, c.lastDay(), e -> !e.enrolled())
            .map(d -> referred(r, SpmArea.PENDIDIKAN, d.date(), c)).orElse(false));
  }

  // ---- social welfare (PP 2/2018 Pasal 10; Permensos 9/2018) ----

  private static void social(SixSpmCriteria.Builder b) {
    neglect(b, "NEGLECTED_DISABILITY", NeglectAssessment.Category.DISABILITAS_TELANTAR,
        "Penyandang disabilitas telantar", "Neglected person with disability");
    b.<ResidentSubject>add("NEGLECTED_ELDERLY", R, "Lanjut usia telantar (60+)",
        "Neglected older person (60+)",
        (r, c) -> yearsAt(r, c) >= SixSpmCriteria.LANSIA_START_YEARS
            && neglected(r, c, NeglectAssessment.Category.LANSIA_TELANTAR));
    b.<ResidentSubject>add("NEGLECTED_CHILD", R, "Anak telantar (di bawah 18 tahun)",
        "Neglected child (under 18)",
        (r, c) -> yearsAt(r, c) >= 0 && yearsAt(r, c) < SixSpmCriteria.CHILD_END_YEARS
            && neglected(r, c, NeglectAssessment.Category.ANAK_TELANTAR));
    b.<ResidentSubject>add("SOCIAL_REHABILITATION_IN_PERIOD", R,
        "Mendapat rehabilitasi sosial (ATENSI) atau dirujuk (sosial) dalam periode",
        "Social rehabilitation (ATENSI) or social referral in the period",
        (r, c) -> r.any(SocialAssistance.class, c.period().start(), c.lastDay(),
            s -> s.programmes().contains(SocialAssistance.Programme.ATENSI))
            || referred(r, SpmArea.SOSIAL, c.period().start(), c));
  }

  private static void neglect(SixSpmCriteria.Builder b, String name,
      NeglectAssessment.Category category, String id, String en) {
    b.<ResidentSubject>add(name, R, id + " (asesmen terakhir)", en + " (latest assessment)",
        (r, c) -> neglected(r, c, category));
  }

  static boolean neglected(ResidentSubject r, EvaluationContext c,
      NeglectAssessment.Category category) {
    return r.latest(NeglectAssessment.class, c.lastDay(), x -> true)
        .map(d -> d.record().categories().contains(category)).orElse(false);
  }
}
