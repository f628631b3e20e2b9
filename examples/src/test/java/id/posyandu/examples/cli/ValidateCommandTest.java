package id.posyandu.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  static final String VISIT = "{\"type\":\"visit\",\"date\":\"2025-03-11\",\"id\":\"v1\","
      + "\"kaderId\":\"k1\",\"posyandu\":\"11.01.10.2001.001\",\"records\":[{\"type\":"
      + "\"anthropometry\",\"weightKg\":12.5}],\"residentId\":\"r1\",\"setting\":"
      + "\"POSYANDU_SESSION\"}";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return PosyanduCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void aValidFileExitsWithZeroAndASummary() throws IOException {
    Path f = file("ok.ndjson", VISIT + "\n\n" + VISIT + "\r\n");
    assertThat(run("validate", f.toString(), "--as-of", "2025-06-30")).isZero();
    assertThat(out.toString()).contains("Ringkasan: 2 rekaman dibaca, 2 sah, 0 tidak sah, "
        + "1 baris kosong");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void anInvalidRecordExitsWithOneAndEveryProblemHasItsPosition() throws IOException {
    Path f = file("bad.ndjson", VISIT + "\n" + VISIT.replace("12.5", "\"x\"") + "\n{oops\n");
    assertThat(run("validate", f.toString(), "--as-of", "2025-06-30")).isEqualTo(1);
    String o = out.toString();
    assertThat(o).contains("bad.ndjson:2:", "/records/0/weightKg JSON.WRONG_TYPE",
        "Jenis nilai salah", "bad.ndjson:3:", "JSON.SYNTAX",
        "Ringkasan: 3 rekaman dibaca, 1 sah, 2 tidak sah");
    assertThat(o + err).doesNotContain("Exception", "\tat ");
  }

  @Test
  void englishOnRequest() throws IOException {
    Path f = file("bad.ndjson", VISIT.replace("2025-03-11", "2024-02-30") + "\n");
    assertThat(run("validate", f.toString(), "--lang", "en", "--as-of", "2025-06-30"))
        .isEqualTo(1);
    assertThat(out.toString()).contains("JSON.INVALID_DATE", "Invalid date",
        "Summary: 1 records read, 0 valid, 1 invalid");
  }

  @Test
  void aJsonDocumentWithADeclaredType() throws IOException {
    Path f = file("visit.json", VISIT.replace("\"type\":\"visit\",", "").replace(",", ",\n  "));
    assertThat(run("validate", f.toString(), "--type", "visit", "--as-of", "2025-06-30"))
        .as(out.toString()).isZero();
    Path future = file("future.json", VISIT.replace("2025-03-11", "2030-01-01"));
    assertThat(run("validate", future.toString(), "--as-of", "2025-06-30")).isEqualTo(1);
    assertThat(out.toString()).contains("/date", "VALIDATION.FUTURE_DATE");
  }

  @Test
  void anUnreadableFileExitsWithTwo() {
    assertThat(run("validate", dir.resolve("missing.ndjson").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("berkas", "missing.ndjson", "tidak ada")
        .doesNotContain("Exception");
    assertThat(run("validate", dir.toString())).isEqualTo(2);
  }

  @Test
  void anUnknownTypeOrOptionExitsWithTwo() throws IOException {
    Path f = file("ok.ndjson", VISIT + "\n");
    assertThat(run("validate", f.toString(), "--type", "patient")).isEqualTo(2);
    assertThat(err.toString()).contains("patient", "visit");
    assertThat(run("validate", f.toString(), "--lang", "fr")).isEqualTo(2);
  }

  @Test
  void binaryGarbageIsInvalidNotACrash() throws IOException {
    Path f = dir.resolve("garbage.ndjson");
    byte[] b = new byte[4096];
    new java.util.Random(42).nextBytes(b);
    Files.write(f, b);
    assertThat(run("validate", f.toString())).isEqualTo(1);
    assertThat(out.toString() + err).doesNotContain("Exception");
  }
}
