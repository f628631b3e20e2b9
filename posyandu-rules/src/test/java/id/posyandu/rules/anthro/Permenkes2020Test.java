package id.posyandu.rules.anthro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.core.Sex;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.rules.Confidence;
import id.posyandu.rules.anthro.internal.CutOffTable;
import id.posyandu.rules.reference.ReferenceDataException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class Permenkes2020Test {

  private final Permenkes2020 pmk = Permenkes2020.standard();

  private static ZScore z(Indicator i, double rounded) {
    return ZScore.computed(i, rounded, rounded, false);
  }

  @ParameterizedTest(name = "{0} z={1} -> {2}")
  @CsvSource({
      "BB_U, -3.01, SEVERELY_UNDERWEIGHT", "BB_U, -3.00, UNDERWEIGHT", "BB_U, -2.01, UNDERWEIGHT",
      "BB_U, -2.00, NORMAL_WEIGHT", "BB_U, 1.00, NORMAL_WEIGHT", "BB_U, 1.01, RISK_OF_OVERWEIGHT",
      "PB_TB_U, -3.01, SEVERELY_STUNTED", "PB_TB_U, -3.00, STUNTED", "PB_TB_U, -2.00, NORMAL_HEIGHT",
      "PB_TB_U, 3.00, NORMAL_HEIGHT", "PB_TB_U, 3.01, TALL",
      "BB_PB_TB, -3.01, SEVERELY_WASTED", "BB_PB_TB, -2.01, WASTED", "BB_PB_TB, -2.00, NORMAL",
      "BB_PB_TB, 1.00, NORMAL", "BB_PB_TB, 1.01, POSSIBLE_RISK_OF_OVERWEIGHT",
      "BB_PB_TB, 2.00, POSSIBLE_RISK_OF_OVERWEIGHT", "BB_PB_TB, 2.01, OVERWEIGHT",
      "BB_PB_TB, 3.00, OVERWEIGHT", "BB_PB_TB, 3.01, OBESE",
      "IMT_U_0_60, 3.01, OBESE", "IMT_U_0_60, -2.5, WASTED",
      "IMT_U_5_18, -3.01, SEVERELY_THIN", "IMT_U_5_18, -2.01, THIN", "IMT_U_5_18, 1.00, NORMAL",
      "IMT_U_5_18, 1.01, OVERWEIGHT", "IMT_U_5_18, 2.00, OVERWEIGHT", "IMT_U_5_18, 2.01, OBESE",
  })
  void categoriesFollowPermenkesBoundaryInclusivity(PermenkesIndex index, double zValue,
      NutritionCategory expected) {
    NutritionStatus s = pmk.classify(index, z(index.indicator(), zValue));
    assertThat(s.category()).contains(expected);
    assertThat(s.isAssessed()).isTrue();
    assertThat(s.citation().confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(s.citation().document()).contains("Nomor 2 Tahun 2020");
    assertThat(s.cutOff()).isNotEmpty();
  }

  @Test
  void labelsAndCutOffAreGivenInBothLanguages() {
    NutritionStatus s = pmk.classify(PermenkesIndex.PB_TB_U,
        z(Indicator.LENGTH_HEIGHT_FOR_AGE, -2.41));
    assertThat(s.labelId()).isEqualTo("Pendek");
    assertThat(s.labelEn()).isEqualTo("Stunted");
    assertThat(s.cutOff()).isEqualTo("-3 SD <= z < -2 SD");
    assertThat(s.countsAs()).containsExactly(NutritionCondition.STUNTING);
    assertThat(s.toString()).contains("PB/U atau TB/U", "Pendek", "zlen=-2.41", "[3P]");
    assertThat(pmk.classify(PermenkesIndex.BB_U, z(Indicator.WEIGHT_FOR_AGE, 1.5)).cutOff())
        .isEqualTo("z > +1 SD");
  }

  @Test
  void aMissingZScoreIsNotAssessedWithItsReasonNeverNormal() {
    NutritionStatus s = pmk.classify(PermenkesIndex.BB_PB_TB,
        ZScore.notComputed(Indicator.WEIGHT_FOR_LENGTH_HEIGHT, NotComputedReason.OEDEMA));
    assertThat(s.isAssessed()).isFalse();
    assertThat(s.category()).isEmpty();
    assertThat(s.notAssessedReason()).contains(NotComputedReason.OEDEMA);
    assertThat(s.labelId()).startsWith("Tidak dinilai").contains("Edema");
    assertThat(s.labelEn()).startsWith("Not assessed");
  }

  @Test
  void aZScoreOfAnotherIndicatorIsRejected() {
    assertThatThrownBy(() -> pmk.classify(PermenkesIndex.BB_U, z(Indicator.BMI_FOR_AGE, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStuntedToddlerIsNamedStuntedAndNotWasted() {
    AnthroInput child = AnthroInput.builder().sex(Sex.MALE).age(Age.ofMonths(24))
        .weightKg(10.2).lengthOrHeightCm(80.1).position(MeasurePosition.STANDING).build();
    NutritionAssessment a = pmk.assess(child);
    assertThat(a.stunting().outcome()).isEqualTo(ConditionResult.Outcome.PRESENT);
    assertThat(a.stunting().basis().index()).isEqualTo(PermenkesIndex.PB_TB_U);
    assertThat(a.wasting().outcome()).isEqualTo(ConditionResult.Outcome.ABSENT);
    assertThat(a.overweight().outcome()).isEqualTo(ConditionResult.Outcome.ABSENT);
    assertThat(a.underweight().basis().index()).isEqualTo(PermenkesIndex.BB_U);
    assertThat(a.status(PermenkesIndex.IMT_U_5_18).notAssessedReason())
        .contains(NotComputedReason.AGE_OUT_OF_RANGE);
  }

  @Test
  void overweightOfASchoolChildRestsOnImtU() {
    AnthroInput child = AnthroInput.builder().sex(Sex.FEMALE).age(Age.ofMonths(120))
        .weightKg(45).lengthOrHeightCm(140).build();
    NutritionAssessment a = pmk.assess(child);
    assertThat(a.overweight().outcome()).isEqualTo(ConditionResult.Outcome.PRESENT);
    assertThat(a.overweight().basis().index()).isEqualTo(PermenkesIndex.IMT_U_5_18);
    assertThat(a.stunting().outcome()).isEqualTo(ConditionResult.Outcome.NOT_ASSESSED);
    assertThat(a.stunting().basis().notAssessedReason())
        .contains(NotComputedReason.AGE_OUT_OF_RANGE);
  }

  @Test
  void missingMeasurementsLeaveConditionsNotAssessed() {
    NutritionAssessment a = pmk.assess(AnthroInput.builder().sex(Sex.MALE)
        .age(Age.ofDays(400)).build());
    assertThat(a.stunting().outcome()).isEqualTo(ConditionResult.Outcome.NOT_ASSESSED);
    assertThat(a.stunting().basis().notAssessedReason()).contains(NotComputedReason.MISSING_INPUT);
  }

  @Test
  void cutOffBandsWithAGapAreRejectedOnLoad() {
    assertThatThrownBy(() -> CutOffTable.load("/id/posyandu/rules/anthro/broken/cutoffs_gap.tsv"))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("no gap");
  }

  @Test
  void cutOffBandsWithAnOverlapAreRejectedOnLoad() {
    assertThatThrownBy(() -> CutOffTable.load(
        "/id/posyandu/rules/anthro/broken/cutoffs_overlap.tsv"))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("no overlap");
  }
}
