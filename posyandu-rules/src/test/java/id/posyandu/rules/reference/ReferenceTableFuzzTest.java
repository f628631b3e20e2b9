package id.posyandu.rules.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;

/**
 * Fuzzes the reference-table parser (issue 19): any text is a table or a
 * {@link ReferenceDataException}, never another exception; a table's rows all have its header's
 * width and every cell read as a number is finite or refused with that exception.
 *
 * <p>Replays {@code src/test/resources/id/posyandu/rules/reference/ReferenceTableFuzzTestInputs/
 * parsesAnyText/} (seeded from the project's own tables) under Surefire; {@code JAZZER_FUZZ=1}
 * fuzzes.
 */
class ReferenceTableFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void parsesAnyText(byte[] data) {
    String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
    ReferenceTable t;
    try {
      t = ReferenceTable.parse("fuzz.tsv", new StringReader(text));
    } catch (ReferenceDataException e) {
      assertThat(e.getMessage()).startsWith("fuzz.tsv");
      return;
    }
    for (ReferenceTable.Row r : t.rows()) {
      for (String column : t.columns()) {
        try {
          assertThat(Double.isFinite(r.number(column))).isTrue();
        } catch (ReferenceDataException e) {
          assertThat(e.getMessage()).contains("fuzz.tsv");
        }
      }
    }
  }
}
