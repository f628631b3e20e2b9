package id.posyandu.examples.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Progress of a long run on standard error, for a person watching a terminal: one line per step
 * ({@code membaca / reading visits.ndjson ...}) and one per {@value #EVERY} records. Silent when
 * standard error is not a terminal (pipes, redirections, tests, CI), so that what scripts capture
 * holds only the command's messages. Used by {@code generate}, {@code validate}, {@code report},
 * {@code followup} and {@code homevisit}.
 */
final class Progress {

  /** Records between two count lines. */
  static final long EVERY = 100_000;

  private static final Progress SILENT = new Progress(null);

  /** Where lines go; {@code null} when silent. */
  private final PrintWriter err;

  private Progress(PrintWriter err) {
    this.err = err;
  }

  /** Progress on {@code err} when the process runs at a terminal, else silent. */
  static Progress onTerminal(PrintWriter err) {
    return of(isTerminal(), err);
  }

  /** Progress on {@code err} when {@code terminal}, else silent (tests choose). */
  static Progress of(boolean terminal, PrintWriter err) {
    return terminal ? new Progress(err) : SILENT;
  }

  /**
   * Whether standard error is a terminal. On Linux, from what file descriptor 2 is
   * ({@code /proc/self/fd/2} links to {@code /dev/pts/N} or {@code /dev/ttyN}), so that progress
   * shows while standard output is redirected ({@code posyandu report pop > report.csv}). Elsewhere,
   * from {@link System#console()}, present when standard input and output are a terminal, and on
   * Java 22 and later (where a console exists even when the streams are redirected)
   * {@code Console.isTerminal()}, looked up reflectively since the code is compiled for Java 17.
   */
  static boolean isTerminal() {
    Path fd2 = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd2)) {
        String target = Files.readSymbolicLink(fd2).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or not allowed: ask the console
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method m = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(m.invoke(console));
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** Whether lines are written. */
  boolean active() {
    return err != null;
  }

  /** One step, in Indonesian and English: {@code "membaca / reading visits.ndjson ..."}. */
  void step(String indonesian, String english) {
    if (err != null) {
      err.println(indonesian + " / " + english + " ...");
      err.flush();
    }
  }

  /** Told the running count of records; writes a line every {@value #EVERY}. */
  void records(long count) {
    if (err != null && count > 0 && count % EVERY == 0) {
      err.println(count + " rekaman / records ...");
      err.flush();
    }
  }
}
