package id.posyandu.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ScheduleCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return PosyanduCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void printsTheStatusTableUnderTheScheduleInForce() {
    assertThat(
            run(
                "schedule",
                "--birth",
                "2026-01-10",
                "--as-of",
                "2026-11-25",
                "--given",
                "HB0=2026-01-10,BCG=2026-02-12,HEXA1=2026-03-10"))
        .isZero();
    String o = out.toString();
    assertThat(o).contains("jadwal HEXA-NATIONAL-2026 [3P]");
    assertThat(o).containsPattern("HB0 +Diberikan tepat waktu +2026-01-10");
    assertThat(o).containsPattern("HEXA2 +Terlambat, masih dapat dikejar +- +2026-04-10");
    assertThat(o).containsPattern("RV1 +Tidak dapat diberikan lagi");
    assertThat(o).contains("Imunisasi dasar lengkap (IDL): INCOMPLETE");
  }

  @Test
  void englishAndARegionalSchedule() {
    assertThat(
            run(
                "schedule",
                "--birth",
                "2025-08-01",
                "--as-of",
                "2025-12-01",
                "--province",
                "34",
                "--given",
                "dpt-hb-hib1=2025-10-01",
                "--lang",
                "en"))
        .isZero();
    assertThat(out.toString())
        .contains("schedule HEXA-PILOT-2025")
        .containsPattern("HEXA1 +Given on time +2025-10-01");
  }

  @Test
  void badOptionsExitWith2AndAClearMessage() {
    assertThat(
            run(
                "schedule",
                "--birth",
                "2026-01-10",
                "--as-of",
                "2026-11-25",
                "--given",
                "BCG=2026-13-01"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("yyyy-mm-dd").doesNotContain("Exception");
    assertThat(
            run(
                "schedule",
                "--birth",
                "2026-01-10",
                "--as-of",
                "2026-11-25",
                "--given",
                "FOO=2026-02-01"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("unknown dose code 'FOO'");
    assertThat(run("schedule", "--birth", "2026-01-10", "--as-of", "2025-11-25")).isEqualTo(2);
    assertThat(run("schedule", "--birth", "2026-01-10", "--as-of", "2026-11-25", "--given", "BCG"))
        .isEqualTo(2);
    assertThat(run("schedule", "--as-of", "2026-11-25")).isEqualTo(2);
    assertThat(err.toString()).contains("--birth");
  }
}
