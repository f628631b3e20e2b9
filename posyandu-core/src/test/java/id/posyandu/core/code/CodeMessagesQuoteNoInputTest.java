package id.posyandu.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The leaks of issue 19: the code parsers interpolated the raw input into their messages; a KK
 * number typed as a Posyandu number or an address typed as an area code came out in clear.
 */
class CodeMessagesQuoteNoInputTest {

  private static final String KK = "3204121203150007";
  private static final String STREET = "Jl. Anggrek No. 104";
  private static final String NAME = "Dewi Sartika Putri";

  private static void assertNoLeak(Consumer<String> parser, String input) {
    CodeFormatException e = catchThrowableOfType(() -> parser.accept(input),
        CodeFormatException.class);
    assertThat(e).as(input).isNotNull();
    assertThat(e.getMessage()).doesNotContain(input).doesNotContain("Anggrek")
        .doesNotContain("Dewi").doesNotContain("Sartika").doesNotContain("1203");
    assertThat(String.join(" ", e.parameters().values())).doesNotContain(input);
    assertThat(String.join(" ", e.parameters(java.util.Locale.forLanguageTag("id")).values()))
        .doesNotContain(input);
  }

  @Test
  void aKkNumberTypedAsAPosyanduNumberIsMasked() {
    assertNoLeak(PosyanduRegistrationNumber::parse, KK);
    CodeFormatException e = catchThrowableOfType(() -> PosyanduRegistrationNumber.parse(KK),
        CodeFormatException.class);
    assertThat(e.messageEn()).contains("3204**********07").contains("16 digits");
  }

  @Test
  void anAddressTypedAsAnAreaCodeIsDescribedNotQuoted() {
    assertNoLeak(KodeWilayah::parse, STREET);
    CodeFormatException e = catchThrowableOfType(() -> KodeWilayah.parse(STREET),
        CodeFormatException.class);
    assertThat(e.messageEn()).contains("a text of 19 characters");
    assertThat(e.messageId()).contains("teks 19 karakter");
  }

  @Test
  void aKkNumberTypedAsAnAreaCodeIsMasked() {
    assertNoLeak(KodeWilayah::parse, KK);
  }

  @Test
  void aNameTypedAsANikOrKkShowsNoLetterOfIt() {
    assertNoLeak(Nik::parse, NAME);
    assertNoLeak(NomorKk::parse, NAME);
    assertNoLeak(PosyanduRegistrationNumber::parse, NAME);
  }

  @Test
  void aNikWithADotIsMaskedRunByRun() {
    assertNoLeak(Nik::parse, "3204.1203.1500.07");
  }

  @Test
  void aDottedAreaCodeIsStillShownBecauseNoPersonalNumberHasThatShape() {
    CodeFormatException e = catchThrowableOfType(() -> KodeWilayah.parse("31.70"),
        CodeFormatException.class);
    assertThat(e.messageEn()).contains("31.70");
  }
}
