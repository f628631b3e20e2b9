package id.posyandu.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code posyandu chart} on the NDJSON files that {@code posyandu generate} writes. */
class ChartNdjsonTest {

  @TempDir Path tmp;

  private int run(StringWriter err, String... args) {
    return PosyanduCli.execute(args, new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true));
  }

  @Test
  void drawsAChildFromAGeneratedDirectoryAndRejectsAnUnknownChild() throws Exception {
    Path data = tmp.resolve("data");
    assertThat(run(new StringWriter(), "generate", "--residents", "1000", "--seed", "3",
        "--months", "12", "-o", data.toString())).isZero();
    String child = null;
    for (String line : Files.readAllLines(data.resolve("residents.ndjson"),
        StandardCharsets.UTF_8)) {
      if (line.contains("\"birthDate\":\"2025-")) {
        child = line.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        break;
      }
    }
    assertThat(child).as("a balita in the generated data").isNotNull();
    Path out = tmp.resolve("charts");
    assertThat(run(new StringWriter(), "chart", "--child", child, data.toString(), "-o",
        out.toString())).isZero();
    assertThat(out.resolve(child + "-wfa.svg")).exists();
    assertThat(out.resolve(child + "-wfa.png")).exists();
    StringWriter err = new StringWriter();
    assertThat(run(err, "chart", "--child", "NOPE", data.toString(), "-o", out.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("NOPE").doesNotContain("Exception");
  }
}
