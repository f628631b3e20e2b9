package id.posyandu.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Runs the example of the package documentation ({@code package-info.java}). */
class CodePackageExampleTest {
  @Test
  void thePackageDocumentationExampleHolds() {
    LocalDate visitDate = LocalDate.of(2026, 11, 25);
    Nik nik = Nik.parse("3174015506900001");
    assertThat(nik.sex()).isEqualTo(Sex.FEMALE);
    assertThat(nik.birthDate(visitDate)).isEqualTo(LocalDate.of(1990, 6, 15));
    assertThat(nik.region().dotted()).isEqualTo("31.74.01");
    assertThat(nik.toString()).isEqualTo("3174**********01");

    KodeWilayah desa = KodeWilayah.parse("3174011001");
    assertThat(desa.dotted()).isEqualTo("31.74.01.1001");
    assertThat(desa.villageType()).contains(VillageType.KELURAHAN);
    assertThat(desa.kabupatenKota().get().isKota()).isTrue();

    try {
      Nik.parse("3174011513900001");
    } catch (CodeFormatException e) {
      assertThat(e.code()).isEqualTo("NIK.MONTH");
      assertThat(e.messageId())
          .isEqualTo("NIK 3174**********01: bulan lahir 13 tidak sah (01-12)");
      return;
    }
    throw new AssertionError("NIK with month 13 accepted");
  }
}
