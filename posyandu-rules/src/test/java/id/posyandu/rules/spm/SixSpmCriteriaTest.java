package id.posyandu.rules.spm;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.Sex;
import id.posyandu.core.SpmArea;
import id.posyandu.core.model.ServiceRequest;
import id.posyandu.core.record.AncContact;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.BloodPressure;
import id.posyandu.core.record.DrinkingWater;
import id.posyandu.core.record.HouseCondition;
import id.posyandu.core.record.Immunization;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.core.record.SchoolEnrolment;
import id.posyandu.core.record.Supplement;
import id.posyandu.rules.indicator.Criterion;
import id.posyandu.rules.indicator.EvaluationContext;
import id.posyandu.rules.indicator.ReportingPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SixSpmCriteriaTest {

  static final YearMonth MARCH = YearMonth.of(2026, 3);

  @SuppressWarnings("unchecked")
  static <S> boolean test(String criterion, S subject, YearMonth month, LocalDate asOf) {
    Criterion<S> c = (Criterion<S>) SixSpmCriteria.registry().find(criterion).orElseThrow();
    return c.test(subject, new EvaluationContext(ReportingPeriod.month(month), asOf));
  }

  static <S> boolean endOfMarch(String criterion, S subject) {
    return test(criterion, subject, MARCH, MARCH.atEndOfMonth());
  }

  static Anthropometry weight(double kg) {
    return Anthropometry.builder().weightKg(kg).build();
  }

  @Test
  void everyCriterionHasABilingualDescription() {
    SixSpmCriteria.registry().all().values().forEach(c -> {
      assertThat(c.description().id()).as(c.name()).isNotBlank();
      assertThat(c.description().en()).as(c.name()).isNotBlank().isNotEqualTo(c.description().id());
    });
  }

  @Test
  void fastAgeArithmeticEqualsChronoUnitOnGeneratedDates() {
    long seed = 20260325L;
    java.util.Random r = new java.util.Random(seed);
    for (int i = 0; i < 100_000; i++) {
      LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(r.nextInt(35_000));
      LocalDate day = birth.plusDays(r.nextInt(40_000) - 20);
      long months = day.isBefore(birth) ? -1
          : java.time.temporal.ChronoUnit.MONTHS.between(birth, day);
      long years = day.isBefore(birth) ? -1
          : java.time.temporal.ChronoUnit.YEARS.between(birth, day);
      assertThat(SixSpmCriteria.months(birth, day)).as("seed " + seed + ": " + birth + " " + day)
          .isEqualTo(months);
      assertThat(SixSpmCriteria.years(birth, day)).as("seed " + seed + ": " + birth + " " + day)
          .isEqualTo(years);
    }
  }

  @Nested
  class Ages {
    final World w = new World();

    @Test
    void aChildIsBalitaUntilTheDayItTurns60Months() {
      w.child("a", Sex.MALE, LocalDate.of(2021, 3, 15));
      ResidentSubject a = w.residentSubject("a");
      assertThat(test("BALITA", a, MARCH, LocalDate.of(2026, 3, 14))).isTrue();
      assertThat(test("BALITA", a, MARCH, LocalDate.of(2026, 3, 15))).isFalse();
      assertThat(endOfMarch("BALITA", a)).isFalse();
      assertThat(test("BALITA", a, YearMonth.of(2026, 2), LocalDate.of(2026, 2, 28))).isTrue();
    }

    @Test
    void aNewbornIsBalitaOnItsBirthDayButNotBeforeIt() {
      w.child("n", Sex.FEMALE, LocalDate.of(2026, 3, 20));
      ResidentSubject n = w.residentSubject("n");
      assertThat(test("BALITA", n, MARCH, LocalDate.of(2026, 3, 20))).isTrue();
      assertThat(test("BALITA", n, MARCH, LocalDate.of(2026, 3, 19))).isFalse();
    }

    @Test
    void theFirstBirthdayMovesAChildFromBlueToRedCapsuleAge() {
      w.child("b", Sex.MALE, LocalDate.of(2025, 3, 10));
      ResidentSubject b = w.residentSubject("b");
      LocalDate eve = LocalDate.of(2026, 3, 9);
      LocalDate birthday = LocalDate.of(2026, 3, 10);
      assertThat(test("AGE_6_11_MONTHS", b, MARCH, eve)).isTrue();
      assertThat(test("AGE_12_59_MONTHS", b, MARCH, eve)).isFalse();
      assertThat(test("AGE_6_11_MONTHS", b, MARCH, birthday)).isFalse();
      assertThat(test("AGE_12_59_MONTHS", b, MARCH, birthday)).isTrue();
      assertThat(test("TURNS_12_MONTHS_IN_PERIOD", b, MARCH, eve)).isFalse();
      assertThat(test("TURNS_12_MONTHS_IN_PERIOD", b, MARCH, birthday)).isTrue();
    }

    @Test
    void paudAgeIsFiveAndSixCompletedYearsAndSchoolAgeSevenToEighteen() {
      w.child("p", Sex.FEMALE, LocalDate.of(2021, 3, 31));
      w.child("s", Sex.FEMALE, LocalDate.of(2007, 3, 31));
      assertThat(test("PAUD_AGE", w.residentSubject("p"), MARCH, LocalDate.of(2026, 3, 30)))
          .isFalse();
      assertThat(endOfMarch("PAUD_AGE", w.residentSubject("p"))).isTrue();
      assertThat(test("SCHOOL_AGE", w.residentSubject("s"), MARCH, LocalDate.of(2026, 3, 30)))
          .as("18 completed years").isTrue();
      assertThat(endOfMarch("SCHOOL_AGE", w.residentSubject("s"))).as("19 years").isFalse();
      assertThat(test("REMAJA_PUTRI", w.residentSubject("s"), MARCH, LocalDate.of(2026, 3, 30)))
          .isTrue();
    }

    @Test
    void usiaProduktifEndsAndLansiaStartsOnTheSixtiethBirthday() {
      w.child("l", Sex.MALE, LocalDate.of(1966, 3, 31));
      ResidentSubject l = w.residentSubject("l");
      assertThat(test("USIA_PRODUKTIF", l, MARCH, LocalDate.of(2026, 3, 30))).isTrue();
      assertThat(test("LANSIA", l, MARCH, LocalDate.of(2026, 3, 30))).isFalse();
      assertThat(endOfMarch("USIA_PRODUKTIF", l)).isFalse();
      assertThat(endOfMarch("LANSIA", l)).isTrue();
    }
  }

  @Nested
  class Weighing {
    final World w = new World();

    @Test
    void weighingsOnTheFirstAndLastDayOfTheMonthCountAndTheDayBeforeDoesNot() {
      w.child("first", Sex.MALE, LocalDate.of(2024, 1, 5));
      w.child("last", Sex.MALE, LocalDate.of(2024, 1, 5));
      w.child("before", Sex.MALE, LocalDate.of(2024, 1, 5));
      w.visit("first", LocalDate.of(2026, 3, 1), weight(11));
      w.visit("last", LocalDate.of(2026, 3, 31), weight(11));
      w.visit("before", LocalDate.of(2026, 2, 28), weight(11));
      assertThat(endOfMarch("WEIGHED_IN_PERIOD", w.residentSubject("first"))).isTrue();
      assertThat(endOfMarch("WEIGHED_IN_PERIOD", w.residentSubject("last"))).isTrue();
      assertThat(endOfMarch("WEIGHED_IN_PERIOD", w.residentSubject("before"))).isFalse();
    }

    @Test
    void aWeighingAfterTheAsOfDateIsNotSeen() {
      w.child("c", Sex.MALE, LocalDate.of(2024, 1, 5));
      w.visit("c", LocalDate.of(2026, 3, 20), weight(11));
      assertThat(test("WEIGHED_IN_PERIOD", w.residentSubject("c"), MARCH, LocalDate.of(2026, 3, 19)))
          .isFalse();
      assertThat(test("WEIGHED_IN_PERIOD", w.residentSubject("c"), MARCH, LocalDate.of(2026, 3, 20)))
          .isTrue();
    }

    @Test
    void aMeasurementWithoutWeightIsNoWeighing() {
      w.child("c", Sex.MALE, LocalDate.of(2024, 1, 5));
      w.visit("c", LocalDate.of(2026, 3, 10), Anthropometry.builder().muacCm(14).build());
      assertThat(endOfMarch("WEIGHED_IN_PERIOD", w.residentSubject("c"))).isFalse();
    }

    @Test
    void growthStatusComesFromTheGrowthMonitor() {
      LocalDate birth = LocalDate.of(2025, 1, 10);
      w.child("up", Sex.MALE, birth);
      w.child("flat", Sex.MALE, birth);
      w.child("new", Sex.MALE, birth);
      w.child("gap", Sex.MALE, birth);
      w.visit("up", LocalDate.of(2026, 2, 10), weight(9.0));
      w.visit("up", LocalDate.of(2026, 3, 10), weight(9.3));
      w.visit("flat", LocalDate.of(2026, 1, 10), weight(9.0));
      w.visit("flat", LocalDate.of(2026, 2, 10), weight(9.0));
      w.visit("flat", LocalDate.of(2026, 3, 10), weight(9.1));
      w.visit("new", LocalDate.of(2026, 3, 10), weight(9.1));
      w.visit("gap", LocalDate.of(2026, 1, 10), weight(9.0));
      w.visit("gap", LocalDate.of(2026, 3, 10), weight(9.5));
      assertThat(endOfMarch("GROWTH_N", w.residentSubject("up"))).isTrue();
      assertThat(endOfMarch("GROWTH_T", w.residentSubject("flat"))).isTrue();
      assertThat(endOfMarch("GROWTH_2T", w.residentSubject("flat"))).isTrue();
      assertThat(endOfMarch("GROWTH_2T", w.residentSubject("up"))).isFalse();
      assertThat(endOfMarch("GROWTH_B", w.residentSubject("new"))).isTrue();
      assertThat(endOfMarch("GROWTH_O", w.residentSubject("gap"))).isTrue();
      assertThat(endOfMarch("GROWTH_N", w.residentSubject("gap"))).isFalse();
    }

    @Test
    void aVeryLightChildIsBelowTheRedLineAndAChildNotWeighedIsNot() {
      w.child("light", Sex.FEMALE, LocalDate.of(2024, 3, 1));
      w.child("unweighed", Sex.FEMALE, LocalDate.of(2024, 3, 1));
      w.visit("light", LocalDate.of(2026, 3, 5), weight(8.0));
      w.visit("unweighed", LocalDate.of(2026, 2, 5), weight(8.0));
      assertThat(endOfMarch("BELOW_RED_LINE", w.residentSubject("light"))).isTrue();
      assertThat(endOfMarch("BELOW_RED_LINE", w.residentSubject("unweighed"))).isFalse();
    }

    @Test
    void eightWeighingsMeansEightDifferentMonths() {
      w.child("c", Sex.MALE, LocalDate.of(2024, 1, 5));
      for (int m = 1; m <= 7; m++) {
        w.visit("c", LocalDate.of(2025, m, 10), weight(10 + m * 0.1));
      }
      w.visit("c", LocalDate.of(2025, 7, 20), weight(10.8));
      ReportingPeriod year = ReportingPeriod.year(2025);
      Criterion<ResidentSubject> c = resident("WEIGHED_8_TIMES_IN_PERIOD");
      assertThat(c.test(w.residentSubject("c"), EvaluationContext.endOf(year))).isFalse();
      w.visit("c", LocalDate.of(2025, 12, 31), weight(11));
      assertThat(c.test(w.residentSubject("c"), EvaluationContext.endOf(year))).isTrue();
    }
  }

  @SuppressWarnings("unchecked")
  static <S> Criterion<S> resident(String name) {
    return (Criterion<S>) SixSpmCriteria.registry().find(name).orElseThrow();
  }

  @Nested
  class Nutrition {
    final World w = new World();

    @Test
    void aChildWithoutALengthIsNotInTheStuntingDenominator() {
      w.child("c", Sex.MALE, LocalDate.of(2024, 3, 1));
      w.visit("c", LocalDate.of(2026, 3, 5), weight(12));
      assertThat(endOfMarch("STUNTING_ASSESSED", w.residentSubject("c"))).isFalse();
      assertThat(endOfMarch("STUNTED", w.residentSubject("c"))).isFalse();
      assertThat(endOfMarch("UNDERWEIGHT_ASSESSED", w.residentSubject("c"))).isTrue();
    }

    @Test
    void aShortChildIsStuntedAndATallOneIsNot() {
      w.child("short", Sex.MALE, LocalDate.of(2024, 3, 1));
      w.child("tall", Sex.MALE, LocalDate.of(2024, 3, 1));
      w.visit("short", LocalDate.of(2026, 3, 5), Anthropometry.builder().weightKg(10)
          .lengthOrHeightCm(78).position(MeasurePosition.RECUMBENT).build());
      w.visit("tall", LocalDate.of(2026, 3, 5), Anthropometry.builder().weightKg(12)
          .lengthOrHeightCm(88).position(MeasurePosition.RECUMBENT).build());
      assertThat(endOfMarch("STUNTING_ASSESSED", w.residentSubject("short"))).isTrue();
      assertThat(endOfMarch("STUNTED", w.residentSubject("short"))).isTrue();
      assertThat(endOfMarch("STUNTING_ASSESSED", w.residentSubject("tall"))).isTrue();
      assertThat(endOfMarch("STUNTED", w.residentSubject("tall"))).isFalse();
    }
  }

  @Nested
  class Services {
    final World w = new World();

    @Test
    void vitaminAMustMatchTheAgeAtTheDose() {
      w.child("infant", Sex.MALE, LocalDate.of(2025, 6, 1));
      w.child("older", Sex.MALE, LocalDate.of(2023, 6, 1));
      w.visit("infant", LocalDate.of(2026, 2, 10),
          Supplement.builder().kind(Supplement.Kind.VITAMIN_A_RED).build());
      w.visit("older", LocalDate.of(2026, 2, 10),
          Supplement.builder().kind(Supplement.Kind.VITAMIN_A_RED).build());
      YearMonth feb = YearMonth.of(2026, 2);
      assertThat(test("VITAMIN_A_IN_PERIOD", w.residentSubject("infant"), feb, feb.atEndOfMonth()))
          .isFalse();
      assertThat(test("VITAMIN_A_IN_PERIOD", w.residentSubject("older"), feb, feb.atEndOfMonth()))
          .isTrue();
    }

    @Test
    void idlCountsOnlyDosesBeforeTheFirstBirthdayAndHexavalentReplacesDptAndIpv() {
      LocalDate birth = LocalDate.of(2025, 3, 10);
      w.child("c", Sex.FEMALE, birth);
      OneSourceTest.giveIdlExceptMr1(w, "c", birth, true);
      w.visit("c", birth.plusMonths(12), Immunization.builder()
          .antigen(Immunization.Antigen.MR1).build());
      assertThat(test("IDL_COMPLETE", w.residentSubject("c"), MARCH, LocalDate.of(2026, 3, 10)))
          .as("MR1 on the first birthday is late").isFalse();
      assertThat(test("IMMUNIZATION_OVERDUE", w.residentSubject("c"), YearMonth.of(2026, 2),
          LocalDate.of(2026, 2, 1))).as("MR1 missing at 10 months").isTrue();
      w.visit("c", birth.plusMonths(12).minusDays(1), Immunization.builder()
          .antigen(Immunization.Antigen.MR1).build());
      assertThat(test("IDL_COMPLETE", w.residentSubject("c"), MARCH, LocalDate.of(2026, 3, 10)))
          .isTrue();
    }

    @Test
    void bloodPressureFrom140Over90IsHigh() {
      w.child("a", Sex.MALE, LocalDate.of(1980, 1, 1));
      w.child("b", Sex.MALE, LocalDate.of(1980, 1, 1));
      w.child("c", Sex.MALE, LocalDate.of(1980, 1, 1));
      w.visit("a", LocalDate.of(2026, 3, 3), bp(139, 89));
      w.visit("b", LocalDate.of(2026, 3, 3), bp(140, 70));
      w.visit("c", LocalDate.of(2026, 3, 3), bp(120, 90));
      assertThat(endOfMarch("HIGH_BP_IN_PERIOD", w.residentSubject("a"))).isFalse();
      assertThat(endOfMarch("HIGH_BP_IN_PERIOD", w.residentSubject("b"))).isTrue();
      assertThat(endOfMarch("HIGH_BP_IN_PERIOD", w.residentSubject("c"))).isTrue();
    }

    @Test
    void schoolStatusUnknownIsNeitherEnrolledNorOutOfSchool() {
      w.child("u", Sex.MALE, LocalDate.of(2015, 1, 1));
      w.child("o", Sex.MALE, LocalDate.of(2015, 1, 1));
      w.child("old", Sex.MALE, LocalDate.of(2015, 1, 1));
      w.visit("o", LocalDate.of(2026, 1, 3), SchoolEnrolment.builder().enrolled(false).build());
      w.visit("old", LocalDate.of(2025, 3, 30), SchoolEnrolment.builder().enrolled(false).build());
      assertThat(endOfMarch("SCHOOL_STATUS_KNOWN", w.residentSubject("u"))).isFalse();
      assertThat(endOfMarch("OUT_OF_SCHOOL", w.residentSubject("u"))).isFalse();
      assertThat(endOfMarch("OUT_OF_SCHOOL", w.residentSubject("o"))).isTrue();
      assertThat(endOfMarch("SCHOOL_STATUS_KNOWN", w.residentSubject("old")))
          .as("a record older than 365 days").isFalse();
    }
  }

  static BloodPressure bp(int sys, int dia) {
    return BloodPressure.builder().systolicMmHg(sys).diastolicMmHg(dia).build();
  }

  @Nested
  class Pregnancies {
    final World w = new World();

    PregnancySubject pregnancy() {
      return w.subjects().pregnancies().get(0);
    }

    @Test
    void kekIsMuacBelow23Point5() {
      w.child("m", Sex.FEMALE, LocalDate.of(2000, 1, 1));
      w.pregnancy("p", "m", LocalDate.of(2026, 1, 1), null);
      w.visit("m", LocalDate.of(2026, 3, 2), Anthropometry.builder().muacCm(23.5).build());
      assertThat(endOfMarch("MUAC_MEASURED_IN_PERIOD", pregnancy())).isTrue();
      assertThat(endOfMarch("KEK_IN_PERIOD", pregnancy())).isFalse();
      w.visit("m", LocalDate.of(2026, 3, 3), Anthropometry.builder().muacCm(23.4).build());
      assertThat(endOfMarch("KEK_IN_PERIOD", pregnancy())).isTrue();
      assertThat(endOfMarch("PREGNANT_KEK", pregnancy())).isTrue();
    }

    @Test
    void k6NeedsOneTwoThreeByTrimesterAndADoctorWithUltrasoundAtK1AndK5() {
      w.child("m", Sex.FEMALE, LocalDate.of(2000, 1, 1));
      LocalDate lmp = LocalDate.of(2025, 6, 1);
      w.pregnancy("p", "m", lmp, LocalDate.of(2026, 3, 5));
      int[] weeks = {10, 16, 22, 28, 34, 38};
      for (int wk : weeks) {
        boolean doctor = wk == 10 || wk == 34;
        w.visit("m", lmp.plusWeeks(wk), AncContact.builder().pregnancyId("p")
            .gestationalAgeWeeks(wk).provider(doctor ? AncContact.Provider.DOCTOR
                : AncContact.Provider.MIDWIFE).ultrasound(doctor && wk == 10).build());
      }
      assertThat(endOfMarch("K1_IN_TRIMESTER_1", pregnancy())).isTrue();
      assertThat(endOfMarch("K6_COMPLETE", pregnancy())).as("K5 without ultrasound").isFalse();
      assertThat(endOfMarch("PREGNANCY_ENDED_IN_PERIOD", pregnancy())).isTrue();
    }

    @Test
    void ninetyTabletsAreEnoughAndEightyNineAreNot() {
      w.child("m", Sex.FEMALE, LocalDate.of(2000, 1, 1));
      LocalDate lmp = LocalDate.of(2025, 6, 1);
      w.pregnancy("p", "m", lmp, LocalDate.of(2026, 3, 5));
      w.visit("m", lmp.plusWeeks(12), Supplement.builder().kind(Supplement.Kind.TTD)
          .quantity(60).build());
      w.visit("m", lmp.plusWeeks(20), Supplement.builder().kind(Supplement.Kind.TTD)
          .quantity(29).build());
      w.visit("m", LocalDate.of(2026, 3, 20), Supplement.builder().kind(Supplement.Kind.TTD)
          .quantity(30).build());
      assertThat(endOfMarch("TTD_90_TABLETS", pregnancy())).as("tablets after delivery").isFalse();
      w.visit("m", lmp.plusWeeks(30), Supplement.builder().kind(Supplement.Kind.TTD).build());
      assertThat(endOfMarch("TTD_90_TABLETS", pregnancy())).isTrue();
    }

    @Test
    void hypertensionInPregnancyIsForOngoingPregnancies() {
      w.child("m", Sex.FEMALE, LocalDate.of(2000, 1, 1));
      w.pregnancy("p", "m", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 3, 20));
      w.visit("m", LocalDate.of(2026, 3, 2), bp(150, 95));
      assertThat(test("PREGNANT_HYPERTENSION", pregnancy(), MARCH, LocalDate.of(2026, 3, 19)))
          .isTrue();
      assertThat(test("PREGNANT_HYPERTENSION", pregnancy(), MARCH, LocalDate.of(2026, 3, 21)))
          .isFalse();
    }
  }

  @Nested
  class Households {
    final World w = new World();

    HouseholdSubject household() {
      return w.subjects().households().get(0);
    }

    HouseCondition.Builder goodHouse() {
      return HouseCondition.builder().roof(HouseCondition.Roof.TILE)
          .wall(HouseCondition.Wall.MASONRY).floor(HouseCondition.Floor.CERAMIC)
          .floorAreaM2(36).occupants(5);
    }

    @Test
    void anEarthFloorMakesAnRtlhAndAnUnknownMckLeavesAGoodHouseUnassessed() {
      w.child("a", Sex.MALE, LocalDate.of(1990, 1, 1));
      w.visit("a", LocalDate.of(2026, 1, 5), goodHouse().build());
      assertThat(endOfMarch("HOUSE_ASSESSED", household())).isFalse();
      w.visit("a", LocalDate.of(2026, 2, 5), goodHouse().ownMck(true).build());
      assertThat(endOfMarch("HOUSE_ASSESSED", household())).isTrue();
      assertThat(endOfMarch("RTLH", household())).isFalse();
      w.visit("a", LocalDate.of(2026, 3, 5), goodHouse().floor(HouseCondition.Floor.EARTH).build());
      assertThat(endOfMarch("RTLH", household())).isTrue();
      assertThat(endOfMarch("HOUSE_ASSESSED", household())).isTrue();
    }

    @Test
    void floorAreaBelow7Point2SquareMetresPerPersonIsRtlh() {
      w.child("a", Sex.MALE, LocalDate.of(1990, 1, 1));
      w.visit("a", LocalDate.of(2026, 3, 5), goodHouse().ownMck(true).floorAreaM2(36).build());
      assertThat(endOfMarch("RTLH", household())).as("7.2 m2 each").isFalse();
      w.visit("a", LocalDate.of(2026, 3, 6), goodHouse().ownMck(true).floorAreaM2(35.9).build());
      assertThat(endOfMarch("RTLH", household())).isTrue();
    }

    @Test
    void aWellMustBeTenMetresFromTheSepticTank() {
      w.child("a", Sex.MALE, LocalDate.of(1990, 1, 1));
      w.visit("a", LocalDate.of(2026, 3, 5), DrinkingWater.builder()
          .mainSource(DrinkingWater.Source.PROTECTED_WELL).build());
      assertThat(endOfMarch("WATER_ASSESSED", household())).as("distance unknown").isFalse();
      w.visit("a", LocalDate.of(2026, 3, 6), DrinkingWater.builder()
          .mainSource(DrinkingWater.Source.PROTECTED_WELL).distanceToSepticM(9.9).build());
      assertThat(endOfMarch("SAFE_WATER", household())).isFalse();
      w.visit("a", LocalDate.of(2026, 3, 7), DrinkingWater.builder()
          .mainSource(DrinkingWater.Source.PROTECTED_WELL).distanceToSepticM(10).build());
      assertThat(endOfMarch("SAFE_WATER", household())).isTrue();
    }

    @Test
    void refillWaterIsSafeOnlyWithAProtectedSourceForCookingAndWashing() {
      w.child("a", Sex.MALE, LocalDate.of(1990, 1, 1));
      w.visit("a", LocalDate.of(2026, 3, 5), DrinkingWater.builder()
          .mainSource(DrinkingWater.Source.REFILL)
          .cookingAndWashingSource(DrinkingWater.Source.UNPROTECTED_WELL).build());
      assertThat(endOfMarch("SAFE_WATER", household())).isFalse();
      w.visit("a", LocalDate.of(2026, 3, 6), DrinkingWater.builder()
          .mainSource(DrinkingWater.Source.REFILL)
          .cookingAndWashingSource(DrinkingWater.Source.PIPED_METERED).build());
      assertThat(endOfMarch("SAFE_WATER", household())).isTrue();
    }
  }

  @Nested
  class Requests {

    ServiceRequestSubject request(LocalDate received, LocalDate handled) {
      ServiceRequest.Builder b = ServiceRequest.builder().id("q").posyandu(World.P1)
          .area(SpmArea.TRANTIBUMLINMAS).addHistory(ServiceRequest.StatusChange.builder()
              .status(ServiceRequest.Status.RECEIVED).date(received).build());
      if (handled != null) {
        b.addHistory(ServiceRequest.StatusChange.builder().status(ServiceRequest.Status.FORWARDED)
            .date(handled).forwardedTo("Pemdes").build());
      }
      return ServiceRequestSubject.of(b.build());
    }

    @Test
    void aRequestReceivedOnFridayIsDueTheNextFriday() {
      LocalDate friday = LocalDate.of(2026, 3, 6);
      assertThat(RequestCriteria.deadline(friday)).isEqualTo(LocalDate.of(2026, 3, 13));
      assertThat(endOfMarch("HANDLED_WITHIN_DEADLINE", request(friday, LocalDate.of(2026, 3, 13))))
          .isTrue();
      assertThat(endOfMarch("HANDLED_WITHIN_DEADLINE", request(friday, LocalDate.of(2026, 3, 16))))
          .isFalse();
    }

    @Test
    void anUnhandledRequestIsPendingUntilItsDeadlinePasses() {
      LocalDate friday = LocalDate.of(2026, 3, 6);
      ServiceRequestSubject q = request(friday, null);
      assertThat(test("PENDING_NOT_YET_DUE", q, MARCH, LocalDate.of(2026, 3, 13))).isTrue();
      assertThat(test("PENDING_NOT_YET_DUE", q, MARCH, LocalDate.of(2026, 3, 14))).isFalse();
      assertThat(test("REQUEST_AREA_TRANTIB", q, MARCH, LocalDate.of(2026, 3, 14))).isTrue();
    }
  }
}
