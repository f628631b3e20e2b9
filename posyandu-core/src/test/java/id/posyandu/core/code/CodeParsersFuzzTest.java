package id.posyandu.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Fuzz targets of the four code parsers (issue 19): any text is either parsed or refused with a
 * {@link CodeFormatException} (no other exception), {@code isValid} agrees with {@code parse}, a
 * parsed value parses again to itself from its canonical form, and a refusal's messages, in both
 * languages, never hold the input when it is long enough to be personal (10 characters or more,
 * unless it has the dotted shape of an area code).
 *
 * <p>Under Surefire each target replays its corpus in
 * {@code src/test/resources/id/posyandu/core/code/CodeParsersFuzzTestInputs/<target>/};
 * {@code JAZZER_FUZZ=1 ./mvnw -pl posyandu-core test -Dtest=CodeParsersFuzzTest#nik} fuzzes one.
 */
class CodeParsersFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void nik(FuzzedDataProvider data) {
    check(data.consumeRemainingAsString(), Nik::parse, Nik::isValid, Nik::value);
  }

  @FuzzTest(maxDuration = "10s")
  void nomorKk(FuzzedDataProvider data) {
    check(data.consumeRemainingAsString(), NomorKk::parse, NomorKk::isValid, NomorKk::value);
  }

  @FuzzTest(maxDuration = "10s")
  void kodeWilayah(FuzzedDataProvider data) {
    check(data.consumeRemainingAsString(), KodeWilayah::parse, KodeWilayah::isValid,
        KodeWilayah::dotted);
  }

  @FuzzTest(maxDuration = "10s")
  void posyanduNumber(FuzzedDataProvider data) {
    check(data.consumeRemainingAsString(), PosyanduRegistrationNumber::parse,
        PosyanduRegistrationNumber::isValid, PosyanduRegistrationNumber::dotted);
  }

  private static <T> void check(String text, Function<String, T> parse, Predicate<String> valid,
      Function<T, String> canonical) {
    T value;
    try {
      value = parse.apply(text);
    } catch (CodeFormatException e) {
      assertThat(valid.test(text)).as("isValid of a refused input").isFalse();
      assertThat(e.code()).matches("[A-Z_]+\\.[A-Z_]+");
      String messages = e.messageId() + e.messageEn() + e.parameters()
          + e.parameters(Locale.forLanguageTag("id"));
      assertThat(messages).doesNotContain("posyandu.code.");
      String t = text.strip();
      boolean dottedCode = t.matches("[0-9]{2}(\\.[0-9]{2}){0,2}(\\.[0-9]{4})?(\\.[0-9]{3})?");
      if (t.length() >= 10 && !dottedCode) {
        assertThat(messages).as("message quotes the input").doesNotContain(t);
      }
      return;
    }
    assertThat(valid.test(text)).as("isValid of an accepted input").isTrue();
    assertThat(parse.apply(canonical.apply(value))).isEqualTo(value);
  }
}
