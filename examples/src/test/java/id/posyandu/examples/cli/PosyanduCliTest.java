package id.posyandu.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PosyanduCliTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return PosyanduCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void demoRunsWithoutArgumentsAndNamesAllSixAreas() {
    assertThat(run("demo")).isZero();
    assertThat(out.toString()).contains("KES", "PDD", "SOS", "PRKP", "PU", "TRANTIB");
  }

  @Test
  void unknownCommandIsAClearErrorWithExitCode2() {
    assertThat(run("no-such-command")).isEqualTo(2);
    assertThat(err.toString()).contains("no-such-command").doesNotContain("Exception");
  }
}
