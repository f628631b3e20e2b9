package id.posyandu.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.Sex;
import id.posyandu.core.model.RelationToHead;
import id.posyandu.core.model.Resident;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.core.record.Visit;
import id.posyandu.core.record.VisitSetting;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PosyanduValidatorTest {

  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  final PosyanduValidator validator = PosyanduValidator.asOf(AS_OF);

  static Visit visitWith(Anthropometry a) {
    return Visit.builder().id("v1").residentId("r1").date(LocalDate.of(2025, 6, 10))
        .setting(VisitSetting.POSYANDU_SESSION).kaderId("k1").addRecords(a).build();
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
    assertThat(v.messageId()).isEqualTo("harus antara 0.5 dan 250 kg");
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
}
