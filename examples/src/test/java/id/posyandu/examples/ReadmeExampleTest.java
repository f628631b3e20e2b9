package id.posyandu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.Visit;
import id.posyandu.core.record.VisitSetting;
import id.posyandu.core.validation.PosyanduValidator;
import id.posyandu.core.validation.Severity;
import id.posyandu.core.validation.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Validating records" example, as a test that compiles and runs. */
class ReadmeExampleTest {

  @Test
  void validatingRecordsExampleGivesTheDocumentedViolation() {
    PosyanduValidator validator = PosyanduValidator.asOf(LocalDate.of(2025, 11, 25));
    Visit visit = Visit.builder()
        .id("kunjungan-1").residentId("warga-17").kaderId("kader-2")
        .posyandu(PosyanduRegistrationNumber.parse("31.74.01.1001.002"))
        .date(LocalDate.of(2025, 11, 10)).setting(VisitSetting.POSYANDU_SESSION)
        .addRecords(Anthropometry.builder().weightKg(790).build())   // 7.90 kg typed as 790
        .build();
    for (Violation v : validator.validate(visit)) {
      System.out.println(v.code() + " " + v.path() + " " + v.severity());  // RANGE records[0].weightKg ERROR
      System.out.println("id: " + v.messageId());   // harus antara 0,5 dan 250 kg
      System.out.println("en: " + v.messageEn());   // must be between 0.5 and 250 kg
    }

    // what the README's comments say
    List<Violation> violations = validator.validate(visit);
    assertThat(violations).hasSize(1);
    Violation v = violations.get(0);
    assertThat(v.code() + " " + v.path() + " " + v.severity())
        .isEqualTo("RANGE records[0].weightKg ERROR");
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.messageId()).isEqualTo("harus antara 0,5 dan 250 kg");
    assertThat(v.messageEn()).isEqualTo("must be between 0.5 and 250 kg");
  }

  @Test
  void theReadmeShowsTheSameCode() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    assertThat(readme)
        .contains("PosyanduValidator validator = PosyanduValidator.asOf(LocalDate.of(2025, 11, 25));")
        .contains(".addRecords(Anthropometry.builder().weightKg(790).build())")
        .contains("// RANGE records[0].weightKg ERROR")
        .contains("// harus antara 0,5 dan 250 kg")
        .contains("// must be between 0.5 and 250 kg");
  }

  @Test
  void theExampleProgramReportsErrorsAndWarnings() {
    List<Violation> vs = ValidateRecordsExample.run(
        new java.io.PrintWriter(new java.io.StringWriter()));
    assertThat(vs).extracting(Violation::code).contains("VISIT.BEFORE_BIRTH", "RANGE",
        "ANTHRO.STANDING_UNDER_9_MONTHS", "FUTURE_DATE", "BP.DIASTOLIC_NOT_BELOW_SYSTOLIC");
  }
}
