package id.posyandu.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DecimalTextTest {

  private static final Locale ID = Locale.forLanguageTag("id");

  @Test
  void indonesianWritesADecimalCommaEnglishAPoint() {
    assertThat(DecimalText.of("0.5", ID)).isEqualTo("0,5");
    assertThat(DecimalText.of("-12.75", ID)).isEqualTo("-12,75");
    assertThat(DecimalText.of("0.5", Locale.ENGLISH)).isEqualTo("0.5");
  }

  @Test
  void onlyAPlainDecimalChanges() {
    assertThat(DecimalText.of("250", ID)).isEqualTo("250");
    assertThat(DecimalText.of("32.04.01", ID)).isEqualTo("32.04.01");
    assertThat(DecimalText.of("[0-9]+\\.[0-9]", ID)).isEqualTo("[0-9]+\\.[0-9]");
    assertThat(DecimalText.of("1.5", null)).isEqualTo("1.5");
  }
}
