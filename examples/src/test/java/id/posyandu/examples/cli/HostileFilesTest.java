package id.posyandu.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files (issue 19) given to {@code validate}, {@code zscore}, {@code chart} and
 * {@code report}: deeply nested JSON, numbers with 10,000 digits, NaN and Infinity, invalid UTF-8,
 * UTF-16 with a byte order mark, NUL bytes, CRLF line ends and a CSV with 100,000 columns. Each is
 * a clear message (exit 1 or 2, or 0 where the file is fine: CRLF, or the wide table for the
 * commands that read only their own columns), never a stack trace, in bounded time; the largest
 * are also run in a JVM of 256 MB heap.
 */
class HostileFilesTest {

  private static final String CSV_HEADER = "child_id,sex,birth_date,date,weight_kg,length_cm,measure,"
      + "age_days,weight,lenhei";
  private static final String CSV_ROW = "c1,P,2025-01-01,2025-06-01,7.1,65,l,151,7.1,65";
  private static final String VISIT = "{\"type\":\"visit\",\"date\":\"2025-03-11\",\"id\":\"v1\","
      + "\"kaderId\":\"k1\",\"posyandu\":\"11.01.10.2001.001\",\"records\":[{\"type\":"
      + "\"anthropometry\",\"weightKg\":12.5}],\"residentId\":\"r1\",\"setting\":"
      + "\"POSYANDU_SESSION\"}";

  @TempDir static Path dir;
  private static final Map<String, Path> FILES = new LinkedHashMap<>();

  @BeforeAll
  static void files() throws IOException {
    String digits = "1" + "0".repeat(10_000);
    put("nested.ndjson", "{\"type\":\"visit\",\"records\":" + "[".repeat(100_000) + "\n");
    put("nested-objects.ndjson", "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000) + "\n");
    put("long-number.ndjson", VISIT.replace("12.5", digits) + "\n");
    put("long-number.csv", CSV_HEADER + "\n" + CSV_ROW.replace("7.1,65,l,151", digits + ",65,l,"
        + digits) + "\n");
    put("nan.ndjson", VISIT.replace("12.5", "NaN") + "\n" + VISIT.replace("12.5", "Infinity")
        + "\n" + VISIT.replace("12.5", "-Infinity") + "\n");
    put("nan.csv", CSV_HEADER + "\n" + CSV_ROW.replace("7.1,65,l", "NaN,Infinity,l") + "\n");
    byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE};
    putBytes("invalid-utf8.ndjson", concat(VISIT.replace("v1", "v\u0001").getBytes(
        StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8),
        VISIT.substring(0, 40).getBytes(StandardCharsets.UTF_8), bad, "\"}\n".getBytes(
            StandardCharsets.UTF_8)));
    putBytes("invalid-utf8.csv", concat((CSV_HEADER + "\nc1,").getBytes(StandardCharsets.UTF_8),
        bad, ",2025-01-01,2025-06-01,7.1,65,l,151,7.1,65\n".getBytes(StandardCharsets.UTF_8)));
    putBytes("utf16.ndjson", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
        (VISIT + "\n").getBytes(StandardCharsets.UTF_16BE)));
    putBytes("utf16.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        (CSV_HEADER + "\n" + CSV_ROW + "\n").getBytes(StandardCharsets.UTF_16LE)));
    put("nul.ndjson", VISIT.replace("\"v1\"", "\"v\u0000\"") + "\n\u0000\u0000\u0000\n");
    put("nul.csv", CSV_HEADER + "\n" + CSV_ROW.replace("c1", "c\u00001") + "\n\u0000\n");
    put("crlf.ndjson", VISIT + "\r\n" + VISIT.replace("v1", "v2") + "\r\n");
    put("crlf.csv", CSV_HEADER + "\r\n" + CSV_ROW + "\r\n");
    StringBuilder wide = new StringBuilder(CSV_HEADER);
    StringBuilder row = new StringBuilder(CSV_ROW);
    for (int i = 0; i < 100_000; i++) {
      wide.append(",x").append(i);
      row.append(",1");
    }
    put("wide.csv", wide + "\n" + row + "\n");
  }

  private static void put(String name, String text) throws IOException {
    FILES.put(name, Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8));
  }

  private static void putBytes(String name, byte[] bytes) throws IOException {
    FILES.put(name, Files.write(dir.resolve(name), bytes));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static List<List<String>> commands(Path file, Path out) {
    String f = file.toString();
    List<List<String>> all = new ArrayList<>();
    all.add(List.of("validate", f, "--lang=en", "--as-of=2026-10-31"));
    if (f.endsWith(".csv")) {
      all.add(List.of("zscore", f, "-o", out.resolve("z.csv").toString()));
      all.add(List.of("chart", f, "--child", "c1", "-o", out.toString()));
    } else {
      all.add(List.of("report", f, "--period", "2026-10", "--lang", "en"));
      all.add(List.of("chart", f, "--child", "r1", "-o", out.toString()));
      all.add(List.of("zscore", f));
    }
    return all;
  }

  @Test
  void everyHostileFileIsAClearMessageInBoundedTime() {
    List<String> bad = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, Path> e : FILES.entrySet()) {
      for (List<String> args : commands(e.getValue(), dir.resolve("out" + n++))) {
        CliRun cli = new CliRun();
        int code = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
            () -> cli.run(args.toArray(String[]::new)), () -> String.join(" ", args));
        String all = cli.out + "\n" + cli.err;
        // CRLF files are fine, and so is a wide table to the commands that read only their columns
        boolean crlf = e.getKey().startsWith("crlf")
            || e.getKey().equals("wide.csv") && !args.get(0).equals("validate");
        if (all.contains("Exception") || all.contains("\tat ") || all.length() > 200_000
            || (!crlf && code == 0 && !args.get(0).equals("zscore"))
            || (code != 0 && cli.err.toString().isBlank() && cli.out.toString().isBlank())) {
          bad.add(String.join(" ", args).replace(dir.toString(), "") + " -> exit " + code + ": "
              + all.substring(0, Math.min(all.length(), 300)));
        }
      }
    }
    assertThat(bad).isEmpty();
  }

  @Test
  void aUtf16FileIsNamedAsSuch() {
    for (String name : List.of("utf16.csv", "utf16.ndjson")) {
      for (List<String> args : commands(FILES.get(name), dir.resolve("utf16"))) {
        if (args.get(0).equals("report")) {
          continue; // report's loading reports each line as not UTF-8 (JSON.INVALID_UTF8)
        }
        CliRun cli = new CliRun();
        assertThat(cli.run(args.toArray(String[]::new))).as(String.join(" ", args)).isEqualTo(2);
        assertThat(cli.err.toString()).as(String.join(" ", args)).contains("UTF-16, not UTF-8");
      }
    }
  }

  /** The heaviest files in a JVM of 256 MB heap, as a user's machine might give. */
  @Test
  void theLargestFilesFitIn256MegabytesOfHeap() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (String name : List.of("wide.csv", "nested.ndjson", "long-number.csv")) {
      Path file = FILES.get(name);
      for (List<String> args : commands(file, dir.resolve("heap-" + name))) {
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-Djava.awt.headless=true",
            "-cp", System.getProperty("java.class.path"), PosyanduCli.class.getName()));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(output).as(String.join(" ", args)).doesNotContain("OutOfMemoryError")
            .doesNotContain("Exception");
        assertThat(p.exitValue()).as(String.join(" ", args) + ": " + output).isIn(0, 1, 2);
      }
    }
  }
}
