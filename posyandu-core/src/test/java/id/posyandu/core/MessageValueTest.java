package id.posyandu.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessageValueTest {

  private static final String NIK = "3204124506990007";

  @Test
  void aShortNumberInANumericFieldIsQuoted() {
    assertThat(MessageValue.number("12.5").en()).isEqualTo("12.5");
    assertThat(MessageValue.number("-3").id()).isEqualTo("-3");
    assertThat(MessageValue.number("1e3").isQuoted()).isTrue();
  }

  @Test
  void aNikInANumericFieldIsMaskedLikeANik() {
    assertThat(MessageValue.number(NIK).en()).isEqualTo("3204**********07");
    assertThat(MessageValue.number("123456789").en()).isEqualTo("*********");
  }

  @Test
  void aCodeOfTheVocabularyIsQuotedAnythingElseMasked() {
    assertThat(MessageValue.code(" female ", List.of("MALE", "FEMALE")).en()).isEqualTo("female");
    MessageValue name = MessageValue.code("Dewi Sartika", List.of("MALE", "FEMALE"));
    assertThat(name.en()).isEqualTo("a text of 12 characters (letters)");
    assertThat(name.id()).isEqualTo("teks 12 karakter (huruf)");
    assertThat(name.in(Locale.ENGLISH)).isEqualTo(name.en());
    assertThat(name.in(Locale.forLanguageTag("id"))).isEqualTo(name.id());
  }

  @Test
  void textIsDescribedByLengthAndKindNeverQuoted() {
    assertThat(MessageValue.masked("Jl. Anggrek No. 104").en())
        .isEqualTo("a text of 19 characters (letters and digits)");
    assertThat(MessageValue.masked("").en()).isEqualTo("an empty text");
    assertThat(MessageValue.masked("  ").en()).isEqualTo("a text of 2 blanks");
    assertThat(MessageValue.masked("#?!").id()).isEqualTo("teks 3 karakter (tanda baca atau simbol)");
  }

  @Test
  void digitsKeepTheirShapeWithEveryRunMasked() {
    assertThat(MessageValue.masked("3204.1245.0699.0007").en()).isEqualTo("****.****.****.****");
    assertThat(MessageValue.masked(NIK + NIK).en()).isEqualTo("3204**************************07"
        .substring(0, 4) + "*".repeat(24) + "07");
    assertThat(MessageValue.maskDigitRuns("a1234567890b")).isEqualTo("a1234****90b");
  }

  @Test
  void namesThatLookLikePropertyNamesAreQuoted() {
    assertThat(MessageValue.name("weightKg").isQuoted()).isTrue();
    assertThat(MessageValue.name("address.kodeDesa").isQuoted()).isTrue();
    assertThat(MessageValue.name(NIK).isQuoted()).isFalse();
    assertThat(MessageValue.name("nik" + NIK).isQuoted()).isFalse();
    assertThat(MessageValue.name("Dewi Sartika").isQuoted()).isFalse();
  }

  @Test
  void objectsAreShownByTheirKind() {
    assertThat(MessageValue.ofObject(790.0).en()).isEqualTo("790.0");
    assertThat(MessageValue.ofObject(Sex.FEMALE).en()).isEqualTo("FEMALE");
    assertThat(MessageValue.ofObject(LocalDate.of(2026, 1, 2)).en()).isEqualTo("2026-01-02");
    assertThat(MessageValue.ofObject("Dewi").en()).isEqualTo("a text of 4 characters (letters)");
    assertThat(MessageValue.ofObject(List.of("Dewi", NIK)).en()).isEqualTo("a list of 2 items");
  }

  @Test
  void sexParseNeverQuotesWhatItDidNotUnderstand() {
    try {
      Sex.parse("Dewi Sartika");
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).doesNotContain("Dewi").contains("12 characters");
      return;
    }
    throw new AssertionError("accepted");
  }
}
