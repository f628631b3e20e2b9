package id.posyandu.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return PosyanduCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void writesNdjsonFilesThatValidateReadsWithoutErrors(@TempDir Path dir) throws IOException {
    assertThat(run("generate", "--residents", "300", "--seed", "5", "--months", "3", "--end",
        "2026-10", "-o", dir.toString())).as(err.toString()).isZero();

    for (String f : new String[] {"posyandu", "kader", "households", "residents", "pregnancies",
        "visits", "service-requests"}) {
      Path file = dir.resolve(f + ".ndjson");
      assertThat(file).exists();
      assertThat(run("validate", file.toString(), "--as-of", "2026-10-31"))
          .as("validate %s: %s", f, err).isZero();
    }
    assertThat(Files.readAllLines(dir.resolve("residents.ndjson"))).hasSize(300);
  }

  @Test
  void theSameSeedWritesTheSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
    run("generate", "--residents", "200", "--months", "2", "-o", a.toString());
    run("generate", "--residents", "200", "--months", "2", "-o", b.toString());

    assertThat(Files.readAllBytes(a.resolve("visits.ndjson")))
        .isEqualTo(Files.readAllBytes(b.resolve("visits.ndjson")));
  }
}
