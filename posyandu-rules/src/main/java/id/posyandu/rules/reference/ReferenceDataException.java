package id.posyandu.rules.reference;

/**
 * Reference data could not be read, or broke one of the checks made on load (missing metadata,
 * a malformed or duplicate row, a gap, a value out of its expected range). The message names the
 * table and the line.
 */
public final class ReferenceDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the table and line. */
  public ReferenceDataException(String message) {
    super(message);
  }

  /** Creates the exception with a message and its cause. */
  public ReferenceDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
