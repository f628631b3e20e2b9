package id.posyandu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.SpmArea;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoRunTest {

  @TempDir Path tmp;

  @Test
  void theDemoValidatesReportsAllSixAreasAndWritesAnHtmlReportWithCharts() throws Exception {
    StringWriter out = new StringWriter();
    YearMonth oct = YearMonth.of(2026, 10);
    DemoRun.Result r = DemoRun.run(2000, 42, oct, oct.atEndOfMonth(), tmp,
        new PrintWriter(out, true));
    assertThat(r.errors()).as("generated records are valid").isZero();
    assertThat(r.records()).isGreaterThan(2000);
    for (SpmArea a : SpmArea.values()) {
      assertThat(r.report().rows(a)).as("rows of " + a).isNotEmpty();
    }
    String html = Files.readString(r.html(), StandardCharsets.UTF_8);
    assertThat(html).contains("Kesehatan", "Pendidikan", "Sosial", "Pekerjaan umum",
        "Peringkat Posyandu", "Daftar tindak lanjut", "class=\"spark\"");
    assertThat(r.charts()).isNotEmpty().allSatisfy(p -> assertThat(p).exists());
    assertThat(out.toString()).contains("galat", "index.html", "KES-DS");
  }
}
