package id.posyandu.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

  @TempDir Path dir;

  @Test
  void withoutATerminalNothingIsWritten() {
    StringWriter err = new StringWriter();
    Progress p = Progress.of(false, new PrintWriter(err, true));
    p.step("membaca visits.ndjson", "reading visits.ndjson");
    for (long n = 1; n <= 3 * Progress.EVERY; n++) {
      p.records(n);
    }
    assertThat(p.active()).isFalse();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void atATerminalEachStepAndEveryHundredThousandRecordsIsALine() {
    StringWriter err = new StringWriter();
    Progress p = Progress.of(true, new PrintWriter(err, true));
    p.step("membaca visits.ndjson", "reading visits.ndjson");
    for (long n = 1; n <= 2 * Progress.EVERY + 1; n++) {
      p.records(n);
    }
    assertThat(err.toString().lines()).containsExactly(
        "membaca visits.ndjson / reading visits.ndjson ...",
        "100000 rekaman / records ...", "200000 rekaman / records ...");
  }

  @Test
  void theTestsRunWithoutATerminalSoTheCommandsWriteNoProgress() {
    assertThat(Progress.isTerminal()).as("surefire has no terminal").isFalse();
    assertThat(Progress.onTerminal(new PrintWriter(new StringWriter())).active()).isFalse();
  }

  @Test
  void theLongRunningCommandsWriteNothingOnStandardErrorWhenItIsNotATerminal() {
    CliRun cli = new CliRun();
    String pop = dir.resolve("pop").toString();
    assertThat(cli.run("generate", "--residents", "300", "--seed", "5", "--months", "3", "--end",
        "2026-10", "-o", pop)).isZero();
    assertThat(cli.run("validate", dir.resolve("pop").resolve("visits.ndjson").toString()))
        .isZero();
    assertThat(cli.run("validate", Path.of("data", "kunjungan.csv").toString())).isZero();
    assertThat(cli.run("report", pop, "--period", "2026-10")).isZero();
    assertThat(cli.run("followup", pop, "--indicator", "KES-IDL", "--posyandu", "3204012001001",
        "--period", "2026-10")).as(cli.err.toString()).isZero();
    assertThat(cli.run("homevisit", pop, "--posyandu", "3204012001001", "--period", "2026-10"))
        .isZero();
    assertThat(cli.err.toString()).isEmpty();
  }
}
