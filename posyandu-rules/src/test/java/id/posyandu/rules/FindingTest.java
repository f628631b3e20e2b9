package id.posyandu.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.core.SpmArea;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FindingTest {

  private static Finding.Builder base() {
    return Finding.builder()
        .code("KES.X")
        .area(SpmArea.KESEHATAN)
        .category("NORMAL")
        .categoryLabel(LocalizedText.of("Normal", "Normal"))
        .severity(Severity.NORMAL)
        .explanation(LocalizedText.of("penjelasan", "explanation"))
        .citation(new Citation("doc", "", Confidence.CONFIRMED))
        .referenceId("t");
  }

  @Test
  void aFindingKeepsItsPartsAndSpeaksBothLanguages() {
    Finding f = base().build();
    assertThat(f.isAssessed()).isTrue();
    assertThat(f.explanation().in(Locale.ENGLISH)).isEqualTo("explanation");
    assertThat(f.explanation().in(Locale.forLanguageTag("id"))).isEqualTo("penjelasan");
    assertThat(f.explanation().in(Locale.FRENCH)).isEqualTo("penjelasan");
  }

  @Test
  void inputsKeepTheOrderTheyWereGivenIn() {
    String[] keys = {"systolic_mmHg", "diastolic_mmHg", "age_years", "b", "a", "z", "m", "c", "y",
        "d", "x", "e"};
    Finding.Builder b = base();
    for (String k : keys) {
      b.putInputs(k, "1");
    }
    Finding f = b.build();
    assertThat(f.inputs().keySet()).containsExactly(keys);
    assertThat(Finding.builder().from(f).build().inputs().keySet()).containsExactly(keys);
  }

  @Test
  void theCodeCarriesTheAreaPrefix() {
    assertThatThrownBy(() -> base().code("PU.X").build()).hasMessageContaining("KES.");
  }

  @Test
  void notAssessedGoesWithItsCategoryAndAMissingInput() {
    assertThatThrownBy(() -> base().severity(Severity.NOT_ASSESSED).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> base().severity(Severity.NOT_ASSESSED).category(Finding.NOT_ASSESSED).build())
        .hasMessageContaining("missing");
    Finding ok =
        base()
            .severity(Severity.NOT_ASSESSED)
            .category(Finding.NOT_ASSESSED)
            .addMissingInputs("muacCm")
            .build();
    assertThat(ok.isAssessed()).isFalse();
    assertThatThrownBy(() -> base().category(Finding.NOT_ASSESSED).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void severityOrderLeavesNotAssessedOutside() {
    assertThat(Severity.URGENT.isAtLeast(Severity.REFER)).isTrue();
    assertThat(Severity.FOLLOW_UP.isAtLeast(Severity.REFER)).isFalse();
    assertThat(Severity.NOT_ASSESSED.isAtLeast(Severity.NORMAL)).isFalse();
    assertThatThrownBy(() -> Severity.NORMAL.isAtLeast(Severity.NOT_ASSESSED))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
