package id.posyandu.examples.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * The problem lines a command prints on standard error while it loads data: the first
 * {@value #SHOWN} as they come (ids that look like a NIK or KK number masked, see
 * {@link PersonalIds}), then only counted; {@link #finish} says how many were not shown. A lone
 * visits file gives one "unknown resident" line per visit, which must not flood the terminal.
 */
final class ProblemLines implements Consumer<String> {

  /** How many problem lines are printed. */
  static final int SHOWN = 20;

  private final PrintWriter err;
  private long seen;

  ProblemLines(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void accept(String line) {
    seen++;
    if (seen <= SHOWN) {
      err.println(PersonalIds.masked(line));
    }
  }

  /** This printer with {@code prefix} before each line. */
  Consumer<String> prefixed(String prefix) {
    return line -> accept(prefix + line);
  }

  /** How many problem lines were told. */
  long seen() {
    return seen;
  }

  /** Says how many lines were not shown, if any. */
  void finish(boolean en) {
    if (seen > SHOWN) {
      err.println(DataInput.text(en,
          "... " + (seen - SHOWN) + " masalah lain tidak ditampilkan (" + SHOWN
              + " pertama di atas)",
          "... " + (seen - SHOWN) + " more problems not shown (the first " + SHOWN + " above)"));
    }
  }
}
