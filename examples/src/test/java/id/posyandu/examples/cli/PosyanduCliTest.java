package id.posyandu.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PosyanduCliTest {

  @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return PosyanduCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void demoRunsWithoutArgumentsAndNamesAllSixAreas() {
    assertThat(run("demo", "-o", tmp.toString(), "--residents", "1500", "--month", "2026-10")).isZero();
    assertThat(out.toString()).contains("KES", "PDD", "SOS", "PRKP", "PU", "TRANTIB");
  }

  @Test
  void demoPrintsViolationsInIndonesianAndEnglish() {
    assertThat(run("demo", "-o", tmp.toString(), "--residents", "1500", "--month", "2026-10")).isZero();
    assertThat(out.toString())
        .contains("VISIT.BEFORE_BIRTH", "visits[2].date")
        .contains("id: tanggal kunjungan sebelum tanggal lahir warga")
        .contains("en: the visit date is before the resident's birth date")
        .contains("RANGE", "en: must be between 0.5 and 250 kg", "id: harus antara 0,5 dan 250 kg")
        .contains("WARNING", "ANTHRO.STANDING_UNDER_9_MONTHS")
        .contains("4 galat, 1 peringatan / 4 errors, 1 warnings")
        .doesNotContain("Putri").doesNotContain("3174014302250003");
  }

  @Test
  void unknownCommandIsAClearErrorWithExitCode2() {
    assertThat(run("no-such-command")).isEqualTo(2);
    assertThat(err.toString()).contains("no-such-command").doesNotContain("Exception");
  }
}
