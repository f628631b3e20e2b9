package id.posyandu.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the tool in this process, capturing what it writes on standard output and error. */
final class CliRun {

  /** What the runs wrote on standard output. */
  final StringWriter out = new StringWriter();
  /** What the runs wrote on standard error. */
  final StringWriter err = new StringWriter();

  /** Runs {@code posyandu args...} and returns the exit code. */
  int run(String... args) {
    return PosyanduCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** Forgets what earlier runs wrote. */
  void clear() {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
  }

  /** Writes a UTF-8 text file {@code name} in {@code dir}. */
  static Path file(Path dir, String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
