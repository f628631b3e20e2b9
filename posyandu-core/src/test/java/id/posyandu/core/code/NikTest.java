package id.posyandu.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.core.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NikTest {
  private static final LocalDate REF = LocalDate.of(2026, 11, 25);

  @Test
  void decodesAWomanFromJakartaSelatan() {
    // 31 DKI Jakarta, 74 Kota Jakarta Selatan, 01 kecamatan; day 55 = 15 + 40 (female), June 1990.
    Nik nik = Nik.parse("3174015506900001");
    assertThat(nik.value()).isEqualTo("3174015506900001");
    assertThat(nik.region().dotted()).isEqualTo("31.74.01");
    assertThat(nik.region().level()).isEqualTo(WilayahLevel.KECAMATAN);
    assertThat(nik.region().isKota()).isTrue();
    assertThat(nik.sex()).isEqualTo(Sex.FEMALE);
    assertThat(nik.birthDay()).isEqualTo(15);
    assertThat(nik.birthMonth()).isEqualTo(6);
    assertThat(nik.birthYearOfCentury()).isEqualTo(90);
    assertThat(nik.birthDate(REF)).isEqualTo(LocalDate.of(1990, 6, 15));
    assertThat(nik.serial()).isEqualTo("0001");
    assertThat(nik.matchesBirthDate(LocalDate.of(1990, 6, 15))).isTrue();
    assertThat(nik.matchesBirthDate(LocalDate.of(1990, 6, 16))).isFalse();
  }

  @Test
  void decodesABoyBornThisCenturyInAKabupaten() {
    // 33 Jawa Tengah, 02 a kabupaten; 07-03-2021, male.
    Nik nik = Nik.parse("3302010703210003");
    assertThat(nik.sex()).isEqualTo(Sex.MALE);
    assertThat(nik.birthDate(REF)).isEqualTo(LocalDate.of(2021, 3, 7));
    assertThat(nik.region().isKabupaten()).isTrue();
  }

  @Test
  void acceptsTheExtremeDaysOfBothSexes() {
    assertThat(Nik.parse("3174010101900001").birthDay()).isEqualTo(1);
    assertThat(Nik.parse("3174013101900001").birthDay()).isEqualTo(31);
    assertThat(Nik.parse("3174014101900001").sex()).isEqualTo(Sex.FEMALE);
    assertThat(Nik.parse("3174017101900001").birthDay()).isEqualTo(31);
  }

  @Test
  void stripsSurroundingWhitespace() {
    assertThat(Nik.parse("  3174015506900001\t\n")).isEqualTo(Nik.parse("3174015506900001"));
    assertThat(Nik.parse("\u20033174015506900001\u2003").value()).isEqualTo("3174015506900001");
  }

  @Test
  void masksItsToString() {
    assertThat(Nik.parse("3174015506900021")).hasToString("3174**********21");
  }

  @Test
  void isEqualByValue() {
    assertThat(Nik.parse("3174015506900001")).isEqualTo(Nik.parse("3174015506900001"))
        .hasSameHashCodeAs(Nik.parse("3174015506900001"))
        .isNotEqualTo(Nik.parse("3174015506900002"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void rejectsNullAndBlankAsEmpty(String text) {
    assertCode(text, "NIK.EMPTY");
  }

  @ParameterizedTest
  @CsvSource({
      "317401550690001, NIK.LENGTH",
      "31740155069000011, NIK.LENGTH",
      "3174, NIK.LENGTH",
      "31740155069000O1, NIK.NOT_DIGITS",
      "3174 0155 0690 0001, NIK.NOT_DIGITS",
      "3174-0155-0690-0001, NIK.NOT_DIGITS",
      "31.74.01.550690.0001, NIK.NOT_DIGITS",
      "+317401550690001, NIK.NOT_DIGITS",
      "0074015506900001, NIK.PROVINCE",
      "1074015506900001, NIK.PROVINCE",
      "3074015506900001, NIK.PROVINCE",
      "0174015506900001, NIK.PROVINCE",
      "3100015506900001, NIK.REGENCY",
      "3170015506900001, NIK.REGENCY",
      "3174005506900001, NIK.DISTRICT",
      "3174010006900001, NIK.DAY",
      "3174013206900001, NIK.DAY",
      "3174014006900001, NIK.DAY",
      "3174017206900001, NIK.DAY",
      "3174019906900001, NIK.DAY",
      "3174011500900001, NIK.MONTH",
      "3174011513900001, NIK.MONTH",
      "3174011599900001, NIK.MONTH",
      "3174013002900001, NIK.DATE",
      "3174017002900001, NIK.DATE",
      "3174013104900001, NIK.DATE",
      "3174017111900001, NIK.DATE",
      "3174012902910001, NIK.DATE",
      "3174016902010001, NIK.DATE",
      "3174015506900000, NIK.SERIAL",
  })
  void rejectsEveryMalformedForm(String text, String code) {
    assertCode(text, code);
  }

  @Test
  void rejectsUnicodeDigitsThatCharacterIsDigitAccepts() {
    String arabicIndic = "\u0663\u0661\u0667\u0664\u0660\u0661\u0665\u0665\u0660\u0666\u0669"
        + "\u0660\u0660\u0660\u0660\u0661";
    assertThat(Character.isDigit(arabicIndic.charAt(0))).isTrue();
    assertCode(arabicIndic, "NIK.NOT_DIGITS");
    assertCode("317401550690000\u0661", "NIK.NOT_DIGITS");
    assertCode("\uff13174015506900001", "NIK.NOT_DIGITS"); // fullwidth 3
  }

  @Test
  void accepts29FebruaryOnlyWhenSomeCenturyIsLeap() {
    assertThat(Nik.isValid("3174012902920001")).isTrue(); // 1992
    assertThat(Nik.isValid("3174016902000001")).isTrue(); // 2000 (leap), female
    assertThat(Nik.isValid("3174012902000001")).isTrue();
    for (int yy = 1; yy < 100; yy++) {
      String nik = String.format("31740129%02d%02d0001", 2, yy);
      assertThat(Nik.isValid(nik)).as(nik).isEqualTo(yy % 4 == 0);
    }
  }

  @Test
  void resolvesTheCenturyOnTheBoundaryDays() {
    Nik nik = Nik.parse("3174011506900001"); // 15-06-90
    assertThat(nik.birthDate(LocalDate.of(1990, 6, 15))).isEqualTo(LocalDate.of(1990, 6, 15));
    assertThat(nik.birthDate(LocalDate.of(1990, 6, 14))).isEqualTo(LocalDate.of(1890, 6, 15));
    assertThat(nik.birthDate(LocalDate.of(2090, 6, 14))).isEqualTo(LocalDate.of(1990, 6, 15));
    assertThat(nik.birthDate(LocalDate.of(2090, 6, 15))).isEqualTo(LocalDate.of(2090, 6, 15));
    Nik newborn = Nik.parse("3174012511260001"); // 25-11-26
    assertThat(newborn.birthDate(LocalDate.of(2026, 11, 25))).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(newborn.birthDate(LocalDate.of(2026, 11, 24))).isEqualTo(LocalDate.of(1926, 11, 25));
  }

  @Test
  void resolves29FebruaryOf00ToTheYear2000() {
    Nik nik = Nik.parse("3174016902000001");
    assertThat(nik.birthDate(REF)).isEqualTo(LocalDate.of(2000, 2, 29));
    // 2100 is not leap: on 1 March 2100 the latest 29-02-00 is still in 2000.
    assertThat(nik.birthDate(LocalDate.of(2100, 3, 1))).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThat(nik.birthDate(LocalDate.of(2000, 2, 29))).isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @Test
  void resolves29FebruaryOfALeapYearOfCenturyWithinTheCentury() {
    Nik nik = Nik.parse("3174012902960001");
    assertThat(nik.birthDate(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(1996, 2, 29));
    assertThat(nik.birthDate(LocalDate.of(1996, 2, 28))).isEqualTo(LocalDate.of(1896, 2, 29));
  }

  @Test
  void reportsTheOffendingPartWithoutTheNumber() {
    CodeFormatException e = catchCode("3174011513900001");
    assertThat(e.code()).isEqualTo("NIK.MONTH");
    assertThat(e.parameters()).containsEntry("part", "13").containsEntry("value", "3174**********01");
    assertThat(e.messageId()).isEqualTo("NIK 3174**********01: bulan lahir 13 tidak sah (01-12)");
    assertThat(e.messageEn()).isEqualTo("NIK 3174**********01: month of birth 13 is not valid (01-12)");
    assertThat(e.getMessage()).isEqualTo(e.messageId() + " / " + e.messageEn());
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isValidNeverThrows() {
    assertThat(Nik.isValid(null)).isFalse();
    assertThat(Nik.isValid("")).isFalse();
    assertThat(Nik.isValid("abc")).isFalse();
    assertThat(Nik.isValid("3174015506900001")).isTrue();
  }

  private static void assertCode(String text, String code) {
    assertThat(Nik.isValid(text)).as(text).isFalse();
    assertThat(catchCode(text).code()).as(text).isEqualTo(code);
  }

  private static CodeFormatException catchCode(String text) {
    try {
      Nik.parse(text);
    } catch (CodeFormatException e) {
      return e;
    }
    throw new AssertionError("accepted: " + text);
  }

  @Test
  void rejectsNullWithACodeFormatException() {
    assertThatThrownBy(() -> Nik.parse(null)).isInstanceOf(CodeFormatException.class)
        .hasMessage("NIK kosong / NIK is empty");
  }
}
