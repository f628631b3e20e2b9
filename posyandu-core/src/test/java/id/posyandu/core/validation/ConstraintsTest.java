package id.posyandu.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.Sex;
import id.posyandu.core.model.Pregnancy;
import id.posyandu.core.model.PregnancyOutcome;
import id.posyandu.core.model.RelationToHead;
import id.posyandu.core.model.Resident;
import id.posyandu.core.model.ServiceRequest;
import id.posyandu.core.model.ServiceRequest.Status;
import id.posyandu.core.model.ServiceRequest.StatusChange;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.BloodGlucose;
import id.posyandu.core.record.BloodPressure;
import id.posyandu.core.record.DtsenRegistration;
import id.posyandu.core.record.Haemoglobin;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.core.record.Phq4Screening;
import id.posyandu.core.record.PumaScreening;
import id.posyandu.core.record.ResidentRecords;
import id.posyandu.core.record.SchoolEnrolment;
import id.posyandu.core.record.Supplement;
import id.posyandu.core.record.Visit;
import id.posyandu.core.record.VisitSetting;
import id.posyandu.core.testing.ValidInstances;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every constraint of the model with a valid and an invalid case, at the boundary. */
class ConstraintsTest {

  static final LocalDate AS_OF = LocalDate.of(2025, 11, 25);
  static final PosyanduValidator VALIDATOR = PosyanduValidator.asOf(AS_OF);

  static List<String> codes(Object o) {
    return VALIDATOR.validate(o).stream().map(Violation::code).collect(Collectors.toList());
  }

  static Violation only(Object o) {
    List<Violation> vs = VALIDATOR.validate(o);
    assertThat(vs).hasSize(1);
    return vs.get(0);
  }

  @Nested
  class Ranges {
    @Test
    void weightBoundariesAreInclusive() {
      assertThat(codes(Anthropometry.builder().weightKg(0.5).build())).isEmpty();
      assertThat(codes(Anthropometry.builder().weightKg(250).build())).isEmpty();
      assertThat(codes(Anthropometry.builder().weightKg(0.49).build())).containsExactly("RANGE");
      assertThat(codes(Anthropometry.builder().weightKg(250.01).build())).containsExactly("RANGE");
    }

    @Test
    void notANumberIsNeverPlausible() {
      assertThat(codes(Anthropometry.builder().muacCm(Double.NaN).build())).containsExactly("RANGE");
      assertThat(codes(Haemoglobin.builder().gPerDl(Double.POSITIVE_INFINITY).build()))
          .containsExactly("RANGE");
    }

    @Test
    void everyMeasureOfAnthropometryHasItsRangeAndUnit() {
      Violation v = only(Anthropometry.builder().weightKg(10).lengthOrHeightCm(29.9)
          .position(MeasurePosition.RECUMBENT).build());
      assertThat(v.path()).isEqualTo("lengthOrHeightCm");
      assertThat(v.messageEn()).isEqualTo("must be between 30 and 250 cm");
      assertThat(codes(Anthropometry.builder().headCircumferenceCm(71).build()))
          .containsExactly("RANGE");
      assertThat(codes(Anthropometry.builder().waistCm(29).build())).containsExactly("RANGE");
      assertThat(codes(Anthropometry.builder().tricepsSkinfoldMm(0.5).subscapularSkinfoldMm(61)
          .build())).containsExactly("RANGE", "RANGE");
    }

    @Test
    void bloodValuesHaveRanges() {
      assertThat(codes(BloodGlucose.builder().mgPerDl(701)
          .testType(BloodGlucose.TestType.RANDOM).build())).containsExactly("RANGE");
      assertThat(codes(BloodGlucose.builder().mgPerDl(700)
          .testType(BloodGlucose.TestType.FASTING).build())).isEmpty();
      assertThat(codes(Haemoglobin.builder().gPerDl(1.9).build())).containsExactly("RANGE");
      assertThat(codes(BloodPressure.builder().systolicMmHg(301).diastolicMmHg(80).build()))
          .containsExactly("RANGE");
    }

    @Test
    void answersOfScreeningsHaveRangesAndCounts() {
      assertThat(codes(PumaScreening.builder().addItemPoints(0, 1, 2, 0, 1, 2, 3).build()))
          .containsExactly("RANGE");
      assertThat(only(PumaScreening.builder().addItemPoints(0, 1, 2, 0, 1, 2, 3).build()).path())
          .isEqualTo("itemPoints[6].<list element>");
      assertThat(codes(PumaScreening.builder().addItemPoints(0, 1).build()))
          .containsExactly("SIZE");
      assertThat(codes(Phq4Screening.builder().addAnswers(0, 1, 2, 3).build())).isEmpty();
      assertThat(codes(Phq4Screening.builder().addAnswers(0, 1, 2).build()))
          .containsExactly("SIZE");
      assertThat(codes(Supplement.builder().kind(Supplement.Kind.TTD).quantity(0).build()))
          .containsExactly("RANGE");
    }
  }

  @Nested
  class ClassLevel {
    @Test
    void anthropometryNeedsAMeasureAndAPositionWithLength() {
      assertThat(codes(Anthropometry.builder().build())).containsExactly("ANTHRO.EMPTY");
      Violation v = only(Anthropometry.builder().lengthOrHeightCm(80).build());
      assertThat(v.code()).isEqualTo("ANTHRO.POSITION_MISSING");
      assertThat(v.path()).isEqualTo("position");
      assertThat(codes(Anthropometry.builder().oedema(false).build())).isEmpty();
    }

    @Test
    void diastolicMustBeBelowSystolic() {
      assertThat(codes(BloodPressure.builder().systolicMmHg(120).diastolicMmHg(119).build()))
          .isEmpty();
      assertThat(codes(BloodPressure.builder().systolicMmHg(120).diastolicMmHg(120).build()))
          .containsExactly("BP.DIASTOLIC_NOT_BELOW_SYSTOLIC");
    }

    @Test
    void pregnancyNeedsDatesInOrderAndACompleteOutcome() {
      Pregnancy.Builder base = Pregnancy.builder().id("p").residentId("r");
      assertThat(codes(base.build())).containsExactly("PREGNANCY.NO_DATES");
      LocalDate hpht = LocalDate.of(2025, 1, 1);
      assertThat(codes(Pregnancy.builder().from(base.build()).lastMenstrualPeriod(hpht)
          .estimatedDeliveryDate(hpht).build())).containsExactly("PREGNANCY.HPL_NOT_AFTER_HPHT");
      assertThat(codes(Pregnancy.builder().id("p").residentId("r").lastMenstrualPeriod(hpht)
          .outcome(PregnancyOutcome.LIVE_BIRTH).build()))
          .containsExactly("PREGNANCY.OUTCOME_INCOMPLETE");
      assertThat(codes(Pregnancy.builder().id("p").residentId("r").lastMenstrualPeriod(hpht)
          .outcome(PregnancyOutcome.MISCARRIAGE).outcomeDate(hpht).build()))
          .containsExactly("PREGNANCY.OUTCOME_BEFORE_START");
      assertThat(codes(Pregnancy.builder().id("p").residentId("r")
          .estimatedDeliveryDate(AS_OF.plusDays(100)).build())).isEmpty();
      assertThat(codes(Pregnancy.builder().id("p").residentId("r")
          .lastMenstrualPeriod(AS_OF.plusDays(1)).build())).containsExactly("FUTURE_DATE");
    }

    @Test
    void schoolEnrolmentLevelAndReasonExcludeEachOther() {
      assertThat(codes(SchoolEnrolment.builder().enrolled(true).level(SchoolEnrolment.Level.SD)
          .build())).isEmpty();
      assertThat(codes(SchoolEnrolment.builder().enrolled(true).build()))
          .containsExactly("SCHOOL.INCONSISTENT");
      assertThat(codes(SchoolEnrolment.builder().enrolled(false)
          .outOfSchoolReason(SchoolEnrolment.OutOfSchoolReason.COST).build())).isEmpty();
      assertThat(codes(SchoolEnrolment.builder().enrolled(false).level(SchoolEnrolment.Level.SD)
          .outOfSchoolReason(SchoolEnrolment.OutOfSchoolReason.COST).build()))
          .containsExactly("SCHOOL.INCONSISTENT");
    }

    @Test
    void dtsenDecileOnlyWhenRegistered() {
      DtsenRegistration.Builder b = DtsenRegistration.builder().checkedOn(AS_OF);
      assertThat(codes(b.registered(true).decile(1).build())).isEmpty();
      assertThat(codes(DtsenRegistration.builder().checkedOn(AS_OF).registered(false).decile(3)
          .build())).containsExactly("DTSEN.INCONSISTENT");
      assertThat(codes(DtsenRegistration.builder().checkedOn(AS_OF).registered(true).decile(11)
          .build())).containsExactly("RANGE");
    }

    @Test
    void statusHistoryStartsReceivedIsInDateOrderAndForwardingNamesItsDestination() {
      StatusChange received = StatusChange.builder().status(Status.RECEIVED)
          .date(LocalDate.of(2025, 11, 1)).build();
      StatusChange forwarded = StatusChange.builder().status(Status.FORWARDED)
          .date(LocalDate.of(2025, 11, 3)).forwardedTo("Pemdes").build();
      StatusChange earlyResolved = StatusChange.builder().status(Status.RESOLVED)
          .date(LocalDate.of(2025, 10, 31)).build();
      ServiceRequest.Builder b = ServiceRequest.builder().id("s").posyandu(ValidInstances.POSYANDU)
          .area(id.posyandu.core.SpmArea.PERUMAHAN_RAKYAT);
      assertThat(codes(ServiceRequest.builder().from(b.addHistory(received, forwarded).build())
          .build())).isEmpty();
      Violation order = only(ServiceRequest.builder().id("s").posyandu(ValidInstances.POSYANDU)
          .area(id.posyandu.core.SpmArea.SOSIAL).addHistory(received, forwarded, earlyResolved)
          .build());
      assertThat(order.code()).isEqualTo("REQUEST.HISTORY_ORDER");
      assertThat(order.path()).isEqualTo("history[2].date");
      assertThat(codes(ServiceRequest.builder().id("s").posyandu(ValidInstances.POSYANDU).area(id.posyandu.core.SpmArea.SOSIAL)
          .addHistory(forwarded).build())).containsExactly("REQUEST.FIRST_NOT_RECEIVED");
      assertThat(codes(ServiceRequest.builder().id("s").posyandu(ValidInstances.POSYANDU).area(id.posyandu.core.SpmArea.SOSIAL)
          .addHistory(received, StatusChange.builder().status(Status.FORWARDED)
              .date(LocalDate.of(2025, 11, 2)).build()).build()))
          .containsExactly("REQUEST.FORWARD_WITHOUT_DESTINATION");
      assertThat(codes(ServiceRequest.builder().id("s").posyandu(ValidInstances.POSYANDU).area(id.posyandu.core.SpmArea.SOSIAL)
          .build())).containsExactly("NOT_EMPTY");
    }
  }

  @Nested
  class AcrossRecords {
    final LocalDate birth = LocalDate.of(2023, 1, 10);
    final Resident child = Resident.builder().id("r1").name("Budi").sex(Sex.MALE).birthDate(birth)
        .householdId("h1").relationToHead(RelationToHead.ANAK).build();

    Visit visit(LocalDate date, Anthropometry... records) {
      return Visit.builder().id("v").residentId("r1").date(date)
          .setting(VisitSetting.HOME_VISIT).posyandu(ValidInstances.POSYANDU).kaderId("k").addRecords(records).build();
    }

    Anthropometry measured(MeasurePosition p) {
      return Anthropometry.builder().weightKg(9).lengthOrHeightCm(75).position(p).build();
    }

    List<Violation> check(Visit v) {
      return VALIDATOR.validate(ResidentRecords.builder().resident(child).addVisits(v).build());
    }

    @Test
    void visitOnTheBirthDateIsValidAndTheDayBeforeIsAnError() {
      assertThat(check(visit(birth))).isEmpty();
      List<Violation> vs = check(visit(birth.minusDays(1)));
      assertThat(vs).extracting(Violation::code).containsExactly("VISIT.BEFORE_BIRTH");
      assertThat(vs.get(0).path()).isEqualTo("visits[0].date");
      assertThat(vs.get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void visitOfAnotherResidentIsAnError() {
      Visit other = Visit.builder().from(visit(birth)).residentId("r2").build();
      assertThat(check(other)).extracting(Violation::code)
          .containsExactly("VISIT.OTHER_RESIDENT");
    }

    @Test
    void standingBeforeNineMonthsIsAWarningFromNineMonthsItIsNot() {
      LocalDate nine = birth.plusMonths(PlausibleMeasurePosition.STANDING_FROM_MONTHS);
      List<Violation> vs = check(visit(nine.minusDays(1), measured(MeasurePosition.STANDING)));
      assertThat(vs).extracting(Violation::code)
          .containsExactly("ANTHRO.STANDING_UNDER_9_MONTHS");
      assertThat(vs.get(0).severity()).isEqualTo(Severity.WARNING);
      assertThat(vs.get(0).path()).isEqualTo("visits[0].records[0]");
      assertThat(check(visit(nine, measured(MeasurePosition.STANDING)))).isEmpty();
    }

    @Test
    void recumbentFromDay731IsAWarningTheDayBeforeItIsNot() {
      LocalDate day731 = birth.plusDays(PlausibleMeasurePosition.STANDING_STANDARD_FROM_DAYS);
      assertThat(check(visit(day731.minusDays(1), measured(MeasurePosition.RECUMBENT)))).isEmpty();
      List<Violation> vs = check(visit(day731, measured(MeasurePosition.RECUMBENT)));
      assertThat(vs).extracting(Violation::code)
          .containsExactly("ANTHRO.RECUMBENT_FROM_24_MONTHS");
      assertThat(vs.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    Resident woman(LocalDate birthDate, Sex sex) {
      return Resident.builder().id("m").name("Ani").sex(sex).birthDate(birthDate)
          .householdId("h").relationToHead(RelationToHead.ISTRI).build();
    }

    List<Violation> pregnancyOf(Resident r, LocalDate hpht, String residentId) {
      Pregnancy p = Pregnancy.builder().id("p").residentId(residentId).lastMenstrualPeriod(hpht)
          .build();
      return VALIDATOR.validate(ResidentRecords.builder().resident(r).addPregnancies(p).build());
    }

    @Test
    void maternalAgeFrom10To55IsPlausibleOutsideItIsAWarning() {
      LocalDate hpht = LocalDate.of(2025, 6, 1);
      assertThat(pregnancyOf(woman(hpht.minusYears(10), Sex.FEMALE), hpht, "m")).isEmpty();
      assertThat(pregnancyOf(woman(hpht.minusYears(10).plusDays(1), Sex.FEMALE), hpht, "m"))
          .extracting(Violation::code, Violation::severity)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("PREGNANCY.MATERNAL_AGE",
              Severity.WARNING));
      assertThat(pregnancyOf(woman(hpht.minusYears(56).plusDays(1), Sex.FEMALE), hpht, "m"))
          .isEmpty();
      assertThat(pregnancyOf(woman(hpht.minusYears(56), Sex.FEMALE), hpht, "m"))
          .extracting(Violation::code).containsExactly("PREGNANCY.MATERNAL_AGE");
    }

    @Test
    void pregnancyOfAManOrOfAnotherResidentIsAnError() {
      LocalDate hpht = LocalDate.of(2025, 6, 1);
      assertThat(pregnancyOf(woman(LocalDate.of(1995, 1, 1), Sex.MALE), hpht, "m"))
          .extracting(Violation::code).containsExactly("PREGNANCY.NOT_FEMALE");
      assertThat(pregnancyOf(woman(LocalDate.of(1995, 1, 1), Sex.FEMALE), hpht, "x"))
          .extracting(Violation::code).containsExactly("PREGNANCY.OTHER_RESIDENT");
    }
  }

  @Nested
  class BuiltIn {
    @Test
    void idsMustNotBeBlankOrTooLong() {
      Visit v = Visit.builder().id("").residentId("r".repeat(65)).date(AS_OF)
          .setting(VisitSetting.POSYANDU_SESSION).posyandu(ValidInstances.POSYANDU).kaderId("k").build();
      assertThat(codes(v)).containsExactly("NOT_BLANK", "SIZE");
    }

    @Test
    void datesMayBeTheAsOfDateButNotTheDayAfter() {
      Visit.Builder b = Visit.builder().id("v").residentId("r").kaderId("k")
          .setting(VisitSetting.POSYANDU_SESSION).posyandu(ValidInstances.POSYANDU);
      assertThat(codes(b.date(AS_OF).build())).isEmpty();
      assertThat(codes(Visit.builder().id("v").residentId("r").kaderId("k")
          .setting(VisitSetting.POSYANDU_SESSION).posyandu(ValidInstances.POSYANDU).date(AS_OF.plusDays(1)).build()))
          .containsExactly("FUTURE_DATE");
    }
  }
}
