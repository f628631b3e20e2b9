package id.posyandu.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.json.ReadSummary;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidateFromAnotherAppExampleTest {

  @Test
  void everyBadLineIsReportedEveryGoodOneKeptAndTheCountsAddUp() throws Exception {
    StringWriter out = new StringWriter();
    List<Object> accepted = new ArrayList<>();
    ReadSummary s;
    try (InputStream in = Files.newInputStream(Path.of("data", "dari-aplikasi-lain.ndjson"))) {
      s = ValidateFromAnotherAppExample.run(in, LocalDate.of(2026, 10, 31),
          Locale.forLanguageTag("id"), new PrintWriter(out, true), accepted);
    }
    assertThat(s.read()).isEqualTo(7);
    assertThat(s.accepted()).isEqualTo(2);
    assertThat(s.rejected()).isEqualTo(5);
    assertThat(s.read()).isEqualTo(s.accepted() + s.rejected());
    assertThat(accepted).hasSize(2);
    assertThat(out.toString()).contains("VALIDATION.RANGE", "JSON.INVALID_DATE",
        "VALIDATION.NIK.SERIAL", "JSON.UNKNOWN_PROPERTY", "JSON.TRUNCATED", "harus antara")
        .doesNotContain("3174015506900000");
  }

  @Test
  void englishOnRequest() throws Exception {
    StringWriter out = new StringWriter();
    ValidateFromAnotherAppExample.run("{\"type\":\"visit\",\"date\":\"2025-02-30\"}\n",
        LocalDate.of(2026, 10, 31), Locale.ENGLISH, new PrintWriter(out, true), new ArrayList<>());
    assertThat(out.toString()).contains("JSON.INVALID_DATE", "1 rejected");
  }
}
