package id.posyandu.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.Sex;
import id.posyandu.core.model.RelationToHead;
import id.posyandu.core.model.Resident;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.core.record.Visit;
import id.posyandu.core.record.VisitSetting;
import id.posyandu.core.testing.ValidInstances;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PosyanduValidatorTest {

  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  final PosyanduValidator validator = PosyanduValidator.asOf(AS_OF);

  static Visit visitWith(Anthropometry a) {
    return Visit.builder().id("v1").residentId("r1").date(LocalDate.of(2025, 6, 10))
        .setting(VisitSetting.POSYANDU_SESSION).posyandu(ValidInstances.POSYANDU).kaderId("k1").addRecords(a).build();
  }

  @Test
  void weightOutOfRangeIsARangeErrorWithBilingualMessagesAndPath() {
    List<Violation> vs = validator.validate(visitWith(Anthropometry.builder().weightKg(400).build()));
    assertThat(vs).hasSize(1);
    Violation v = vs.get(0);
    assertThat(v.code()).isEqualTo("RANGE");
    assertThat(v.path()).isEqualTo("records[0].weightKg");
    assertThat(v.invalidValue()).contains("400.0");
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.messageId()).isEqualTo("harus antara 0,5 dan 250 kg");
    assertThat(v.messageEn()).isEqualTo("must be between 0.5 and 250 kg");
    assertThat(v.rootType()).isEqualTo("Visit");
  }

  @Test
  void validAnthropometryHasNoViolation() {
    Anthropometry a = Anthropometry.builder().weightKg(8.2).lengthOrHeightCm(70.1)
        .position(MeasurePosition.RECUMBENT).build();
    assertThat(validator.validate(a)).isEmpty();
  }

  @Test
  void futureBirthDateIsFutureDateAndNameIsMasked() {
    Resident r = Resident.builder().id("r1").name(" ").sex(Sex.FEMALE)
        .birthDate(AS_OF.plusDays(1)).householdId("h1").relationToHead(RelationToHead.ANAK).build();
    List<Violation> vs = validator.validate(r);
    assertThat(vs).extracting(Violation::code).containsExactly("FUTURE_DATE", "NOT_BLANK");
    assertThat(vs.get(1).invalidValue()).contains("****");
    assertThat(vs.get(0).messageId()).isEqualTo("tidak boleh sesudah tanggal acuan");
  }

  @Test
  void batchReportsEachBadItemWithItsIndexAndGoesOn() {
    List<Object> items = List.of(
        Anthropometry.builder().weightKg(7).build(),
        Anthropometry.builder().weightKg(0.1).build(),
        Anthropometry.builder().build(),
        Anthropometry.builder().weightKg(300).build());
    List<Violation> vs = validator.validateAll(items);
    assertThat(vs).extracting(v -> v.index().getAsInt(), Violation::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, "RANGE"),
        org.assertj.core.groups.Tuple.tuple(2, "ANTHRO.EMPTY"),
        org.assertj.core.groups.Tuple.tuple(3, "RANGE"));
    assertThat(PosyanduValidator.hasErrors(vs)).isTrue();
  }

  @Test
  void classLevelViolationsHaveNoValueAndNeverPrintTheObject() {
    Violation v = validator.validate(Anthropometry.builder().build()).get(0);
    assertThat(v.path()).isEmpty();
    assertThat(v.invalidValue()).isEmpty();
  }

  @Test
  void englishStaysEnglishWhenTheDefaultLocaleIsIndonesian() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("id-ID"));
      Violation v = PosyanduValidator.asOf(AS_OF)
          .validate(Anthropometry.builder().headCircumferenceCm(90).build()).get(0);
      assertThat(v.messageEn()).isEqualTo("must be between 20 and 70 cm");
      assertThat(v.messageId()).isEqualTo("harus antara 20 dan 70 cm");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void codesAreDerivedFromTemplates() {
    assertThat(ViolationCodes.code("{posyandu.code.NIK.MONTH}", ValidNothing.class))
        .isEqualTo("NIK.MONTH");
    assertThat(ViolationCodes.code("{posyandu.VISIT.BEFORE_BIRTH}", ValidNothing.class))
        .isEqualTo("VISIT.BEFORE_BIRTH");
    assertThat(ViolationCodes.code("{jakarta.validation.constraints.DecimalMin.message}",
        jakarta.validation.constraints.DecimalMin.class)).isEqualTo("RANGE");
    assertThat(ViolationCodes.code("free text", ValidNothing.class)).isEqualTo("VALID_NOTHING");
  }

  @Test
  void messagesAreFoundWhenAnApplicationShipsItsOwnValidationMessages() {
    // src/test/resources/ValidationMessages.properties comes first on the test class path
    assertThat(getClass().getResource("/ValidationMessages.properties").toString())
        .contains("test-classes");
    Violation v = validator.validate(Anthropometry.builder().muacCm(70).build()).get(0);
    assertThat(v.messageId()).isEqualTo("harus antara 5 dan 60 cm");
    assertThat(v.messageEn()).isEqualTo("must be between 5 and 60 cm");
  }

  @interface ValidNothing {}
}
