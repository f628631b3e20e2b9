package id.posyandu.json.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs an exception that a bug (not bad input) threw while a record was read, without personal
 * data: the log keeps the exception's class and stack trace, and those of its causes, but never a
 * message, since a message may quote the record (a name, a NIK). Logged on the
 * {@code java.util.logging} logger named {@code id.posyandu.json} at {@code SEVERE}
 * ({@code System.Logger} is not on Android 26; {@code java.util.logging} is).
 */
public final class InternalErrors {
  /** The logger's name. */
  public static final String LOGGER = "id.posyandu.json";

  private static final Logger LOG = Logger.getLogger(LOGGER);

  private InternalErrors() {}

  /**
   * Logs {@code e}, redacted, with where it happened.
   *
   * @param what what was being done, e.g. {@code validation}
   * @param typeName the record type's name, or null
   * @param line the NDJSON line number, or 0
   */
  public static void log(String what, String typeName, long line, Throwable e) {
    if (LOG.isLoggable(Level.SEVERE)) {
      LOG.log(Level.SEVERE, "internal error in " + what + " of a " + (typeName == null ? "record"
          : typeName + " record") + (line > 0 ? " at line " + line : "")
          + " (messages left out: they may hold personal data)", redacted(e));
    }
  }

  /** A copy of {@code e} and its causes that keeps classes and stack traces, not messages. */
  public static Throwable redacted(Throwable e) {
    return redacted(e, 0);
  }

  private static Throwable redacted(Throwable e, int depth) {
    Throwable cause = e.getCause() != null && e.getCause() != e && depth < 16
        ? redacted(e.getCause(), depth + 1) : null;
    Redacted r = new Redacted(e.getClass().getName(), cause);
    r.setStackTrace(e.getStackTrace());
    return r;
  }

  /** An exception that stands for another, named by its class only. */
  static final class Redacted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Redacted(String className, Throwable cause) {
      super(className, cause, false, true);
    }

    @Override
    public String toString() {
      return getMessage() + " (message redacted)";
    }
  }
}
