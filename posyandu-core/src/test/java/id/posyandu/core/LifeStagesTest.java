package id.posyandu.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifeStagesTest {

  static final LocalDate BIRTH = LocalDate.of(2020, 3, 15);

  static Set<LifeStage> at(LocalDate asOf) {
    return LifeStages.of(BIRTH, Sex.MALE, asOf);
  }

  @Test
  void newbornIsBayiBadutaAndBalita() {
    assertThat(at(BIRTH)).containsExactly(LifeStage.BAYI, LifeStage.BADUTA, LifeStage.BALITA);
  }

  @Test
  void bayiEndsOnTheFirstBirthday() {
    assertThat(at(BIRTH.plusMonths(12).minusDays(1))).contains(LifeStage.BAYI);
    assertThat(at(BIRTH.plusMonths(LifeStages.BAYI_END_MONTHS))).doesNotContain(LifeStage.BAYI)
        .contains(LifeStage.BADUTA, LifeStage.BALITA);
  }

  @Test
  void badutaEndsOnDay731AsWhoCounts24Months() {
    assertThat(at(BIRTH.plusDays(730))).contains(LifeStage.BADUTA);
    assertThat(at(BIRTH.plusDays(LifeStages.BADUTA_END_DAYS))).doesNotContain(LifeStage.BADUTA)
        .contains(LifeStage.BALITA);
  }

  @Test
  void balitaEndsAndAprasStartsAt60Months() {
    LocalDate fifth = BIRTH.plusMonths(60);
    assertThat(at(fifth.minusDays(1))).containsExactly(LifeStage.BALITA);
    assertThat(at(fifth)).containsExactly(LifeStage.APRAS);
  }

  @Test
  void aprasEndsAndUsiaSekolahStartsAt72Months() {
    LocalDate sixth = BIRTH.plusMonths(72);
    assertThat(at(sixth.minusDays(1))).containsExactly(LifeStage.APRAS);
    assertThat(at(sixth)).containsExactly(LifeStage.USIA_SEKOLAH_REMAJA);
  }

  @Test
  void usiaProduktifStartsAt15AndOverlapsRemajaUntil18() {
    assertThat(at(BIRTH.plusYears(15).minusDays(1))).containsExactly(LifeStage.USIA_SEKOLAH_REMAJA);
    assertThat(at(BIRTH.plusYears(15)))
        .containsExactly(LifeStage.USIA_SEKOLAH_REMAJA, LifeStage.USIA_PRODUKTIF);
    assertThat(at(BIRTH.plusYears(18).minusDays(1)))
        .containsExactly(LifeStage.USIA_SEKOLAH_REMAJA, LifeStage.USIA_PRODUKTIF);
    assertThat(at(BIRTH.plusYears(18))).containsExactly(LifeStage.USIA_PRODUKTIF);
  }

  @Test
  void lansiaStartsOnThe60thBirthday() {
    assertThat(at(BIRTH.plusYears(60).minusDays(1))).containsExactly(LifeStage.USIA_PRODUKTIF);
    assertThat(at(BIRTH.plusYears(60))).containsExactly(LifeStage.LANSIA);
  }

  @Test
  void leapDayBirthCompletesAYearOnTheFirstOfMarchInCommonYears() {
    LocalDate leap = LocalDate.of(2020, 2, 29);
    assertThat(Age.completedYears(leap, LocalDate.of(2021, 2, 28))).isZero();
    assertThat(Age.completedYears(leap, LocalDate.of(2021, 3, 1))).isEqualTo(1);
    assertThat(Age.completedMonths(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29)))
        .isZero();
    assertThat(Age.days(leap, LocalDate.of(2021, 2, 28))).isEqualTo(365);
  }

  @Test
  void pregnantWomanIsIbuHamilAndUsiaProduktif() {
    LocalDate birth = LocalDate.of(1998, 5, 1);
    assertThat(LifeStages.of(birth, Sex.FEMALE, MaternalState.pregnantNow(),
        LocalDate.of(2025, 6, 1)))
        .containsExactly(LifeStage.IBU_HAMIL, LifeStage.USIA_PRODUKTIF);
  }

  @Test
  void nifasLastsUntilDay42AfterDeliveryInclusive() {
    LocalDate birth = LocalDate.of(1998, 5, 1);
    LocalDate delivery = LocalDate.of(2025, 6, 1);
    MaternalState m = MaternalState.deliveredOn(delivery);
    assertThat(LifeStages.of(birth, Sex.FEMALE, m, delivery)).contains(LifeStage.IBU_NIFAS);
    assertThat(LifeStages.of(birth, Sex.FEMALE, m, delivery.plusDays(LifeStages.NIFAS_LAST_DAY)))
        .contains(LifeStage.IBU_NIFAS);
    assertThat(LifeStages.of(birth, Sex.FEMALE, m, delivery.plusDays(43)))
        .doesNotContain(LifeStage.IBU_NIFAS);
  }

  @Test
  void pregnancyOfAManOrAsOfBeforeBirthOrDeliveryAfterAsOfIsRejected() {
    assertThatThrownBy(() -> LifeStages.of(BIRTH.minusYears(20), Sex.MALE,
        MaternalState.pregnantNow(), BIRTH)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> at(BIRTH.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LifeStages.of(BIRTH.minusYears(20), Sex.FEMALE,
        MaternalState.deliveredOn(BIRTH.plusDays(1)), BIRTH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyAgeUpTo100YearsHasAGroupAndExactlyOneOfTheChildAdultBands() {
    long seed = 20251125L;
    java.util.Random random = new java.util.Random(seed);
    for (int i = 0; i < 2000; i++) {
      LocalDate asOf = BIRTH.plusDays(random.nextInt(36_525));
      Set<LifeStage> s = at(asOf);
      assertThat(s).as("seed %d, as of %s", seed, asOf).isNotEmpty();
      long bands = s.stream().filter(x -> x == LifeStage.BALITA || x == LifeStage.APRAS
          || x == LifeStage.USIA_SEKOLAH_REMAJA && !s.contains(LifeStage.USIA_PRODUKTIF)
          || x == LifeStage.USIA_PRODUKTIF || x == LifeStage.LANSIA).count();
      assertThat(bands).as("seed %d, as of %s: %s", seed, asOf, s).isEqualTo(1);
    }
  }

  @Test
  void everyStageHasBilingualNamesAndASource() {
    for (LifeStage s : LifeStage.values()) {
      assertThat(s.nameId()).isNotBlank();
      assertThat(s.nameEn()).isNotBlank();
      assertThat(s.source()).isNotBlank();
    }
  }
}
