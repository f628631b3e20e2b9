package id.posyandu.rules.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.core.Sex;
import id.posyandu.core.SpmArea;
import id.posyandu.rules.Confidence;
import id.posyandu.rules.Finding;
import id.posyandu.rules.ReferralTarget;
import id.posyandu.rules.Severity;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked examples and boundary values of every screening rule. Unless a test says otherwise, the
 * expected values are read off the source table cited in the rule's reference data (VERIFIED.md
 * sections 5.1-5.9 and section 11).
 */
class ScreeningTest {

  private static final Screening S = Screening.standard();

  private static OptionalDouble v(double x) {
    return OptionalDouble.of(x);
  }

  private static OptionalInt i(int x) {
    return OptionalInt.of(x);
  }

  @Nested
  class Kek {
    // juknis ILP "PMT ibu hamil KEK": Ibu hamil KEK = LiLA < 23,5 cm.
    @Test
    void
        pregnantWomanBelow23point5IsKekAndReferredWithAnExplanationNamingInputThresholdAndSource() {
      Finding f = S.kek(KekGroup.PREGNANT, v(22.1));
      assertThat(f.code()).isEqualTo("KES.BUMIL.KEK");
      assertThat(f.area()).isEqualTo(SpmArea.KESEHATAN);
      assertThat(f.category()).isEqualTo("KEK");
      assertThat(f.severity()).isEqualTo(Severity.REFER);
      assertThat(f.referral()).contains(ReferralTarget.PUSKESMAS);
      assertThat(f.inputs()).containsEntry("muacCm", "22.1").containsEntry("group", "PREGNANT");
      assertThat(f.explanation().id())
          .startsWith("LiLA 22,1 cm (kriteria < 23,5 cm): Risiko kurang" + " energi kronis (KEK).")
          .contains("Rujuk ke Puskesmas")
          .contains("juknis ILP")
          .contains("[C]")
          .contains("screening.kek.pregnant");
      assertThat(f.explanation().en())
          .startsWith("MUAC 22.1 cm (criterion < 23.5 cm): At risk of")
          .contains("Refer to the Puskesmas")
          .contains("Source: ");
      assertThat(f.citation().confidence()).isEqualTo(Confidence.CONFIRMED);
      assertThat(f.referenceVersion()).contains("ILP-2023");
    }

    @ParameterizedTest
    @CsvSource({"23.49, KEK", "23.5, NORMAL", "23.51, NORMAL"})
    void boundaryAt23point5BelongsToNormal(double muac, String category) {
      assertThat(S.kek(KekGroup.PREGNANT, v(muac)).category()).isEqualTo(category);
      assertThat(S.kek(KekGroup.WUS, v(muac)).category()).isEqualTo(category);
    }

    @Test
    void wusUsesItsOwnBackgroundTaggedTableAndIsAFollowUpNotAReferral() {
      Finding f = S.kek(KekGroup.WUS, v(21));
      assertThat(f.code()).isEqualTo("KES.WUS.KEK");
      assertThat(f.severity()).isEqualTo(Severity.FOLLOW_UP);
      assertThat(f.citation().confidence()).isEqualTo(Confidence.BACKGROUND);
      assertThat(f.explanation().id()).contains("[B]");
    }

    @Test
    void missingMuacIsNotAssessedAndSaysWhatIsMissing() {
      Finding f = S.kek(KekGroup.PREGNANT, OptionalDouble.empty());
      assertThat(f.severity()).isEqualTo(Severity.NOT_ASSESSED);
      assertThat(f.category()).isEqualTo(Finding.NOT_ASSESSED);
      assertThat(f.isAssessed()).isFalse();
      assertThat(f.missingInputs()).containsExactly("muacCm");
      assertThat(f.explanation().id()).startsWith("Tidak dapat dinilai: LiLA tidak diisi.");
      assertThat(f.explanation().en()).startsWith("Not assessed: MUAC not given.");
    }

    @Test
    void negativeOrNonFiniteMuacIsNotAssessedAsInvalid() {
      for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
        Finding f = S.kek(KekGroup.PREGNANT, v(bad));
        assertThat(f.severity()).as("%s", bad).isEqualTo(Severity.NOT_ASSESSED);
        assertThat(f.explanation().en()).contains("invalid");
      }
    }
  }

  @Nested
  class Anaemia {
    // WHO 2011 / Kemenkes 2016 table (VERIFIED.md 5.1): each group's not-anaemic, mild, moderate
    // and
    // severe bands, tested on both sides of each cut-off.
    @ParameterizedTest
    @CsvSource({
      "CHILD_6_59_MONTHS, 11.0, NORMAL", "CHILD_6_59_MONTHS, 10.99, MILD",
      "CHILD_6_59_MONTHS, 10.0, MILD", "CHILD_6_59_MONTHS, 9.99, MODERATE",
      "CHILD_6_59_MONTHS, 7.0, MODERATE", "CHILD_6_59_MONTHS, 6.99, SEVERE",
      "CHILD_5_11_YEARS, 11.5, NORMAL", "CHILD_5_11_YEARS, 11.49, MILD",
      "CHILD_5_11_YEARS, 11.0, MILD", "CHILD_5_11_YEARS, 10.99, MODERATE",
      "CHILD_5_11_YEARS, 8.0, MODERATE", "CHILD_5_11_YEARS, 7.99, SEVERE",
      "CHILD_12_14_YEARS, 12.0, NORMAL", "CHILD_12_14_YEARS, 11.99, MILD",
      "CHILD_12_14_YEARS, 11.0, MILD", "CHILD_12_14_YEARS, 10.99, MODERATE",
      "CHILD_12_14_YEARS, 8.0, MODERATE", "CHILD_12_14_YEARS, 7.99, SEVERE",
      "WOMAN_15_PLUS, 12.0, NORMAL", "WOMAN_15_PLUS, 11.99, MILD",
      "WOMAN_15_PLUS, 11.0, MILD", "WOMAN_15_PLUS, 10.99, MODERATE",
      "WOMAN_15_PLUS, 8.0, MODERATE", "WOMAN_15_PLUS, 7.99, SEVERE",
      "PREGNANT, 11.0, NORMAL", "PREGNANT, 10.99, MILD",
      "PREGNANT, 10.0, MILD", "PREGNANT, 9.99, MODERATE",
      "PREGNANT, 7.0, MODERATE", "PREGNANT, 6.99, SEVERE",
      "MAN_15_PLUS, 13.0, NORMAL", "MAN_15_PLUS, 12.99, MILD",
      "MAN_15_PLUS, 11.0, MILD", "MAN_15_PLUS, 10.99, MODERATE",
      "MAN_15_PLUS, 8.0, MODERATE", "MAN_15_PLUS, 7.99, SEVERE"
    })
    void bandsOfEachGroup(AnaemiaGroup group, double hb, String category) {
      Finding f = S.anaemia(group, v(hb));
      assertThat(f.category()).isEqualTo(category);
      assertThat(f.code()).isEqualTo(group.code());
      assertThat(f.severity())
          .isEqualTo(
              switch (category) {
                case "NORMAL" -> Severity.NORMAL;
                case "SEVERE" -> Severity.URGENT;
                default -> Severity.REFER;
              });
    }

    @Test
    void pregnantWomanWithHb10point5HasMildAnaemiaExplainedInBothLanguages() {
      Finding f = S.anaemia(AnaemiaGroup.PREGNANT, v(10.5));
      assertThat(f.explanation().id())
          .startsWith("Hb 10,5 g/dL (kriteria ≥ 10 dan < 11 g/dL): " + "Anemia ringan.")
          .contains("WHO 2011")
          .contains("[3P]");
      assertThat(f.explanation().en())
          .startsWith("Hb 10.5 g/dL (criterion ≥ 10 and < 11 g/dL): " + "Mild anaemia.");
    }

    @Test
    void groupIsChosenByAgeOnTheExactBirthdays() {
      LocalDate birth = LocalDate.of(2020, 3, 31);
      // 6 months after 31 March is 1 October: September has no 31st, so the sixth month is
      // completed on the first day of the next month (Age.reachedOn, the library's one definition).
      assertThat(AnaemiaGroup.of(Sex.MALE, birth, LocalDate.of(2020, 9, 30), false)).isEmpty();
      assertThat(AnaemiaGroup.of(Sex.MALE, birth, LocalDate.of(2020, 10, 1), false))
          .contains(AnaemiaGroup.CHILD_6_59_MONTHS);
      assertThat(AnaemiaGroup.of(Sex.MALE, birth, LocalDate.of(2025, 3, 30), false))
          .contains(AnaemiaGroup.CHILD_6_59_MONTHS);
      assertThat(AnaemiaGroup.of(Sex.MALE, birth, LocalDate.of(2025, 3, 31), false))
          .contains(AnaemiaGroup.CHILD_5_11_YEARS);
      assertThat(AnaemiaGroup.of(Sex.MALE, birth, LocalDate.of(2032, 3, 30), false))
          .contains(AnaemiaGroup.CHILD_5_11_YEARS);
      assertThat(AnaemiaGroup.of(Sex.MALE, birth, LocalDate.of(2032, 3, 31), false))
          .contains(AnaemiaGroup.CHILD_12_14_YEARS);
      assertThat(AnaemiaGroup.of(Sex.MALE, birth, LocalDate.of(2035, 3, 30), false))
          .contains(AnaemiaGroup.CHILD_12_14_YEARS);
      assertThat(AnaemiaGroup.of(Sex.MALE, birth, LocalDate.of(2035, 3, 31), false))
          .contains(AnaemiaGroup.MAN_15_PLUS);
      assertThat(AnaemiaGroup.of(Sex.FEMALE, birth, LocalDate.of(2035, 3, 31), false))
          .contains(AnaemiaGroup.WOMAN_15_PLUS);
      assertThat(AnaemiaGroup.of(Sex.FEMALE, birth, LocalDate.of(2035, 3, 31), true))
          .contains(AnaemiaGroup.PREGNANT);
      assertThatThrownBy(() -> AnaemiaGroup.of(Sex.MALE, birth, LocalDate.of(2040, 1, 1), true))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void infantUnderSixMonthsIsNotAssessedBecauseNoThresholdApplies() {
      LocalDate birth = LocalDate.of(2026, 1, 10);
      Finding f = S.anaemia(Sex.FEMALE, birth, LocalDate.of(2026, 7, 9), false, v(9.0));
      assertThat(f.severity()).isEqualTo(Severity.NOT_ASSESSED);
      assertThat(f.missingInputs()).containsExactly("ageMonths");
      assertThat(f.explanation().en()).contains("younger than 6 months");
      assertThat(S.anaemia(Sex.FEMALE, birth, LocalDate.of(2026, 7, 10), false, v(9.0)).category())
          .isEqualTo("MODERATE");
    }
  }

  @Nested
  class BloodPressure {
    // juknis ILP Table 22; the higher of the systolic and diastolic classes wins.
    @ParameterizedTest
    @CsvSource({
      "119, 79, OPTIMAL",
      "120, 79, NORMAL",
      "119, 80, NORMAL",
      "129, 84, NORMAL",
      "130, 84, HIGH_NORMAL",
      "129, 85, HIGH_NORMAL",
      "139, 89, HIGH_NORMAL",
      "140, 90, HT1",
      "139, 90, HT1",
      "159, 99, HT1",
      "160, 99, HT2",
      "159, 100, HT2",
      "179, 109, HT2",
      "180, 109, HT3",
      "179, 110, HT3",
      "220, 130, HT3",
      "140, 89, ISH",
      "179, 89, ISH",
      "180, 89, ISH",
      "139, 89, HIGH_NORMAL",
      "110, 95, HT1",
      "125, 105, HT2"
    })
    void sevenClassesOnEveryBoundary(double sys, double dia, String category) {
      assertThat(S.bloodPressure(v(sys), v(dia)).category()).isEqualTo(category);
    }

    @Test
    void isolatedSystolicHypertensionTakesTheSeverityOfItsSystolicGrade() {
      assertThat(S.bloodPressure(v(150), v(85)).severity()).isEqualTo(Severity.REFER);
      Finding grade3 = S.bloodPressure(v(185), v(85));
      assertThat(grade3.category()).isEqualTo("ISH");
      assertThat(grade3.severity()).isEqualTo(Severity.URGENT);
      assertThat(grade3.explanation().en())
          .contains("Grade 3 hypertension")
          .contains("Isolated systolic hypertension");
    }

    @Test
    void explanationShowsBothPressuresTheirClassesAndTheHigherClassRule() {
      Finding f = S.bloodPressure(v(150), v(95));
      assertThat(f.code()).isEqualTo("KES.PTM.TEKANAN_DARAH");
      assertThat(f.category()).isEqualTo("HT1");
      assertThat(f.referral()).contains(ReferralTarget.PUSKESMAS);
      assertThat(f.inputs())
          .containsEntry("systolicMmHg", "150")
          .containsEntry("diastolicMmHg", "95")
          .containsEntry("systolicClass", "HT1")
          .containsEntry("diastolicClass", "HT1");
      assertThat(f.explanation().id())
          .startsWith("Tekanan darah 150/95 mmHg: Hipertensi derajat 1.")
          .contains("Sistolik 150 mmHg (≥ 140 dan < 160 mmHg) → Hipertensi derajat 1")
          .contains("diastolik 95 mmHg (≥ 90 dan < 100 mmHg)")
          .contains("kelas yang lebih tinggi dipakai")
          .contains("Tabel 22")
          .contains("[C]");
      assertThat(f.explanation().en())
          .startsWith("Blood pressure 150/95 mmHg: Grade 1 hypertension.")
          .contains("the higher class is used");
      assertThat(f.explanation().id()).contains("Sistolik 150 mmHg");
      Finding mixed = S.bloodPressure(v(125), v(105));
      assertThat(mixed.explanation().en())
          .contains("Systolic 125 mmHg (≥ 120 and < 130 mmHg) → Normal")
          .contains("diastolic 105 mmHg (≥ 100 and < 110 mmHg) → Grade 2 hypertension");
    }

    @Test
    void normalIsEducationOnlyAndHighNormalIsMonthlyMonitoring() {
      Finding normal = S.bloodPressure(v(118), v(76));
      assertThat(normal.severity()).isEqualTo(Severity.NORMAL);
      assertThat(normal.referral()).isEmpty();
      Finding high = S.bloodPressure(v(135), v(80));
      assertThat(high.severity()).isEqualTo(Severity.FOLLOW_UP);
      assertThat(high.explanation().id()).contains("pemantauan tekanan darah setiap bulan");
    }

    @Test
    void eitherPressureMissingIsNotAssessed() {
      Finding f = S.bloodPressure(v(190), OptionalDouble.empty());
      assertThat(f.severity()).isEqualTo(Severity.NOT_ASSESSED);
      assertThat(f.missingInputs()).containsExactly("diastolicMmHg");
      assertThat(f.explanation().id()).contains("diastolik").contains("tidak diisi");
      assertThat(S.bloodPressure(OptionalDouble.empty(), OptionalDouble.empty()).missingInputs())
          .containsExactly("systolicMmHg", "diastolicMmHg");
    }
  }

  @Nested
  class Glucose {
    @ParameterizedTest
    @CsvSource({
      "RANDOM, 99.9, NORMAL", "RANDOM, 100, UNCLASSIFIED", "RANDOM, 139.9, UNCLASSIFIED",
      "RANDOM, 140, PREDIABETES", "RANDOM, 199.9, PREDIABETES", "RANDOM, 200, DIABETES",
      "FASTING, 99.9, NORMAL", "FASTING, 100, PREDIABETES", "FASTING, 125.9, PREDIABETES",
      "FASTING, 126, DIABETES", "OGTT_2H, 139, NORMAL", "OGTT_2H, 140, PREDIABETES",
      "OGTT_2H, 200, DIABETES", "HBA1C, 5.6, NORMAL", "HBA1C, 5.7, PREDIABETES",
      "HBA1C, 6.4, PREDIABETES", "HBA1C, 6.5, DIABETES"
    })
    void ilpTables23And24OnEveryBoundary(GlucoseTest test, double value, String category) {
      assertThat(S.glucose(test, v(value)).category()).isEqualTo(category);
    }

    @Test
    void randomGlucoseGapIsNeverNormalAndAsksForAFastingTest() {
      Finding f = S.glucose(GlucoseTest.RANDOM, v(120));
      assertThat(f.severity()).isEqualTo(Severity.FOLLOW_UP);
      assertThat(f.explanation().id())
          .contains("Tidak terklasifikasi")
          .contains("periksa gula darah puasa (GDP)");
      assertThat(f.explanation().en()).contains("neither normal nor prediabetes");
    }

    @Test
    void diabetesIsReferredAndPrediabetesMonitoredEveryThreeMonths() {
      Finding dm = S.glucose(GlucoseTest.FASTING, v(130));
      assertThat(dm.severity()).isEqualTo(Severity.REFER);
      assertThat(dm.explanation().en())
          .startsWith(
              "Fasting blood glucose 130 mg/dL (criterion " + "≥ 126 mg/dL): Diabetes mellitus");
      assertThat(S.glucose(GlucoseTest.RANDOM, v(150)).explanation().id())
          .contains("setiap 3 bulan");
      assertThat(S.glucose(GlucoseTest.HBA1C, v(6.0)).inputs()).containsEntry("hba1cPercent", "6");
    }
  }

  @Nested
  class BodySize {
    // Height 100 cm makes BMI equal to the weight in kg; Kemenkes bands (PGS 2014).
    @ParameterizedTest
    @CsvSource({
      "16.9, SEVERE_THINNESS",
      "17.0, MILD_THINNESS",
      "18.4, MILD_THINNESS",
      "18.5, NORMAL",
      "25.0, NORMAL",
      "25.04, NORMAL",
      "25.05, OVERWEIGHT",
      "25.1, OVERWEIGHT",
      "27.0, OVERWEIGHT",
      "27.1, OBESE"
    })
    void adultBmiBandsAfterRoundingToOneDecimal(double weight, String category) {
      assertThat(S.adultBmi(v(weight), v(100)).category()).isEqualTo(category);
    }

    @Test
    void bmiWorkedExampleExplainsTheComputation() {
      // 70 kg, 160 cm: 70 / 1.6^2 = 27.34 -> 27.3 > 27.0: obese.
      Finding f = S.adultBmi(v(70), v(160));
      assertThat(f.inputs()).containsEntry("bmiKgPerM2", "27.3");
      assertThat(f.explanation().id())
          .startsWith("IMT 27,3 kg/m² (kriteria > 27 kg/m²)")
          .contains("IMT = 70 kg / (1,6 m)², dibulatkan 1 desimal");
      assertThat(S.adultBmi(v(70), OptionalDouble.empty()).missingInputs())
          .containsExactly("heightCm");
      assertThat(S.adultBmi(v(0), v(0)).missingInputs()).containsExactly("weightKg", "heightCm");
    }

    @ParameterizedTest
    @CsvSource({
      "MALE, 90, NORMAL",
      "MALE, 90.1, CENTRAL_OBESITY",
      "FEMALE, 80, NORMAL",
      "FEMALE, 80.1, CENTRAL_OBESITY",
      "FEMALE, 85, CENTRAL_OBESITY",
      "MALE, 85, NORMAL"
    })
    void centralObesityAbove90ForMenAndAbove80ForWomen(Sex sex, double waist, String category) {
      Finding f = S.centralObesity(sex, v(waist));
      assertThat(f.category()).isEqualTo(category);
      assertThat(f.code()).isEqualTo("KES.PTM.OBESITAS_SENTRAL");
    }

    @Test
    void centralObesityExplanationNamesTheSexSpecificThreshold() {
      assertThat(S.centralObesity(Sex.FEMALE, v(85)).explanation().en())
          .startsWith("Waist circumference 85 cm (criterion > 80 cm): Central obesity.");
    }
  }

  @Nested
  class Children {
    private final LocalDate birth = LocalDate.of(2025, 1, 15);
    private final LocalDate asOf = LocalDate.of(2026, 1, 15);

    @ParameterizedTest
    @CsvSource({
      "11.49, SEVERE_ACUTE_MALNUTRITION, URGENT",
      "11.5, MODERATE_ACUTE_MALNUTRITION, REFER",
      "12.49, MODERATE_ACUTE_MALNUTRITION, REFER",
      "12.5, NORMAL, NORMAL"
    })
    void childMuacCutOffs(double muac, String category, Severity severity) {
      Finding f = S.childMuac(birth, asOf, v(muac));
      assertThat(f.category()).isEqualTo(category);
      assertThat(f.severity()).isEqualTo(severity);
    }

    @Test
    void childMuacAppliesFromSixMonthsToFiftyNineMonthsOnTheExactDays() {
      assertThat(S.childMuac(birth, LocalDate.of(2025, 7, 14), v(11)).severity())
          .isEqualTo(Severity.NOT_ASSESSED);
      assertThat(S.childMuac(birth, LocalDate.of(2025, 7, 15), v(11)).category())
          .isEqualTo("SEVERE_ACUTE_MALNUTRITION");
      assertThat(S.childMuac(birth, LocalDate.of(2030, 1, 14), v(11)).category())
          .isEqualTo("SEVERE_ACUTE_MALNUTRITION");
      Finding tooOld = S.childMuac(birth, LocalDate.of(2030, 1, 15), v(11));
      assertThat(tooOld.severity()).isEqualTo(Severity.NOT_ASSESSED);
      assertThat(tooOld.explanation().en()).contains("age 60 months is outside 6-59 months");
    }

    @Test
    void childMuacExplanationCitesItsBackgroundSource() {
      Finding f = S.childMuac(birth, asOf, v(11.2));
      assertThat(f.explanation().id())
          .startsWith("LiLA 11,2 cm (kriteria < 11,5 cm): Gizi buruk")
          .contains("WHO 2013")
          .contains("[B]");
    }

    @ParameterizedTest
    @CsvSource({
      "-2.01, MICROCEPHALY",
      "-2.0, NORMAL",
      "0, NORMAL",
      "2.0, NORMAL",
      "2.01, MACROCEPHALY"
    })
    void headCircumferenceAtPlusMinusTwoSd(double z, String category) {
      assertThat(S.headCircumference(v(z)).category()).isEqualTo(category);
    }

    @Test
    void headCircumferenceExplanationAndReferralToADoctor() {
      Finding f = S.headCircumference(v(-2.5));
      assertThat(f.referral()).contains(ReferralTarget.DOCTOR);
      assertThat(f.explanation().en())
          .startsWith(
              "Head circumference-for-age z -2.5 SD " + "(criterion < -2 SD): Microcephaly");
    }

    @ParameterizedTest
    @CsvSource({
      "10, APPROPRIATE",
      "9, APPROPRIATE",
      "8, DOUBTFUL",
      "7, DOUBTFUL",
      "6, DEVIATION",
      "0, DEVIATION"
    })
    void kpspBands(int yes, String category) {
      assertThat(S.kpsp(i(yes)).category()).isEqualTo(category);
    }

    @Test
    void kpspExplanationUsesTheIntegerRangeAndAnOutOfRangeCountIsInvalid() {
      assertThat(S.kpsp(i(8)).explanation().id())
          .startsWith("Jawaban \"Ya\" KPSP 8 (kriteria 7–8)" + ": Meragukan (M).");
      assertThat(S.kpsp(i(11)).severity()).isEqualTo(Severity.NOT_ASSESSED);
      assertThat(S.kpsp(OptionalInt.empty()).missingInputs()).containsExactly("kpspYesAnswers");
    }
  }

  @Nested
  class Puma {
    @Test
    void scoreSixIsHighRiskAndReferredForSpirometryAtAgeForty() {
      Finding f = S.puma(i(40), i(6));
      assertThat(f.category()).isEqualTo("HIGH_RISK");
      assertThat(f.referral()).contains(ReferralTarget.FKRTL);
      assertThat(f.explanation().id())
          .startsWith("Skor PUMA 6 (kriteria ≥ 6): Risiko tinggi PPOK.")
          .contains("spirometri");
      assertThat(S.puma(i(40), i(5)).category()).isEqualTo("LOW_RISK");
    }

    @Test
    void underFortyIsOutsideTheTargetGroup() {
      Finding f = S.puma(i(39), i(8));
      assertThat(f.severity()).isEqualTo(Severity.NOT_ASSESSED);
      assertThat(f.explanation().en()).contains("PUMA is for ages ≥ 40");
      assertThat(S.puma(OptionalInt.empty(), i(8)).missingInputs()).containsExactly("ageYears");
    }

    @Test
    void theCutOffIsAParameterAndTheExplanationSaysItWasChosen() {
      Finding f = S.puma(i(55), i(5), 5);
      assertThat(f.category()).isEqualTo("HIGH_RISK");
      assertThat(f.inputs()).containsEntry("cutoff", "5");
      assertThat(f.explanation().en()).contains("cut-off 5 chosen by the caller (table: 6)");
      assertThatThrownBy(() -> S.puma(i(55), i(5), 0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> S.puma(i(55), i(5), 10))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(S.puma(i(55), i(10)).severity()).isEqualTo(Severity.NOT_ASSESSED);
    }
  }

  @Nested
  class TbSymptoms {
    private Map<TbSymptom, Boolean> allNo() {
      Map<TbSymptom, Boolean> m = new EnumMap<>(TbSymptom.class);
      for (TbSymptom s : TbSymptom.values()) {
        m.put(s, false);
      }
      return m;
    }

    @Test
    void twoSymptomsArePresumptiveTbOneIsNot() {
      Map<TbSymptom, Boolean> m = allNo();
      m.put(TbSymptom.COUGH_2_WEEKS, true);
      assertThat(S.tbSymptoms(m).category()).isEqualTo("NEGATIVE");
      m.put(TbSymptom.NIGHT_SWEATS, true);
      Finding f = S.tbSymptoms(m);
      assertThat(f.category()).isEqualTo("PRESUMPTIVE_TB");
      assertThat(f.severity()).isEqualTo(Severity.REFER);
      assertThat(f.explanation().id())
          .startsWith("Jumlah gejala TBC 2 (kriteria ≥ 2): Terduga TBC.")
          .contains("batuk ≥ 2 minggu, keringat malam");
      assertThat(S.tbSymptoms(m, 3).category()).isEqualTo("NEGATIVE");
    }

    @Test
    void theDefaultCutOffIsTwoAndCountsAtItAreWhatTheFullScreenFinds() {
      assertThat(S.tbPresumptiveMinSymptoms()).isEqualTo(2);
      TbSymptom[] all = TbSymptom.values();
      for (int count = 0; count <= all.length; count++) {
        Map<TbSymptom, Boolean> m = allNo();
        for (int i = 0; i < count; i++) {
          m.put(all[i], true);
        }
        assertThat(S.tbSymptoms(m).category()).as(count + " symptoms")
            .isEqualTo(count >= S.tbPresumptiveMinSymptoms() ? "PRESUMPTIVE_TB" : "NEGATIVE");
      }
    }

    @Test
    void unaskedSymptomsMakeANegativeScreenNotAssessedButNotAPositiveOne() {
      Map<TbSymptom, Boolean> m = new EnumMap<>(TbSymptom.class);
      m.put(TbSymptom.COUGH_2_WEEKS, true);
      Finding f = S.tbSymptoms(m);
      assertThat(f.severity()).isEqualTo(Severity.NOT_ASSESSED);
      assertThat(f.missingInputs()).hasSize(7).contains("FEVER_2_WEEKS");
      m.put(TbSymptom.HAEMOPTYSIS, true);
      assertThat(S.tbSymptoms(m).category()).isEqualTo("PRESUMPTIVE_TB");
    }
  }

  @Nested
  class MentalHealth {
    private Map<Integer, Boolean> srq(int yes) {
      Map<Integer, Boolean> m = new HashMap<>();
      int count = 0;
      for (int k = 1; k <= 20; k++) {
        m.put(k, false);
      }
      for (int k = 1; k <= 20 && count < yes; k++) {
        if (k != 17) {
          m.put(k, true);
          count++;
        }
      }
      return m;
    }

    @Test
    void srq20FiveYesIsNormalSixIsAbnormal() {
      assertThat(S.srq20(srq(5)).category()).isEqualTo("NORMAL");
      Finding f = S.srq20(srq(6));
      assertThat(f.category()).isEqualTo("ABNORMAL");
      assertThat(f.severity()).isEqualTo(Severity.REFER);
      assertThat(f.explanation().id())
          .startsWith(
              "SRQ-20: 6 jawaban \"Ya\" dari 20 butir terjawab " + "(kriteria 6–20): Abnormal");
    }

    @Test
    void srq20Item17AloneIsAbnormalAndUrgent() {
      Map<Integer, Boolean> m = srq(0);
      m.put(17, true);
      Finding f = S.srq20(m);
      assertThat(f.category()).isEqualTo("ABNORMAL_SUICIDAL_THOUGHTS");
      assertThat(f.severity()).isEqualTo(Severity.URGENT);
      assertThat(f.explanation().en()).contains("Item 17 \"yes\" makes the result abnormal");
    }

    @Test
    void srq20IncompleteIsNotAssessedUnlessAlreadyAbnormal() {
      Map<Integer, Boolean> m = srq(3);
      m.remove(20);
      assertThat(S.srq20(m).severity()).isEqualTo(Severity.NOT_ASSESSED);
      assertThat(S.srq20(m).missingInputs()).containsExactly("item20");
      Map<Integer, Boolean> six = srq(6);
      six.remove(20);
      assertThat(S.srq20(six).category()).isEqualTo("ABNORMAL");
      assertThatThrownBy(() -> S.srq20(Map.of(21, true)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void phq4PositiveWhenASubscaleReachesThreeAndTheCutOffIsAParameter() {
      Finding neg = S.phq4(Phq4Answers.of(1, 1, 1, 1));
      assertThat(neg.category()).isEqualTo("NEGATIVE");
      assertThat(neg.explanation().en()).contains("total score 4: mild");
      Finding dep = S.phq4(Phq4Answers.of(2, 1, 0, 0));
      assertThat(dep.category()).isEqualTo("POSITIVE");
      assertThat(dep.severity()).isEqualTo(Severity.REFER);
      assertThat(dep.explanation().id())
          .contains("subskala depresi (PHQ-2) 3")
          .contains("Subskala positif: depresi")
          .contains("[B]");
      assertThat(S.phq4(Phq4Answers.of(2, 1, 0, 0), 4).category()).isEqualTo("NEGATIVE");
      assertThat(S.phq4(Phq4Answers.of(0, 0, 3, 3)).explanation().en())
          .contains("Positive subscales: anxiety");
    }

    @Test
    void phq4MissingAnswerIsNotAssessedUnlessTheOtherSubscaleIsPositive() {
      Phq4Answers partial =
          new Phq4Answers(
              OptionalInt.of(1), OptionalInt.empty(), OptionalInt.of(0), OptionalInt.of(0));
      assertThat(S.phq4(partial).missingInputs()).containsExactly("feelingDown");
      Phq4Answers anxious =
          new Phq4Answers(
              OptionalInt.of(1), OptionalInt.empty(), OptionalInt.of(2), OptionalInt.of(2));
      assertThat(S.phq4(anxious).category()).isEqualTo("POSITIVE");
      assertThatThrownBy(() -> S.phq4(Phq4Answers.of(4, 0, 0, 0)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class OlderPeople {
    @ParameterizedTest
    @CsvSource({
      "20, INDEPENDENT",
      "19, MILD_DEPENDENCE",
      "12, MILD_DEPENDENCE",
      "11, MODERATE_DEPENDENCE",
      "9, MODERATE_DEPENDENCE",
      "8, SEVERE_DEPENDENCE",
      "5, SEVERE_DEPENDENCE",
      "4, TOTAL_DEPENDENCE",
      "0, TOTAL_DEPENDENCE"
    })
    void adlBands(int score, String category) {
      assertThat(S.adl(i(score)).category()).isEqualTo(category);
    }

    @Test
    void anyAdlScoreBelowTwentyIsReferredAndTheExplanationShowsTheBand() {
      Finding f = S.adl(i(15));
      assertThat(f.severity()).isEqualTo(Severity.REFER);
      assertThat(f.explanation().id())
          .startsWith("Skor AKS 15 (kriteria 12–19): Ketergantungan " + "ringan (B).");
      assertThat(S.adl(i(21)).severity()).isEqualTo(Severity.NOT_ASSESSED);
    }

    @Test
    void skilasOneDomainPositiveMeansFollowUpWithThatDomainsInstrument() {
      Map<SkilasDomain, Boolean> m = new EnumMap<>(SkilasDomain.class);
      for (SkilasDomain d : SkilasDomain.values()) {
        m.put(d, false);
      }
      assertThat(S.skilas(m).category()).isEqualTo("NEGATIVE");
      m.put(SkilasDomain.HEARING, true);
      Finding f = S.skilas(m);
      assertThat(f.category()).isEqualTo("POSITIVE");
      assertThat(f.severity()).isEqualTo(Severity.FOLLOW_UP);
      assertThat(f.referral()).contains(ReferralTarget.NAKES_PUSTU);
      assertThat(f.explanation().en())
          .startsWith("SKILAS: 1 of 6 domains positive")
          .contains("hearing impairment → whisper test");
    }

    @Test
    void skilasWithAnUnscreenedDomainAndNoPositiveIsNotAssessed() {
      Finding f = S.skilas(Map.of(SkilasDomain.VISION, false));
      assertThat(f.severity()).isEqualTo(Severity.NOT_ASSESSED);
      assertThat(f.missingInputs()).hasSize(5);
      assertThat(S.skilas(Map.of(SkilasDomain.VISION, true)).category()).isEqualTo("POSITIVE");
    }
  }

  @Nested
  class ReferenceData {
    private static final String LATER_KEK =
        "# id: screening.kek.pregnant\n"
            + "# source: a later regulation\n"
            + "# confidence: C\n"
            + "# version: 2030\n"
            + "# unit: cm\n"
            + "# domain: [0,)\n"
            + "group\trange\tcategory\tseverity\treferral\tlabel_id\tlabel_en\tadvice_id"
            + "\tadvice_en\n"
            + "PREGNANT\t[0,24)\tKEK\tREFER\tPUSKESMAS\tKEK\tKEK\trujuk\trefer\n"
            + "PREGNANT\t[24,)\tNORMAL\tNORMAL\t\tNormal\tNormal\tedukasi\teducation\n";

    @Test
    void aLaterRegulationIsADataChange() {
      ReferenceTable later = ReferenceTable.parse("later.tsv", new StringReader(LATER_KEK));
      Screening s = S.withTable("kek-pregnant.tsv", later);
      assertThat(s.kek(KekGroup.PREGNANT, v(23.7)).category()).isEqualTo("KEK");
      assertThat(s.kek(KekGroup.PREGNANT, v(23.7)).referenceVersion()).contains("2030");
      assertThat(S.kek(KekGroup.PREGNANT, v(23.7)).category()).isEqualTo("NORMAL");
    }

    @Test
    void aTableWithAGapIsRejectedOnLoad() {
      ReferenceTable gap =
          ReferenceTable.parse("gap.tsv", new StringReader(LATER_KEK.replace("[24,)", "(24,)")));
      assertThatThrownBy(() -> S.withTable("kek-pregnant.tsv", gap))
          .isInstanceOf(ReferenceDataException.class)
          .hasMessageContaining("gap");
    }

    @Test
    void everyStandardTableLoadsWithSourceConfidenceVersionAndEffectiveDate() {
      for (String name : Screening.TABLES) {
        ReferenceTable t = S.table(name);
        assertThat(t.citation().document()).as(name).isNotBlank();
        assertThat(t.version()).as(name).isPresent();
        assertThat(t.meta("effective-from")).as(name).isPresent();
      }
      assertThat(S.table("blood-pressure.tsv").id()).isEqualTo("screening.blood_pressure");
      assertThatThrownBy(() -> S.table("nope.tsv")).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
