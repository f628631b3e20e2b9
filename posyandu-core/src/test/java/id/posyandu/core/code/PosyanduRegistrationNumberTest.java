package id.posyandu.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class PosyanduRegistrationNumberTest {

  @Test
  void parsesTheDottedFormOfTheRegistrationNumber() {
    PosyanduRegistrationNumber n = PosyanduRegistrationNumber.parse("11.01.10.2001.001");
    assertThat(n.desa()).isEqualTo(KodeWilayah.parse("11.01.10.2001"));
    assertThat(n.desa().level()).isEqualTo(WilayahLevel.DESA_KELURAHAN);
    assertThat(n.sequence()).isEqualTo(1);
    assertThat(n.dotted()).isEqualTo("11.01.10.2001.001");
    assertThat(n.plain()).isEqualTo("1101102001001");
    assertThat(n).hasToString("11.01.10.2001.001");
  }

  @Test
  void roundTripsBetweenDottedAndPlain() {
    PosyanduRegistrationNumber plain = PosyanduRegistrationNumber.parse("3174011001999");
    assertThat(plain.dotted()).isEqualTo("31.74.01.1001.999");
    assertThat(PosyanduRegistrationNumber.parse(plain.dotted())).isEqualTo(plain)
        .hasSameHashCodeAs(plain);
    assertThat(plain.sequence()).isEqualTo(999);
  }

  @Test
  void sortsByDesaThenSequence() {
    PosyanduRegistrationNumber a = PosyanduRegistrationNumber.parse("11.01.10.2001.002");
    PosyanduRegistrationNumber b = PosyanduRegistrationNumber.parse("11.01.10.2001.010");
    PosyanduRegistrationNumber c = PosyanduRegistrationNumber.parse("11.01.10.2002.001");
    assertThat(a).isLessThan(b);
    assertThat(b).isLessThan(c);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void rejectsNullAndEmpty(String text) {
    assertCode(text, "POSYANDU_NUMBER.EMPTY");
  }

  @ParameterizedTest
  @CsvSource({
      "11.01.10.2001, POSYANDU_NUMBER.FORMAT",
      "11.01.10.2001.01, POSYANDU_NUMBER.FORMAT",
      "11.01.10.2001.0001, POSYANDU_NUMBER.FORMAT",
      "11.01.10.2001.001.1, POSYANDU_NUMBER.FORMAT",
      "11.01.10.2001.00a, POSYANDU_NUMBER.FORMAT",
      "1101102001001a, POSYANDU_NUMBER.FORMAT",
      "110110200100, POSYANDU_NUMBER.LENGTH",
      "11011020010011, POSYANDU_NUMBER.LENGTH",
      "00.01.10.2001.001, POSYANDU_NUMBER.PROVINCE",
      "11.00.10.2001.001, POSYANDU_NUMBER.REGENCY",
      "11.01.00.2001.001, POSYANDU_NUMBER.DISTRICT",
      "11.01.10.0000.001, POSYANDU_NUMBER.VILLAGE",
      "11.01.10.5001.001, POSYANDU_NUMBER.VILLAGE_TYPE",
      "11.01.10.2001.000, POSYANDU_NUMBER.SEQUENCE",
      "1101102001000, POSYANDU_NUMBER.SEQUENCE",
  })
  void rejectsEveryMalformedForm(String text, String code) {
    assertCode(text, code);
  }

  private static void assertCode(String text, String code) {
    assertThat(PosyanduRegistrationNumber.isValid(text)).as(text).isFalse();
    try {
      PosyanduRegistrationNumber.parse(text);
    } catch (CodeFormatException e) {
      assertThat(e.code()).as(text).isEqualTo(code);
      assertThat(e.messageId()).doesNotContain("{").doesNotContain("posyandu.code");
      assertThat(e.messageEn()).doesNotContain("{").doesNotContain("posyandu.code");
      return;
    }
    throw new AssertionError("accepted: " + text);
  }
}
