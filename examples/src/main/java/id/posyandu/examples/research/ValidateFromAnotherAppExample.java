package id.posyandu.examples.research;

import id.posyandu.json.JsonProblem;
import id.posyandu.json.PosyanduJson;
import id.posyandu.json.ReadSummary;
import id.posyandu.json.RecordReader;
import id.posyandu.json.RecordTypes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Question: another app sends us its Posyandu records as NDJSON; which are good, which are not,
 * and why?
 *
 * <p>Each line is a record with a {@code type} member ({@code resident}, {@code visit}, ...). The
 * reader keeps every good line, reports every bad one with its line number, JSON pointer, stable
 * code and a message in Indonesian (English with {@code --lang en}), and its counts always add up:
 * read = accepted + rejected. The records are validated as of a given day, never "today".
 *
 * <p>Run: {@code java -cp examples/target/posyandu.jar
 * id.posyandu.examples.research.ValidateFromAnotherAppExample examples/data/dari-aplikasi-lain.ndjson}
 */
public final class ValidateFromAnotherAppExample {

  private ValidateFromAnotherAppExample() {}

  /**
   * Reads and validates the records, printing each problem; returns the summary.
   *
   * @param asOf the day the records are validated on
   */
  public static ReadSummary run(InputStream ndjson, LocalDate asOf, Locale lang, PrintWriter out,
      List<Object> accepted) throws IOException {
    RecordReader<Object> reader = PosyanduJson.asOf(asOf).recordReader(RecordTypes.core());
    ReadSummary summary = reader.read(ndjson, result -> {
      if (result.accepted()) {
        accepted.add(result.value().orElseThrow());
        return;
      }
      for (JsonProblem p : result.problems()) {
        out.println(p.format(lang));
      }
    });
    out.printf(Locale.ROOT, "%d dibaca, %d diterima, %d ditolak / %d read, %d accepted, "
        + "%d rejected%n", summary.read(), summary.accepted(), summary.rejected(), summary.read(),
        summary.accepted(), summary.rejected());
    return summary;
  }

  /** Runs the example on a file. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/data/dari-aplikasi-lain.ndjson");
    Locale lang = args.length > 1 && args[1].equals("--lang=en") ? Locale.ENGLISH
        : Locale.forLanguageTag("id");
    try (InputStream in = Files.newInputStream(file)) {
      run(in, LocalDate.of(2026, 10, 31), lang, new PrintWriter(System.out, true),
          new ArrayList<>());
    }
  }

  /** Reads from a string (for tests and the README). */
  static ReadSummary run(String ndjson, LocalDate asOf, Locale lang, PrintWriter out,
      List<Object> accepted) throws IOException {
    return run(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), asOf, lang, out,
        accepted);
  }
}
