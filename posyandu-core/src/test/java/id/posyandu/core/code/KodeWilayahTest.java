package id.posyandu.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class KodeWilayahTest {

  @ParameterizedTest
  @CsvSource({
      "11, 11, PROVINSI",
      "11.01, 1101, KABUPATEN_KOTA",
      "11.01.01, 110101, KECAMATAN",
      "11.01.01.2001, 1101012001, DESA_KELURAHAN",
      "31.74.01.1001, 3174011001, DESA_KELURAHAN",
      "96.01.01.2001, 9601012001, DESA_KELURAHAN",
  })
  void parsesDottedAndPlainFormsOfEveryLevelAndRoundTrips(String dotted, String plain,
      WilayahLevel level) {
    KodeWilayah fromDotted = KodeWilayah.parse(dotted);
    KodeWilayah fromPlain = KodeWilayah.parse(plain);
    assertThat(fromDotted).isEqualTo(fromPlain).hasSameHashCodeAs(fromPlain);
    assertThat(fromDotted.level()).isEqualTo(level);
    assertThat(fromDotted.dotted()).isEqualTo(dotted);
    assertThat(fromDotted.plain()).isEqualTo(plain);
    assertThat(fromPlain).hasToString(dotted);
    assertThat(KodeWilayah.parse(fromPlain.dotted())).isEqualTo(fromPlain);
    assertThat(KodeWilayah.parse(fromDotted.plain())).isEqualTo(fromDotted);
    assertThat(plain).hasSize(level.digits());
  }

  @Test
  void walksTheParentChainUpToTheProvinsi() {
    KodeWilayah desa = KodeWilayah.parse("32.04.12.2005");
    KodeWilayah kec = desa.parent().orElseThrow();
    KodeWilayah kab = kec.parent().orElseThrow();
    KodeWilayah prov = kab.parent().orElseThrow();
    assertThat(List.of(kec, kab, prov)).extracting(KodeWilayah::dotted)
        .containsExactly("32.04.12", "32.04", "32");
    assertThat(prov.parent()).isEmpty();
    assertThat(desa.ancestors()).containsExactly(prov, kab, kec);
    assertThat(prov.ancestors()).isEmpty();
    assertThat(desa.provinsi()).isEqualTo(prov);
    assertThat(prov.provinsi()).isSameAs(prov);
    assertThat(desa.kabupatenKota()).contains(kab);
    assertThat(desa.kecamatan()).contains(kec);
    assertThat(prov.kabupatenKota()).isEmpty();
    assertThat(kab.kecamatan()).isEmpty();
    assertThat(desa.at(WilayahLevel.DESA_KELURAHAN)).containsSame(desa);
  }

  @Test
  void knowsAncestorsStrictly() {
    KodeWilayah prov = KodeWilayah.parse("32");
    KodeWilayah desa = KodeWilayah.parse("3204122005");
    assertThat(prov.isAncestorOf(desa)).isTrue();
    assertThat(desa.isAncestorOf(prov)).isFalse();
    assertThat(desa.isAncestorOf(desa)).isFalse();
    assertThat(KodeWilayah.parse("33").isAncestorOf(desa)).isFalse();
    assertThat(KodeWilayah.parse("32.04.13").isAncestorOf(desa)).isFalse();
  }

  @Test
  void tellsKotaFromKabupaten() {
    assertThat(KodeWilayah.parse("31.74").isKota()).isTrue(); // Kota Jakarta Selatan
    assertThat(KodeWilayah.parse("31.74").isKabupaten()).isFalse();
    assertThat(KodeWilayah.parse("31.01").isKabupaten()).isTrue(); // Kab. Kepulauan Seribu
    assertThat(KodeWilayah.parse("11.69").isKabupaten()).isTrue();
    assertThat(KodeWilayah.parse("11.71").isKota()).isTrue(); // Kota Banda Aceh
    assertThat(KodeWilayah.parse("11.99.01.1001").isKota()).isTrue();
    assertThat(KodeWilayah.parse("11").isKota()).isFalse();
    assertThat(KodeWilayah.parse("11").isKabupaten()).isFalse();
  }

  @Test
  void tellsDesaFromKelurahanFromDesaAdat() {
    assertThat(KodeWilayah.parse("31.74.01.1001").villageType()).contains(VillageType.KELURAHAN);
    assertThat(KodeWilayah.parse("11.01.01.2001").villageType()).contains(VillageType.DESA);
    assertThat(KodeWilayah.parse("13.01.01.3001").villageType()).contains(VillageType.DESA_ADAT);
    assertThat(KodeWilayah.parse("11.01.01").villageType()).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  void rejectsNullAndEmpty(String text) {
    assertCode(text, "KODE_WILAYAH.EMPTY");
  }

  @ParameterizedTest
  @CsvSource({
      "110, KODE_WILAYAH.LENGTH",
      "11010, KODE_WILAYAH.LENGTH",
      "11010120, KODE_WILAYAH.LENGTH",
      "110101200, KODE_WILAYAH.LENGTH",
      "11010120011, KODE_WILAYAH.LENGTH",
      "1, KODE_WILAYAH.LENGTH",
      "11.1, KODE_WILAYAH.FORMAT",
      "11.01.01.201, KODE_WILAYAH.FORMAT",
      "11.01.01.2001.001, KODE_WILAYAH.FORMAT",
      "11..01, KODE_WILAYAH.FORMAT",
      "11.01., KODE_WILAYAH.FORMAT",
      ".11, KODE_WILAYAH.FORMAT",
      "11.0a, KODE_WILAYAH.FORMAT",
      "1101.01, KODE_WILAYAH.FORMAT",
      "11 01, KODE_WILAYAH.FORMAT",
      "11-01, KODE_WILAYAH.FORMAT",
      "00, KODE_WILAYAH.PROVINCE",
      "10, KODE_WILAYAH.PROVINCE",
      "01.01, KODE_WILAYAH.PROVINCE",
      "90.01, KODE_WILAYAH.PROVINCE",
      "11.00, KODE_WILAYAH.REGENCY",
      "11.70, KODE_WILAYAH.REGENCY",
      "11.01.00, KODE_WILAYAH.DISTRICT",
      "11.01.01.0000, KODE_WILAYAH.VILLAGE",
      "11.01.01.0001, KODE_WILAYAH.VILLAGE_TYPE",
      "11.01.01.4001, KODE_WILAYAH.VILLAGE_TYPE",
      "11.01.01.9001, KODE_WILAYAH.VILLAGE_TYPE",
  })
  void rejectsEveryMalformedForm(String text, String code) {
    assertCode(text, code);
  }

  @Test
  void rejectsUnicodeDigits() {
    assertCode("\u0663\u0661", "KODE_WILAYAH.FORMAT");
    assertCode("31.\u0667\u0664", "KODE_WILAYAH.FORMAT");
  }

  @Test
  void printsTheCodeInItsMessageBecauseItIsNotPersonal() {
    CodeFormatException e = catchCode("11.01.01.4001");
    assertThat(e.messageEn()).isEqualTo(
        "Area code 11.01.01.4001: village code 4001 must start with 1 (kelurahan), 2 (desa) or 3"
            + " (desa adat)");
    assertThat(e.messageId()).startsWith("Kode wilayah 11.01.01.4001: kode desa/kelurahan 4001");
  }

  @Test
  void checksARequiredLevel() {
    assertThat(KodeWilayah.parse("11.01.01.2001", WilayahLevel.DESA_KELURAHAN).level())
        .isEqualTo(WilayahLevel.DESA_KELURAHAN);
    assertThat(KodeWilayah.isValid("11.01.01", WilayahLevel.DESA_KELURAHAN)).isFalse();
    assertThat(KodeWilayah.isValid("11.01.01", WilayahLevel.KECAMATAN,
        WilayahLevel.DESA_KELURAHAN)).isTrue();
    assertThat(KodeWilayah.isValid("11.01.01")).isTrue();
    assertThat(KodeWilayah.isValid("11.01.01", new WilayahLevel[0])).isTrue();
    assertThatThrownBy(() -> KodeWilayah.parse("11.01.01", WilayahLevel.DESA_KELURAHAN))
        .isInstanceOfSatisfying(CodeFormatException.class, e -> {
          assertThat(e.code()).isEqualTo("KODE_WILAYAH.LEVEL");
          assertThat(e.messageId()).isEqualTo(
              "Kode wilayah 11.01.01 adalah kode Kecamatan; yang diharapkan Desa/Kelurahan");
          assertThat(e.messageEn())
              .isEqualTo("Area code 11.01.01 is a District code; expected Village");
        });
  }

  @Test
  void sortsParentsBeforeTheirChildren() {
    List<KodeWilayah> codes = new ArrayList<>(List.of(KodeWilayah.parse("32.04.12.2005"),
        KodeWilayah.parse("33"), KodeWilayah.parse("32.04"), KodeWilayah.parse("32"),
        KodeWilayah.parse("32.04.12")));
    Collections.sort(codes);
    assertThat(codes).extracting(KodeWilayah::dotted)
        .containsExactly("32", "32.04", "32.04.12", "32.04.12.2005", "33");
  }

  @Test
  void stripsSurroundingWhitespace() {
    assertThat(KodeWilayah.parse(" 31.74 \n")).isEqualTo(KodeWilayah.parse("3174"));
  }

  private static void assertCode(String text, String code) {
    assertThat(KodeWilayah.isValid(text)).as(text).isFalse();
    assertThat(catchCode(text).code()).as(text).isEqualTo(code);
  }

  private static CodeFormatException catchCode(String text) {
    try {
      KodeWilayah.parse(text);
    } catch (CodeFormatException e) {
      return e;
    }
    throw new AssertionError("accepted: " + text);
  }
}
