package id.posyandu.rules.screening;

import id.posyandu.core.Age;
import id.posyandu.core.Sex;
import id.posyandu.core.SpmArea;
import id.posyandu.rules.Finding;
import id.posyandu.rules.LocalizedText;
import id.posyandu.rules.Severity;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import id.posyandu.rules.screening.internal.Band;
import id.posyandu.rules.screening.internal.BandTable;
import id.posyandu.rules.screening.internal.BloodPressureTable;
import id.posyandu.rules.screening.internal.Findings;
import id.posyandu.rules.screening.internal.Interval;
import id.posyandu.rules.screening.internal.Interval.Num;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The screening and referral rules of the Posyandu, one method per screening, each returning a
 * {@link Finding} that explains itself.
 *
 * <p>Every threshold comes from a versioned reference table (a resource of this package, in the
 * format of {@link ReferenceTable}) that names its source and confidence; the rules hold no cut-off
 * of their own. {@link #standard()} uses the bundled tables; {@link #withTable(String,
 * ReferenceTable)} swaps one for a later regulation. Inputs are plain values with their unit in the
 * parameter name; an empty input is missing, and a screening with a missing or invalid input
 * returns a finding with {@link Severity#NOT_ASSESSED} that names it: never "normal". Instances are
 * immutable and thread-safe.
 */
public final class Screening {

  /** Finding code of the blood-pressure screening. */
  public static final String BLOOD_PRESSURE = "KES.PTM.TEKANAN_DARAH";

  /** Finding code of the blood-glucose screening. */
  public static final String GLUCOSE = "KES.PTM.GULA_DARAH";

  /** Finding code of the adult BMI screening. */
  public static final String ADULT_BMI = "KES.PTM.IMT";

  /** Finding code of the central-obesity (waist) screening. */
  public static final String CENTRAL_OBESITY = "KES.PTM.OBESITAS_SENTRAL";

  /** Finding code of the child MUAC (acute malnutrition) screening. */
  public static final String CHILD_MUAC = "KES.BALITA.LILA";

  /** Finding code of the head-circumference screening. */
  public static final String HEAD_CIRCUMFERENCE = "KES.BALITA.LINGKAR_KEPALA";

  /** Finding code of the PUMA (COPD risk) screening. */
  public static final String PUMA = "KES.PTM.PUMA";

  /** Finding code of the TB symptom screening. */
  public static final String TB_SYMPTOMS = "KES.TBC.GEJALA";

  /** Finding code of the SRQ-20 mental-health screening. */
  public static final String SRQ20 = "KES.JIWA.SRQ20";

  /** Finding code of the PHQ-4 style mental-health screening. */
  public static final String PHQ4 = "KES.JIWA.PHQ4";

  /** Finding code of the ADL/AKS screening of older people. */
  public static final String ADL = "KES.LANSIA.AKS";

  /** Finding code of the SKILAS screening of older people. */
  public static final String SKILAS = "KES.LANSIA.SKILAS";

  /** Finding code of the KPSP child development screening. */
  public static final String KPSP = "KES.BALITA.KPSP";

  /**
   * Youngest age screened by child MUAC: 6 months (WHO 2013 SAM guideline, "children 6-59 months").
   */
  public static final Period CHILD_MUAC_FROM = Period.ofMonths(6);

  /** End (exclusive) of child MUAC screening: 60 months (WHO 2013, "6-59 months"). */
  public static final Period CHILD_MUAC_UNTIL =
      Period.ofMonths(id.posyandu.core.LifeStages.BALITA_END_MONTHS);

  /** The band tables of the standard reference data, by resource name. */
  public static final List<String> TABLES =
      List.of(
          "kek-pregnant.tsv",
          "kek-wus.tsv",
          "anaemia.tsv",
          "glucose.tsv",
          "bmi-adult.tsv",
          "waist.tsv",
          "muac-child.tsv",
          "head-circumference.tsv",
          "puma.tsv",
          "tb-symptoms.tsv",
          "srq20.tsv",
          "phq4.tsv",
          "adl.tsv",
          "skilas.tsv",
          "kpsp.tsv");

  private static final String BP_TABLE = "blood-pressure.tsv";
  private static final String SKILAS_DOMAINS = "skilas-domains.tsv";
  private static final String PACKAGE_PATH = "/id/posyandu/rules/screening/";
  private static final LocalizedText NONE = LocalizedText.of("", "");

  private final Map<String, BandTable> bands;
  private final BloodPressureTable bloodPressure;
  private final ReferenceTable skilasDomains;

  private Screening(
      Map<String, BandTable> bands,
      BloodPressureTable bloodPressure,
      ReferenceTable skilasDomains) {
    this.bands = bands;
    this.bloodPressure = bloodPressure;
    this.skilasDomains = skilasDomains;
  }

  private static final class Standard {
    static final Screening INSTANCE = load();

    private static Screening load() {
      Map<String, BandTable> b = new LinkedHashMap<>();
      for (String name : TABLES) {
        b.put(name, BandTable.of(read(name)));
      }
      return new Screening(
          b, BloodPressureTable.of(read(BP_TABLE)), checkSkilas(read(SKILAS_DOMAINS)));
    }
  }

  private static ReferenceTable read(String name) {
    return ReferenceTable.load(Screening.class, PACKAGE_PATH + name);
  }

  private static ReferenceTable checkSkilas(ReferenceTable t) {
    t.requireColumns("domain", "label_id", "label_en", "follow_up").requireUniqueKey("domain");
    for (SkilasDomain d : SkilasDomain.values()) {
      if (t.rows().stream().noneMatch(r -> r.text("domain").equals(d.name()))) {
        throw new ReferenceDataException(t.name() + ": no row for SKILAS domain " + d);
      }
    }
    return t;
  }

  /**
   * The screening rules with the bundled reference tables (loaded and checked once).
   *
   * @throws ReferenceDataException if a bundled table is broken (a packaging error)
   */
  public static Screening standard() {
    return Standard.INSTANCE;
  }

  /**
   * A copy of these rules with one reference table replaced, e.g. a later regulation's bands.
   *
   * @param resource the name of the table to replace: one of {@link #TABLES}, {@code
   *     blood-pressure.tsv} or {@code skilas-domains.tsv}
   * @param table the new table, in the same columns
   * @throws IllegalArgumentException when no table has that name
   * @throws ReferenceDataException when the new table breaks the format or leaves a gap
   */
  public Screening withTable(String resource, ReferenceTable table) {
    Map<String, BandTable> b = new LinkedHashMap<>(bands);
    if (BP_TABLE.equals(resource)) {
      return new Screening(b, BloodPressureTable.of(table), skilasDomains);
    }
    if (SKILAS_DOMAINS.equals(resource)) {
      return new Screening(b, bloodPressure, checkSkilas(table));
    }
    if (!b.containsKey(resource)) {
      throw new IllegalArgumentException("no screening table named " + resource);
    }
    b.put(resource, BandTable.of(table));
    return new Screening(b, bloodPressure, skilasDomains);
  }

  /** The reference table with this resource name (see {@link #withTable}). */
  public ReferenceTable table(String resource) {
    if (BP_TABLE.equals(resource)) {
      return bloodPressure.table();
    }
    if (SKILAS_DOMAINS.equals(resource)) {
      return skilasDomains;
    }
    BandTable t = bands.get(resource);
    if (t == null) {
      throw new IllegalArgumentException("no screening table named " + resource);
    }
    return t.table();
  }

  // ---------------------------------------------------------------- single-value band screenings

  /**
   * Chronic energy deficiency (KEK) by mid-upper-arm circumference (LiLA): KEK when LiLA &lt; 23.5
   * cm. Pregnant women: KMK HK.01.07/MENKES/2015/2023 (juknis ILP), "PMT ibu hamil KEK" [C]; WUS:
   * the same Buku KIA cut-off, [B]. Tables {@code kek-pregnant.tsv}, {@code kek-wus.tsv}.
   */
  public Finding kek(KekGroup group, OptionalDouble muacCm) {
    Objects.requireNonNull(group, "group");
    return banded(
        group.resource(),
        group.name(),
        group.code(),
        inputs("group", group.name()),
        "muacCm",
        "LiLA",
        "MUAC",
        muacCm);
  }

  /**
   * Anaemia by haemoglobin, with mild, moderate and severe bands per group: WHO 2011 as adopted by
   * Kemenkes 2016 ("Anemia pada Remaja" p.4) [3P]. Table {@code anaemia.tsv}.
   */
  public Finding anaemia(AnaemiaGroup group, OptionalDouble haemoglobinGPerDl) {
    Objects.requireNonNull(group, "group");
    return banded(
        "anaemia.tsv",
        group.name(),
        group.code(),
        inputs("group", group.name()),
        "haemoglobinGPerDl",
        "Hb",
        "Hb",
        haemoglobinGPerDl);
  }

  /**
   * Anaemia by haemoglobin for a person on a date, the group chosen by {@link AnaemiaGroup#of(Sex,
   * LocalDate, LocalDate, boolean)}. A child younger than 6 months has no threshold: not assessed.
   */
  public Finding anaemia(
      Sex sex,
      LocalDate birthDate,
      LocalDate asOf,
      boolean pregnant,
      OptionalDouble haemoglobinGPerDl) {
    Optional<AnaemiaGroup> group = AnaemiaGroup.of(sex, birthDate, asOf, pregnant);
    if (group.isPresent()) {
      return anaemia(group.get(), haemoglobinGPerDl);
    }
    Map<String, String> in = inputs("birthDate", birthDate.toString());
    in.put("asOf", asOf.toString());
    return Findings.notAssessed(
        bands.get("anaemia.tsv").table(),
        AnaemiaGroup.CHILD_6_59_MONTHS.code(),
        SpmArea.KESEHATAN,
        in,
        List.of("ageMonths"),
        LocalizedText.of(
            "umur di bawah 6 bulan; ambang Hb berlaku mulai umur 6 bulan",
            "younger than 6 months; the Hb thresholds start at 6 months"));
  }

  /**
   * Blood glucose: diabetes, prediabetes or normal by the ILP juknis Tables 23-24 [C] (table {@code
   * glucose.tsv}).
   *
   * <p><b>The random-glucose gap.</b> The source classes a random value (GDS) as normal below 100
   * mg/dL and as prediabetes from 140; 100-139 is in neither. This rule does not call it normal: it
   * returns category {@code UNCLASSIFIED} with severity {@link Severity#FOLLOW_UP} and the advice
   * to measure fasting glucose, because "normal" is defined only below 100 and the PERKENI
   * screening table treats random 100-199 as "belum pasti DM" (not yet certain), whose next step is
   * a fasting test. The choice is data (a row of the table), not code.
   */
  public Finding glucose(GlucoseTest test, OptionalDouble value) {
    Objects.requireNonNull(test, "test");
    String unit = bands.get("glucose.tsv").unit(test.name());
    String param = test == GlucoseTest.HBA1C ? "hba1cPercent" : "glucoseMgPerDl";
    return banded(
        "glucose.tsv",
        test.name(),
        GLUCOSE,
        inputs("test", test.name()),
        param,
        test.nameId(),
        test.nameEn(),
        value);
  }

  /**
   * Adult body-mass index by the Kemenkes bands (Pedoman Gizi Seimbang 2014) [3P], table {@code
   * bmi-adult.tsv}: BMI = weight / height², rounded to one decimal (as the printed table is) before
   * it is classed. For adults (18 years and older); younger people are classed by BMI-for-age
   * z-scores (Permenkes 2/2020).
   */
  public Finding adultBmi(OptionalDouble weightKg, OptionalDouble heightCm) {
    BandTable t = bands.get("bmi-adult.tsv");
    Map<String, String> in = new LinkedHashMap<>();
    weightKg.ifPresent(w -> in.put("weightKg", Num.en(w)));
    heightCm.ifPresent(h -> in.put("heightCm", Num.en(h)));
    List<String> missing = new ArrayList<>();
    if (weightKg.isEmpty()
        || !(weightKg.getAsDouble() > 0)
        || Double.isInfinite(weightKg.getAsDouble())) {
      missing.add("weightKg");
    }
    if (heightCm.isEmpty()
        || !(heightCm.getAsDouble() > 0)
        || Double.isInfinite(heightCm.getAsDouble())) {
      missing.add("heightCm");
    }
    if (!missing.isEmpty()) {
      return Findings.notAssessed(
          t.table(),
          ADULT_BMI,
          SpmArea.KESEHATAN,
          in,
          missing,
          LocalizedText.of(
              String.join(", ", missing) + " tidak diisi atau tidak valid",
              String.join(", ", missing) + " missing or invalid"));
    }
    double m = heightCm.getAsDouble() / 100.0;
    double bmi = Math.round(weightKg.getAsDouble() / (m * m) * 10.0) / 10.0;
    in.put("bmiKgPerM2", Num.en(bmi));
    Band b = t.find("ADULT", bmi).orElseThrow();
    LocalizedText obs = Findings.measured("IMT", "BMI", bmi, t, b);
    LocalizedText why =
        LocalizedText.of(
            "IMT = "
                + Num.id(weightKg.getAsDouble())
                + " kg / ("
                + Num.id(m)
                + " m)², dibulatkan 1 desimal",
            "BMI = "
                + Num.en(weightKg.getAsDouble())
                + " kg / ("
                + Num.en(m)
                + " m)², rounded to 1 decimal");
    return Findings.assessed(t.table(), ADULT_BMI, SpmArea.KESEHATAN, b, in, obs, why);
  }

  /**
   * Central obesity by waist circumference: waist &gt; 90 cm for men, &gt; 80 cm for women
   * (Kemenkes P2PTM classification, [C] in the project's first domain brief, not re-checked); table
   * {@code waist.tsv}.
   */
  public Finding centralObesity(Sex sex, OptionalDouble waistCm) {
    Objects.requireNonNull(sex, "sex");
    return banded(
        "waist.tsv",
        sex.name(),
        CENTRAL_OBESITY,
        inputs("sex", sex.name()),
        "waistCm",
        "Lingkar perut",
        "Waist circumference",
        waistCm);
  }

  /**
   * Acute malnutrition of a child 6-59 months by mid-upper-arm circumference: &lt; 11.5 cm severe,
   * 11.5 to &lt; 12.5 cm moderate (WHO 2013 SAM guideline; Kemenkes gizi buruk guideline 2020) [B];
   * table {@code muac-child.tsv}. Outside 6-59 months ({@link #CHILD_MUAC_FROM}, {@link
   * #CHILD_MUAC_UNTIL}) the cut-offs do not apply: not assessed.
   */
  public Finding childMuac(LocalDate birthDate, LocalDate asOf, OptionalDouble muacCm) {
    if (asOf.isBefore(birthDate)) {
      throw new IllegalArgumentException("as-of date " + asOf + " is before the birth date");
    }
    Map<String, String> in = inputs("birthDate", birthDate.toString());
    in.put("asOf", asOf.toString());
    if (asOf.isBefore(Age.reachedOn(birthDate, CHILD_MUAC_FROM))
        || !asOf.isBefore(Age.reachedOn(birthDate, CHILD_MUAC_UNTIL))) {
      muacCm.ifPresent(v -> in.put("muacCm", Num.en(v)));
      Period age = Age.monthsAndDays(birthDate, asOf);
      return Findings.notAssessed(
          bands.get("muac-child.tsv").table(),
          CHILD_MUAC,
          SpmArea.KESEHATAN,
          in,
          List.of("ageMonths"),
          LocalizedText.of(
              "umur " + age.toTotalMonths() + " bulan di luar 6-59 bulan, rentang ambang LiLA anak",
              "age "
                  + age.toTotalMonths()
                  + " months is outside 6-59 months, the range of the child"
                  + " MUAC cut-offs"));
    }
    return banded(
        "muac-child.tsv", "CHILD_6_59_MONTHS", CHILD_MUAC, in, "muacCm", "LiLA", "MUAC", muacCm);
  }

  /**
   * Head circumference-for-age: microcephaly below -2 SD, macrocephaly above +2 SD (WHO Child
   * Growth Standards) [B]; table {@code head-circumference.tsv}. The z-score is computed by the
   * caller (e.g. with the WHO tables of posyandu's anthropometry package); a value exactly at ±2 is
   * normal.
   */
  public Finding headCircumference(OptionalDouble headCircumferenceForAgeZ) {
    return banded(
        "head-circumference.tsv",
        "CHILD",
        HEAD_CIRCUMFERENCE,
        new LinkedHashMap<>(),
        "headCircumferenceForAgeZ",
        "Z-skor lingkar kepala/umur",
        "Head circumference-for-age z",
        headCircumferenceForAgeZ);
  }

  /**
   * Activities of daily living (AKS/ADL, Barthel 0-20) of older people: juknis ILP, skrining
   * geriatri [C]; table {@code adl.tsv}. Any score other than 20 (mandiri) is referred.
   */
  public Finding adl(OptionalInt barthelScore) {
    return banded(
        "adl.tsv",
        "SCORE",
        ADL,
        new LinkedHashMap<>(),
        "barthelScore",
        "Skor AKS",
        "ADL score",
        toDouble(barthelScore));
  }

  /**
   * Child development by the KPSP: the number of "Ya" answers out of 10, 9-10 appropriate, 7-8
   * doubtful, 6 or fewer possible deviation (Pedoman SDIDTK, Kemenkes 2016) [B]; table {@code
   * kpsp.tsv}.
   */
  public Finding kpsp(OptionalInt yesAnswers) {
    return banded(
        "kpsp.tsv",
        "YES_COUNT",
        KPSP,
        new LinkedHashMap<>(),
        "kpspYesAnswers",
        "Jawaban \"Ya\" KPSP",
        "KPSP \"yes\" answers",
        toDouble(yesAnswers));
  }

  // ---------------------------------------------------------------- blood pressure

  /**
   * Blood-pressure class by the seven classes of the juknis ILP Table 22 [C] (table {@code
   * blood-pressure.tsv}): systolic and diastolic are classed separately and the higher class wins;
   * when the systolic is at least 140 and the diastolic below 90 the class is isolated systolic
   * hypertension (ISH), with the severity of the higher graded class.
   */
  public Finding bloodPressure(OptionalDouble systolicMmHg, OptionalDouble diastolicMmHg) {
    ReferenceTable t = bloodPressure.table();
    Map<String, String> in = new LinkedHashMap<>();
    systolicMmHg.ifPresent(v -> in.put("systolicMmHg", Num.en(v)));
    diastolicMmHg.ifPresent(v -> in.put("diastolicMmHg", Num.en(v)));
    List<String> missing = new ArrayList<>();
    if (!bloodPressure.valid(systolicMmHg)) {
      missing.add("systolicMmHg");
    }
    if (!bloodPressure.valid(diastolicMmHg)) {
      missing.add("diastolicMmHg");
    }
    if (!missing.isEmpty()) {
      return Findings.notAssessed(
          t,
          BLOOD_PRESSURE,
          SpmArea.KESEHATAN,
          in,
          missing,
          LocalizedText.of(
              "tekanan "
                  + String.join(" dan ", missing)
                      .replace("systolicMmHg", "sistolik")
                      .replace("diastolicMmHg", "diastolik")
                  + " tidak diisi atau tidak valid; kedua tekanan diperlukan",
              String.join(" and ", missing) + " missing or invalid; both pressures are needed"));
    }
    double s = systolicMmHg.getAsDouble();
    double d = diastolicMmHg.getAsDouble();
    BloodPressureTable.Outcome o = bloodPressure.classify(s, d);
    LocalizedText obs =
        LocalizedText.of(
            "Tekanan darah " + Num.id(s) + "/" + Num.id(d) + " mmHg",
            "Blood pressure " + Num.en(s) + "/" + Num.en(d) + " mmHg");
    LocalizedText sys = pressure("sistolik", "systolic", s, o.systolic());
    LocalizedText dia = pressure("diastolik", "diastolic", d, o.diastolic());
    String whyId =
        sys.id() + "; " + dia.id() + "; kelas yang lebih tinggi dipakai: " + o.graded().label().id();
    String whyEn =
        sys.en() + "; " + dia.en() + "; the higher class is used: " + o.graded().label().en();
    if (o.pattern().isPresent()) {
      Band p = o.pattern().get();
      whyId +=
          "; sistolik "
              + bloodPressure.describe(p.range()).id()
              + " dengan diastolik "
              + bloodPressure.describe(o.patternDiastolic()).id()
              + " → "
              + p.label().id();
      whyEn +=
          "; systolic "
              + bloodPressure.describe(p.range()).en()
              + " with diastolic "
              + bloodPressure.describe(o.patternDiastolic()).en()
              + " → "
              + p.label().en();
    }
    in.put("systolicClass", o.systolic().category());
    in.put("diastolicClass", o.diastolic().category());
    Band shown = o.pattern().orElse(o.graded());
    return Findings.assessed(
        t,
        BLOOD_PRESSURE,
        SpmArea.KESEHATAN,
        shown.category(),
        shown.label(),
        o.severity(),
        o.referral(),
        shown.advice(),
        in,
        obs,
        LocalizedText.of(whyId, whyEn));
  }

  /** "sistolik 150 mmHg (≥ 140 dan < 160 mmHg) → Hipertensi derajat 1" in both languages. */
  private LocalizedText pressure(String nameId, String nameEn, double mmHg, Band band) {
    LocalizedText range = bloodPressure.describe(band.range());
    return LocalizedText.of(
        nameId + " " + Num.id(mmHg) + " mmHg (" + range.id() + ") → " + band.label().id(),
        nameEn + " " + Num.en(mmHg) + " mmHg (" + range.en() + ") → " + band.label().en());
  }

  /**
   * The graded class (OPTIMAL ... HT3) of a blood pressure by the higher-class-wins rule, without
   * the ISH pattern: the code of the class, e.g. {@code HT1}.
   *
   * @throws IllegalArgumentException when a pressure is negative or not finite
   */
  public String bloodPressureGrade(double systolicMmHg, double diastolicMmHg) {
    if (!bloodPressure.valid(OptionalDouble.of(systolicMmHg))
        || !bloodPressure.valid(OptionalDouble.of(diastolicMmHg))) {
      throw new IllegalArgumentException(
          "invalid blood pressure " + systolicMmHg + "/" + diastolicMmHg);
    }
    return bloodPressure.classify(systolicMmHg, diastolicMmHg).graded().category();
  }

  /** The rank of a graded blood-pressure class in the table (0 for the lowest). */
  public int bloodPressureRank(String gradeCategory) {
    return bloodPressure.rank(gradeCategory);
  }

  // ---------------------------------------------------------------- scores with a cut-off
  // parameter

  /**
   * PUMA questionnaire for COPD risk with the table's default high-risk cut-off (6): juknis ILP,
   * skrining PPOK [C]; table {@code puma.tsv}.
   *
   * @see #puma(OptionalInt, OptionalInt, int)
   */
  public Finding puma(OptionalInt ageYears, OptionalInt score) {
    return puma(ageYears, score, defaultCutoff("puma.tsv", "SCORE"));
  }

  /**
   * PUMA questionnaire for COPD risk: for people aged 40 and older (table metadata {@code
   * min-age-years}); a score at or above {@code highRiskMinScore} is high risk and is referred for
   * spirometry. The juknis ILP uses 6 [C]; other forms use 5, hence the parameter.
   *
   * @param highRiskMinScore the lowest high-risk score, within the score range of the table
   * @throws IllegalArgumentException when the cut-off is outside the score range
   */
  public Finding puma(OptionalInt ageYears, OptionalInt score, int highRiskMinScore) {
    BandTable t = bands.get("puma.tsv");
    int minAge = t.intParameter("min-age-years");
    Map<String, String> in = new LinkedHashMap<>();
    ageYears.ifPresent(a -> in.put("ageYears", Integer.toString(a)));
    if (ageYears.isEmpty() || ageYears.getAsInt() < minAge) {
      score.ifPresent(v -> in.put("pumaScore", Integer.toString(v)));
      return Findings.notAssessed(
          t.table(),
          PUMA,
          SpmArea.KESEHATAN,
          in,
          List.of("ageYears"),
          LocalizedText.of(
              ageYears.isEmpty()
                  ? "umur tidak diisi"
                  : "umur "
                      + ageYears.getAsInt()
                      + " tahun; PUMA untuk umur ≥ "
                      + minAge
                      + " tahun",
              ageYears.isEmpty()
                  ? "age not given"
                  : "age " + ageYears.getAsInt() + " years; PUMA is for ages ≥ " + minAge));
    }
    return cutoff(
        t, "SCORE", PUMA, in, "pumaScore", "Skor PUMA", "PUMA score", score, highRiskMinScore);
  }

  /**
   * TB symptom screen with the table's default cut-off (2 symptoms).
   *
   * @see #tbSymptoms(Map, int)
   */
  public Finding tbSymptoms(Map<TbSymptom, Boolean> answers) {
    return tbSymptoms(answers, defaultCutoff("tb-symptoms.tsv", "COUNT"));
  }

  /**
   * TB symptom screen of the ILP kader form: presumptive TB, referred for sputum testing, when at
   * least {@code minSymptoms} symptoms are present (the form asks for 2 [C]; the symptom list is
   * [3P], the count a parameter [B]); table {@code tb-symptoms.tsv}. A symptom absent from the map
   * was not asked: when the symptoms present are already enough the screen is positive, otherwise
   * an unanswered symptom makes it not assessed.
   */
  public Finding tbSymptoms(Map<TbSymptom, Boolean> answers, int minSymptoms) {
    BandTable t = bands.get("tb-symptoms.tsv");
    checkCutoff(t, "COUNT", minSymptoms);
    Map<String, String> in = new LinkedHashMap<>();
    List<String> yes = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    StringBuilder yesId = new StringBuilder();
    StringBuilder yesEn = new StringBuilder();
    for (TbSymptom s : TbSymptom.values()) {
      Boolean a = answers.get(s);
      if (a == null) {
        missing.add(s.name());
        continue;
      }
      in.put(s.name(), a.toString());
      if (a) {
        yes.add(s.name());
        yesId.append(yesId.length() == 0 ? "" : ", ").append(s.label().id());
        yesEn.append(yesEn.length() == 0 ? "" : ", ").append(s.label().en());
      }
    }
    int count = yes.size();
    if (count < minSymptoms && !missing.isEmpty()) {
      return Findings.notAssessed(
          t.table(),
          TB_SYMPTOMS,
          SpmArea.KESEHATAN,
          in,
          missing,
          LocalizedText.of(
              missing.size()
                  + " gejala belum ditanyakan ("
                  + String.join(", ", missing)
                  + ") dan gejala yang ada ("
                  + count
                  + ") belum mencapai "
                  + minSymptoms,
              missing.size()
                  + " symptoms not asked ("
                  + String.join(", ", missing)
                  + ") and the symptoms present ("
                  + count
                  + ") do not reach "
                  + minSymptoms));
    }
    LocalizedText listed =
        LocalizedText.of(
            yes.isEmpty() ? "tidak ada" : yesId.toString(),
            yes.isEmpty() ? "none" : yesEn.toString());
    return cutoffOutcome(
        t,
        "COUNT",
        TB_SYMPTOMS,
        in,
        "tbSymptomCount",
        "Jumlah gejala TBC",
        "Number of TB symptoms",
        count,
        minSymptoms,
        LocalizedText.of("gejala: " + listed.id(), "symptoms: " + listed.en()));
  }

  /**
   * The default number of TB symptoms from which {@link #tbSymptoms(Map)} finds presumptive TB:
   * the lower bound of the referral band of {@code tb-symptoms.tsv} (2, the ILP Posyandu form
   * column "2 gejala TB" [C]). For bulk callers, such as the six-SPM report, that hold the count of
   * symptoms found with every symptom asked: {@code count >= tbPresumptiveMinSymptoms()} is then
   * the verdict {@link #tbSymptoms(Map)} gives, without building a {@link Finding}.
   */
  public int tbPresumptiveMinSymptoms() {
    return defaultCutoff("tb-symptoms.tsv", "COUNT");
  }

  /**
   * SRQ-20 mental-health screen: abnormal at 6 or more "Ya" answers, or when item 17 (thoughts of
   * ending one's life) is "Ya" (juknis ILP, skrining jiwa [C]); table {@code srq20.tsv}. Items are
   * numbered 1-20; an item absent from the map was not answered: the screen is abnormal if the
   * answers given already make it so, and otherwise not assessed.
   *
   * @throws IllegalArgumentException when an item number is outside 1-20
   */
  public Finding srq20(Map<Integer, Boolean> answers) {
    BandTable t = bands.get("srq20.tsv");
    int items = t.intParameter("items");
    int critical = t.intParameter("critical-item");
    int abnormalFrom = defaultCutoff(t, "SCORE");
    Map<String, String> in = new LinkedHashMap<>();
    int yes = 0;
    List<String> missing = new ArrayList<>();
    for (Integer k : answers.keySet()) {
      if (k == null || k < 1 || k > items) {
        throw new IllegalArgumentException("SRQ-20 item " + k + " is outside 1-" + items);
      }
    }
    for (int i = 1; i <= items; i++) {
      Boolean a = answers.get(i);
      if (a == null) {
        missing.add("item" + i);
      } else {
        in.put("item" + i, a.toString());
        yes += a ? 1 : 0;
      }
    }
    in.put("yesCount", Integer.toString(yes));
    boolean criticalYes = Boolean.TRUE.equals(answers.get(critical));
    LocalizedText obs =
        LocalizedText.of(
            "SRQ-20: "
                + yes
                + " jawaban \"Ya\" dari "
                + (items - missing.size())
                + " butir terjawab"
                + (criticalYes ? ", butir " + critical + " \"Ya\"" : ""),
            "SRQ-20: "
                + yes
                + " \"yes\" answers of "
                + (items - missing.size())
                + " answered"
                + (criticalYes ? ", item " + critical + " \"yes\"" : ""));
    if (criticalYes) {
      Band c = t.category("CRITICAL", "ABNORMAL_SUICIDAL_THOUGHTS");
      return Findings.assessed(
          t.table(),
          SRQ20,
          SpmArea.KESEHATAN,
          c,
          in,
          obs,
          LocalizedText.of(
              "butir " + critical + " \"Ya\" membuat hasil abnormal berapa pun jumlahnya",
              "item " + critical + " \"yes\" makes the result abnormal whatever the count"));
    }
    if (yes < abnormalFrom && !missing.isEmpty()) {
      return Findings.notAssessed(
          t.table(),
          SRQ20,
          SpmArea.KESEHATAN,
          in,
          missing,
          LocalizedText.of(
              missing.size() + " butir belum dijawab (" + String.join(", ", missing) + ")",
              missing.size() + " items not answered (" + String.join(", ", missing) + ")"));
    }
    Band b = t.find("SCORE", yes).orElseThrow();
    return Findings.assessed(
        t.table(),
        SRQ20,
        SpmArea.KESEHATAN,
        b,
        in,
        LocalizedText.of(
            obs.id() + " (kriteria " + t.describe(b).id() + ")",
            obs.en() + " (criterion " + t.describe(b).en() + ")"),
        LocalizedText.of(
            "butir " + critical + " tidak \"Ya\"", "item " + critical + " not \"yes\""));
  }

  /**
   * PHQ-4 style screen with the table's default subscale cut-off (3).
   *
   * @see #phq4(Phq4Answers, int)
   */
  public Finding phq4(Phq4Answers answers) {
    return phq4(answers, defaultCutoff("phq4.tsv", "SUBSCALE"));
  }

  /**
   * PHQ-4 style screen of the CKG / ILP kader forms (items [3P]): positive, and referred, when the
   * depression subscale (PHQ-2: interest, feeling down) or the anxiety subscale (GAD-2: nervous,
   * worry) reaches {@code subscalePositiveMin}; the official cut-off was not found, so the default
   * is the standard PHQ-4 rule of 3 [B] and the caller may override it. The total (0-12) band is
   * reported for information. Table {@code phq4.tsv}. A subscale with a missing answer counts only
   * if the other answers already make the screen positive.
   *
   * @throws IllegalArgumentException when an answer is outside 0-3 or the cut-off outside 0-6
   */
  public Finding phq4(Phq4Answers answers, int subscalePositiveMin) {
    BandTable t = bands.get("phq4.tsv");
    checkCutoff(t, "SUBSCALE", subscalePositiveMin);
    Map<String, String> in = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    int dep =
        sum(
            in,
            missing,
            "lackOfInterest",
            answers.lackOfInterest(),
            "feelingDown",
            answers.feelingDown());
    int anx =
        sum(
            in,
            missing,
            "nervous",
            answers.nervous(),
            "uncontrollableWorry",
            answers.uncontrollableWorry());
    boolean depPositive = dep >= subscalePositiveMin;
    boolean anxPositive = anx >= subscalePositiveMin;
    if (!missing.isEmpty() && !depPositive && !anxPositive) {
      return Findings.notAssessed(
          t.table(),
          PHQ4,
          SpmArea.KESEHATAN,
          in,
          missing,
          LocalizedText.of(
              "jawaban belum lengkap (" + String.join(", ", missing) + ")",
              "answers incomplete (" + String.join(", ", missing) + ")"));
    }
    in.put("depressionSubscale", Integer.toString(dep));
    in.put("anxietySubscale", Integer.toString(anx));
    Band outcome =
        depPositive || anxPositive
            ? t.category("SUBSCALE", "POSITIVE")
            : t.category("SUBSCALE", "NEGATIVE");
    LocalizedText obs =
        LocalizedText.of(
            "PHQ-4: subskala depresi (PHQ-2) "
                + dep
                + ", subskala cemas (GAD-2) "
                + anx
                + " (kriteria positif ≥ "
                + subscalePositiveMin
                + " per subskala)",
            "PHQ-4: depression subscale (PHQ-2) "
                + dep
                + ", anxiety subscale (GAD-2) "
                + anx
                + " (positive at ≥ "
                + subscalePositiveMin
                + " per subscale)");
    String whichId =
        depPositive && anxPositive
            ? "depresi dan cemas"
            : depPositive ? "depresi" : anxPositive ? "cemas" : "tidak ada";
    String whichEn =
        depPositive && anxPositive
            ? "depression and anxiety"
            : depPositive ? "depression" : anxPositive ? "anxiety" : "none";
    String totalId = "";
    String totalEn = "";
    if (missing.isEmpty()) {
      int total = dep + anx;
      in.put("total", Integer.toString(total));
      Band tb = t.find("TOTAL", total).orElseThrow();
      totalId = "; skor total " + total + ": " + tb.label().id();
      totalEn = "; total score " + total + ": " + tb.label().en();
    }
    return Findings.assessed(
        t.table(),
        PHQ4,
        SpmArea.KESEHATAN,
        outcome,
        in,
        obs,
        LocalizedText.of(
            "subskala positif: " + whichId + totalId, "positive subscales: " + whichEn + totalEn));
  }

  // ---------------------------------------------------------------- SKILAS

  /**
   * SKILAS (Skrining Lansia Sederhana) of older people: positive, with follow-up by a health
   * worker, when at least one of the six domains is positive (juknis ILP, skrining geriatri [C]);
   * tables {@code skilas.tsv} and {@code skilas-domains.tsv} (the follow-up instrument of each
   * domain). A domain absent from the map was not screened: the result is positive if a screened
   * domain is positive, and otherwise not assessed.
   */
  public Finding skilas(Map<SkilasDomain, Boolean> domainPositive) {
    BandTable t = bands.get("skilas.tsv");
    Map<String, String> in = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    List<SkilasDomain> positive = new ArrayList<>();
    Map<SkilasDomain, Boolean> sorted = new EnumMap<>(SkilasDomain.class);
    sorted.putAll(domainPositive);
    for (SkilasDomain d : SkilasDomain.values()) {
      Boolean a = sorted.get(d);
      if (a == null) {
        missing.add(d.name());
      } else {
        in.put(d.name(), a.toString());
        if (a) {
          positive.add(d);
        }
      }
    }
    int minDomains = t.intParameter("positive-min-domains");
    if (positive.size() < minDomains && !missing.isEmpty()) {
      return Findings.notAssessed(
          t.table(),
          SKILAS,
          SpmArea.KESEHATAN,
          in,
          missing,
          LocalizedText.of(
              missing.size() + " ranah belum diperiksa (" + String.join(", ", missing) + ")",
              missing.size() + " domains not screened (" + String.join(", ", missing) + ")"));
    }
    Band b =
        positive.size() >= minDomains
            ? t.category("DOMAINS", "POSITIVE")
            : t.category("DOMAINS", "NEGATIVE");
    StringBuilder id = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (SkilasDomain d : positive) {
      ReferenceTable.Row r =
          skilasDomains.rows().stream()
              .filter(x -> x.text("domain").equals(d.name()))
              .findFirst()
              .orElseThrow();
      id.append(id.length() == 0 ? "" : "; ")
          .append(r.text("label_id"))
          .append(" → ")
          .append(r.text("follow_up"));
      en.append(en.length() == 0 ? "" : "; ")
          .append(r.text("label_en"))
          .append(" → ")
          .append(r.text("follow_up"));
    }
    LocalizedText obs =
        LocalizedText.of(
            "SKILAS: "
                + positive.size()
                + " dari 6 ranah positif "
                + "(kriteria positif ≥ "
                + minDomains
                + " ranah)",
            "SKILAS: "
                + positive.size()
                + " of 6 domains positive (positive at ≥ "
                + minDomains
                + " domain)");
    LocalizedText why =
        positive.isEmpty()
            ? NONE
            : LocalizedText.of(
                "ranah positif dan instrumen lanjutan: " + id,
                "positive domains and follow-up instruments: " + en);
    return Findings.assessed(t.table(), SKILAS, SpmArea.KESEHATAN, b, in, obs, why);
  }

  // ---------------------------------------------------------------- helpers

  private Finding banded(
      String resource,
      String group,
      String code,
      Map<String, String> in,
      String inputName,
      String nameId,
      String nameEn,
      OptionalDouble value) {
    BandTable t = bands.get(resource);
    if (value.isEmpty()) {
      return notGiven(t, code, in, inputName, nameId, nameEn);
    }
    double v = value.getAsDouble();
    in.put(inputName, Num.en(v));
    Optional<Band> b = Double.isFinite(v) ? t.find(group, v) : Optional.empty();
    if (b.isEmpty()) {
      LocalizedText domain = t.domain(group).describe(t.unit(group), t.integerScale());
      return Findings.notAssessed(
          t.table(),
          code,
          SpmArea.KESEHATAN,
          in,
          List.of(inputName),
          LocalizedText.of(
              nameId + " " + Num.id(v) + " tidak valid (harus " + domain.id() + ")",
              nameEn + " " + Num.en(v) + " is invalid (must be " + domain.en() + ")"));
    }
    return Findings.assessed(
        t.table(),
        code,
        SpmArea.KESEHATAN,
        b.get(),
        in,
        Findings.measured(nameId, nameEn, v, t, b.get()),
        NONE);
  }

  private int defaultCutoff(String resource, String group) {
    return defaultCutoff(bands.get(resource), group);
  }

  private static void checkCutoff(BandTable t, String group, int cutoff) {
    Interval d = t.domain(group);
    if (!d.contains(cutoff) || cutoff == d.lower()) {
      throw new IllegalArgumentException(
          "cut-off " + cutoff + " must lie inside " + d + " of " + t.table().id());
    }
  }

  private Finding cutoff(
      BandTable t,
      String group,
      String code,
      Map<String, String> in,
      String inputName,
      String nameId,
      String nameEn,
      OptionalInt value,
      int cut) {
    checkCutoff(t, group, cut);
    if (value.isEmpty()) {
      return notGiven(t, code, in, inputName, nameId, nameEn);
    }
    int v = value.getAsInt();
    in.put(inputName, Integer.toString(v));
    if (!t.domain(group).contains(v)) {
      LocalizedText domain = t.domain(group).describe("", true);
      return Findings.notAssessed(
          t.table(),
          code,
          SpmArea.KESEHATAN,
          in,
          List.of(inputName),
          LocalizedText.of(
              nameId + " " + v + " tidak valid (harus " + domain.id() + ")",
              nameEn + " " + v + " is invalid (must be " + domain.en() + ")"));
    }
    return cutoffOutcome(t, group, code, in, inputName, nameId, nameEn, v, cut, NONE);
  }

  /** Two bands (below and at-or-above the cut-off); the cut-off may differ from the table's. */
  private Finding cutoffOutcome(
      BandTable t,
      String group,
      String code,
      Map<String, String> in,
      String inputName,
      String nameId,
      String nameEn,
      int value,
      int cut,
      LocalizedText extra) {
    checkCutoff(t, group, cut);
    List<Band> b = t.bands(group);
    Band low = b.get(0);
    Band high = b.get(b.size() - 1);
    boolean positive = value >= cut;
    Band outcome = positive ? high : low;
    in.put(inputName, Integer.toString(value));
    in.put("cutoff", Integer.toString(cut));
    int tableCut = defaultCutoff(t, group);
    String note =
        cut == tableCut ? "" : "; ambang " + cut + " dipilih pengguna (tabel: " + tableCut + ")";
    String noteEn =
        cut == tableCut
            ? ""
            : "; cut-off " + cut + " chosen by the caller (table: " + tableCut + ")";
    LocalizedText obs =
        LocalizedText.of(
            nameId + " " + value + " (kriteria " + (positive ? "≥ " : "< ") + cut + note + ")",
            nameEn + " " + value + " (criterion " + (positive ? "≥ " : "< ") + cut + noteEn + ")");
    return Findings.assessed(t.table(), code, SpmArea.KESEHATAN, outcome, in, obs, extra);
  }

  private static int defaultCutoff(BandTable t, String group) {
    List<Band> b = t.bands(group);
    return (int) Math.ceil(b.get(b.size() - 1).range().lower());
  }

  private static int sum(
      Map<String, String> in,
      List<String> missing,
      String n1,
      OptionalInt a1,
      String n2,
      OptionalInt a2) {
    int s = 0;
    for (Object[] p : new Object[][] {{n1, a1}, {n2, a2}}) {
      String name = (String) p[0];
      OptionalInt a = (OptionalInt) p[1];
      if (a.isEmpty()) {
        missing.add(name);
      } else {
        if (a.getAsInt() < 0 || a.getAsInt() > 3) {
          throw new IllegalArgumentException(
              "PHQ-4 answer " + name + " = " + a.getAsInt() + " is outside 0-3");
        }
        in.put(name, Integer.toString(a.getAsInt()));
        s += a.getAsInt();
      }
    }
    return s;
  }

  private static OptionalDouble toDouble(OptionalInt v) {
    return v.isPresent() ? OptionalDouble.of(v.getAsInt()) : OptionalDouble.empty();
  }

  private static Map<String, String> inputs(String key, String value) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(key, value);
    return m;
  }

  @Override
  public String toString() {
    Map<String, String> v = new TreeMap<>();
    bands.forEach((k, t) -> v.put(k, t.table().version().orElse("?")));
    return "Screening" + v;
  }

  /** The finding of a band-table screening whose one input was not given. */
  private static Finding notGiven(BandTable t, String code, Map<String, String> in,
      String inputName, String nameId, String nameEn) {
    return Findings.notAssessed(t.table(), code, SpmArea.KESEHATAN, in, List.of(inputName),
        LocalizedText.of(nameId + " tidak diisi", nameEn + " not given"));
  }
}
