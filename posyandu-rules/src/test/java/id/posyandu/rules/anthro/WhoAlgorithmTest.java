package id.posyandu.rules.anthro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.core.Sex;
import id.posyandu.core.record.MeasurePosition;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** WHO's rules one by one (docs/ALGORITHM.md), beyond the golden rows. */
class WhoAlgorithmTest {

  private final WhoGrowthStandards who = WhoGrowthStandards.standard();

  private static AnthroInput.Builder child(Age age) {
    return AnthroInput.builder().sex(Sex.FEMALE).age(age);
  }

  @Test
  void ageInMonthsIsMonthsTimes30Point4375AndRoundsHalfUpTo731Days() {
    // 24.0 months = 730.5 days -> day 731: height-based, a lying measure loses 0.7 cm
    AnthroResult r = who.anthro(child(Age.ofMonths(24)).lengthOrHeightCm(85)
        .position(MeasurePosition.RECUMBENT).build());
    assertThat(r.clenhei()).hasValue(84.3);
  }

  @Test
  void ageFromDatesIsWholeDays() {
    Age a = Age.between(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28));
    assertThat(a.days()).isEqualTo(365);
    assertThat(a.months()).isEqualTo(365 / 30.4375);
    assertThatThrownBy(() -> Age.between(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Age.ofDays(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void standingBelowNineMonthsIsIgnoredAndFlagged() {
    AnthroResult at8 = who.anthro(child(Age.ofMonths(8)).lengthOrHeightCm(60)
        .position(MeasurePosition.STANDING).build());
    assertThat(at8.clenhei()).hasValue(60.0);
    assertThat(at8.positionImplausible()).isTrue();
    AnthroResult at9 = who.anthro(child(Age.ofMonths(9)).lengthOrHeightCm(60)
        .position(MeasurePosition.STANDING).build());
    assertThat(at9.clenhei().getAsDouble()).isEqualTo(60.7, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(at9.positionImplausible()).isFalse();
  }

  @Test
  void noZScoresFrom60MonthsButClenheiAndCbmiStill() {
    AnthroResult r = who.anthro(child(Age.ofMonths(60)).weightKg(18).lengthOrHeightCm(110)
        .build());
    assertThat(r.weightForAge().reason()).contains(NotComputedReason.AGE_OUT_OF_RANGE);
    assertThat(r.weightForLengthHeight().reason()).contains(NotComputedReason.AGE_OUT_OF_RANGE);
    assertThat(r.cbmi()).isPresent();
    assertThat(who.anthro(child(Age.ofMonths(59.99)).weightKg(18).build()).weightForAge()
        .isComputed()).isTrue();
  }

  @Test
  void armCircumferenceStartsAt91Days() {
    assertThat(who.anthro(child(Age.ofDays(90.6)).armCircumferenceCm(12).build())
        .armCircumferenceForAge().reason()).contains(NotComputedReason.AGE_OUT_OF_RANGE);
    assertThat(who.anthro(child(Age.ofDays(91)).armCircumferenceCm(12).build())
        .armCircumferenceForAge().isComputed()).isTrue();
  }

  @Test
  void oedemaSuppressesOnlyWeightBasedZScores() {
    AnthroResult r = who.anthro(child(Age.ofDays(400)).weightKg(8).lengthOrHeightCm(74)
        .position(MeasurePosition.RECUMBENT).headCircumferenceCm(45).oedema(true).build());
    assertThat(r.weightForAge().reason()).contains(NotComputedReason.OEDEMA);
    assertThat(r.weightForLengthHeight().reason()).contains(NotComputedReason.OEDEMA);
    assertThat(r.bmiForAge().reason()).contains(NotComputedReason.OEDEMA);
    assertThat(r.lengthHeightForAge().isComputed()).isTrue();
    assertThat(r.headCircumferenceForAge().isComputed()).isTrue();
    AnthroPlusResult p = who.anthroPlus(child(Age.ofMonths(100)).weightKg(25)
        .lengthOrHeightCm(128).oedema(true).build());
    assertThat(p.weightForAge().reason()).contains(NotComputedReason.OEDEMA);
    assertThat(p.bmiForAge().reason()).contains(NotComputedReason.OEDEMA);
    assertThat(p.heightForAge().isComputed()).isTrue();
  }

  @Test
  void withoutAgeWeightForLengthChoosesTheTableByPositionThenBy87Cm() {
    AnthroInput lying = AnthroInput.builder().sex(Sex.MALE).weightKg(12).lengthOrHeightCm(90)
        .position(MeasurePosition.RECUMBENT).build();
    AnthroInput standing = AnthroInput.builder().from(lying).position(MeasurePosition.STANDING)
        .build();
    AnthroInput unknown = AnthroInput.builder().sex(Sex.MALE).weightKg(12).lengthOrHeightCm(90)
        .build();
    double zl = who.anthro(lying).weightForLengthHeight().value();
    double zh = who.anthro(standing).weightForLengthHeight().value();
    assertThat(zl).isNotEqualTo(zh);
    assertThat(who.anthro(unknown).weightForLengthHeight().value()).isEqualTo(zh);
    assertThat(who.anthro(unknown).weightForAge().reason()).contains(NotComputedReason.MISSING_INPUT);
  }

  @Test
  void lengthOutsideTheTableIsOutOfRange() {
    assertThat(who.anthro(child(Age.ofDays(10)).weightKg(2).lengthOrHeightCm(44.9)
        .position(MeasurePosition.RECUMBENT).build()).weightForLengthHeight().reason())
        .contains(NotComputedReason.OUT_OF_RANGE);
    assertThat(who.anthro(child(Age.ofDays(1000)).weightKg(25).lengthOrHeightCm(120.1)
        .position(MeasurePosition.STANDING).build()).weightForLengthHeight().reason())
        .contains(NotComputedReason.OUT_OF_RANGE);
  }

  @Test
  void zeroMeasurementAndMissingSexHaveTheirReasons() {
    assertThat(who.anthro(child(Age.ofDays(100)).weightKg(0).build()).weightForAge().reason())
        .contains(NotComputedReason.INVALID_MEASUREMENT);
    assertThat(who.anthro(AnthroInput.builder().age(Age.ofDays(100)).weightKg(5).build())
        .weightForAge().reason()).contains(NotComputedReason.MISSING_INPUT);
  }

  @Test
  void theTwoAnthroPlusAgeRangesDifferOnlyAtTheEnds() {
    WhoGrowthStandards dev = WhoGrowthStandards.with(Who2007AgeRange.DEVELOPMENT);
    AnthroInput at60 = child(Age.ofMonths(60.5)).weightKg(18).lengthOrHeightCm(110).build();
    assertThat(who.anthroPlus(at60).heightForAge().reason())
        .contains(NotComputedReason.AGE_OUT_OF_RANGE);
    assertThat(dev.anthroPlus(at60).heightForAge().isComputed()).isTrue();
    AnthroInput at120 = child(Age.ofMonths(120.5)).weightKg(30).lengthOrHeightCm(138).build();
    assertThat(who.anthroPlus(at120).weightForAge().reason())
        .contains(NotComputedReason.AGE_OUT_OF_RANGE);
    assertThat(dev.anthroPlus(at120).weightForAge().isComputed()).isTrue();
    AnthroInput mid = child(Age.ofMonths(150.3)).weightKg(40).lengthOrHeightCm(150).build();
    assertThat(dev.anthroPlus(mid).heightForAge()).isEqualTo(who.anthroPlus(mid).heightForAge());
    assertThat(who.who2007AgeRange()).isEqualTo(Who2007AgeRange.PUBLISHED);
  }

  @Test
  void aZScoreThatWasNotComputedSaysWhyInsteadOfAValue() {
    ZScore z = who.anthro(child(Age.ofDays(100)).build()).weightForAge();
    assertThat(z.optionalRounded()).isEmpty();
    assertThat(z.printed()).isEmpty();
    assertThat(z.isFlagged()).isFalse();
    assertThat(z).hasToString("zwei not computed: MISSING_INPUT");
    assertThatThrownBy(z::value).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("tidak dihitung").hasMessageContaining("Missing input");
  }

  @Test
  void aRecordedAnthropometryGivesTheSameZScoresAsTheBuilder() {
    id.posyandu.core.record.Anthropometry measured = id.posyandu.core.record.Anthropometry.builder()
        .weightKg(9.1).lengthOrHeightCm(74.5).position(MeasurePosition.RECUMBENT)
        .headCircumferenceCm(45.2).muacCm(14.1).oedema(false).build();
    AnthroInput fromRecord = AnthroInput.of(Sex.FEMALE, Age.ofDays(420), measured);
    AnthroInput built = child(Age.ofDays(420)).weightKg(9.1).lengthOrHeightCm(74.5)
        .position(MeasurePosition.RECUMBENT).headCircumferenceCm(45.2).armCircumferenceCm(14.1)
        .build();
    assertThat(fromRecord).isEqualTo(built);
    assertThat(who.anthro(fromRecord).weightForAge()).isEqualTo(who.anthro(built).weightForAge());
  }

  @Test
  void roundingIsHalfEvenOnTheShortestDecimal() {
    assertThat(id.posyandu.rules.anthro.internal.Lms.round2(0.125)).isEqualTo(0.12);
    assertThat(id.posyandu.rules.anthro.internal.Lms.round2(0.135)).isEqualTo(0.14);
    assertThat(id.posyandu.rules.anthro.internal.Lms.round2(-2.675)).isEqualTo(-2.68);
    assertThat(id.posyandu.rules.anthro.internal.Lms.round2(1.005)).isEqualTo(1.0);
    assertThat(id.posyandu.rules.anthro.internal.Lms.round2(-0.001)).isEqualTo(0.0);
  }
}
