package id.posyandu.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class NomorKkTest {

  @Test
  void decodesRegionIssueDateAndSerial() {
    // 32.04.12 (a kecamatan of Kab. Bandung), issued 03-01-2017, serial 0042.
    NomorKk kk = NomorKk.parse("3204120301170042");
    assertThat(kk.value()).isEqualTo("3204120301170042");
    assertThat(kk.region()).isEqualTo(KodeWilayah.parse("32.04.12"));
    assertThat(kk.issueDate(LocalDate.of(2026, 1, 1))).contains(LocalDate.of(2017, 1, 3));
    assertThat(kk.serial()).isEqualTo("0042");
    assertThat(kk).hasToString("3204**********42");
    assertThat(kk).isEqualTo(NomorKk.parse(" 3204120301170042 ")).hasSameHashCodeAs(kk);
  }

  @Test
  void acceptsADateMissingFromTheCalendarBecauseTheFormatIsUnconfirmed() {
    NomorKk kk = NomorKk.parse("3204123002170042");
    assertThat(kk.issueDate(LocalDate.of(2026, 1, 1))).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  void rejectsNullAndEmpty(String text) {
    assertCode(text, "KK.EMPTY");
  }

  @ParameterizedTest
  @CsvSource({
      "320412030117004, KK.LENGTH",
      "32041203011700421, KK.LENGTH",
      "3204 1203 0117 0042, KK.NOT_DIGITS",
      "320412030117004X, KK.NOT_DIGITS",
      "0004120301170042, KK.PROVINCE",
      "3200120301170042, KK.REGENCY",
      "3204000301170042, KK.DISTRICT",
      "3204120001170042, KK.DAY",
      "3204124301170042, KK.DAY",
      "3204120300170042, KK.MONTH",
      "3204120313170042, KK.MONTH",
      "3204120301170000, KK.SERIAL",
  })
  void rejectsEveryMalformedForm(String text, String code) {
    assertCode(text, code);
  }

  private static void assertCode(String text, String code) {
    assertThat(NomorKk.isValid(text)).as(text).isFalse();
    try {
      NomorKk.parse(text);
    } catch (CodeFormatException e) {
      assertThat(e.code()).as(text).isEqualTo(code);
      if (text != null && text.length() > 8) {
        assertThat(e.getMessage()).doesNotContain(text.strip().substring(4, 12));
      }
      return;
    }
    throw new AssertionError("accepted: " + text);
  }
}
