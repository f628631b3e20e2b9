package id.posyandu.json;

import id.posyandu.json.internal.Pointers;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found while reading a JSON document or an NDJSON line: where it is (line, column,
 * JSON pointer), what it is (a stable {@link #code()}), how bad it is ({@link #severity()}), and a
 * message in Indonesian ({@link #messageId()}) and English ({@link #messageEn()}).
 *
 * <p>Codes are stable and meant for machines: {@code JSON.SYNTAX}, {@code JSON.TRUNCATED},
 * {@code JSON.INVALID_UTF8}, {@code JSON.UNKNOWN_PROPERTY}, {@code JSON.MISSING_PROPERTY},
 * {@code JSON.WRONG_TYPE}, {@code JSON.NULL}, {@code JSON.NUMBER_RANGE}, {@code JSON.INVALID_VALUE},
 * {@code JSON.INVALID_DATE}, {@code JSON.DUPLICATE_KEY}, {@code JSON.LIMIT},
 * {@code JSON.LINE_TOO_LONG}, {@code JSON.TRAILING}, {@code JSON.EMPTY}, {@code JSON.MISSING_TYPE},
 * {@code JSON.UNKNOWN_TYPE}, {@code JSON.IO}, and {@code VALIDATION.<violation code>} for the
 * violations that {@code PosyanduValidator} finds in a record that was read.
 *
 * <p>Messages never quote the input: no raw parser message, no stack trace, and never a NIK, KK
 * number or name. Property names are quoted (shortened, control characters escaped); a
 * {@link #value()} is present only for validation problems, and is then masked by the validator.
 */
public final class JsonProblem {

  /** How bad a problem is. */
  public enum Severity {
    /** The record cannot be accepted. */
    ERROR,
    /** The record is accepted, but something deserves a look. */
    WARNING
  }

  /** Prefix of the codes of problems that come from {@code PosyanduValidator}. */
  public static final String VALIDATION_PREFIX = "VALIDATION.";

  private final String code;
  private final Severity severity;
  private final String pointer;
  private final long line;
  private final long column;
  private final String messageId;
  private final String messageEn;
  private final String value;

  private JsonProblem(String code, Severity severity, String pointer, long line, long column,
      String messageId, String messageEn, String value) {
    this.code = Objects.requireNonNull(code, "code");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.messageId = Objects.requireNonNull(messageId, "messageId");
    this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
    this.value = value;
  }

  /**
   * Creates a problem.
   *
   * @param code stable code, e.g. {@code JSON.SYNTAX}
   * @param severity error or warning
   * @param pointer JSON pointer (RFC 6901) of the offending value; {@code ""} for the whole record;
   *     a reference token that is neither an index nor like a property name (a key that may be a
   *     NIK or a name) is masked, as {@link id.posyandu.core.MessageValue} says
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column within the line, or 0 when unknown
   * @param messageId the message in Indonesian
   * @param messageEn the message in English
   * @param maskedValue the offending value, already masked when personal; {@code null} for none
   */
  public static JsonProblem of(String code, Severity severity, String pointer, long line,
      long column, String messageId, String messageEn, String maskedValue) {
    return new JsonProblem(code, severity, Pointers.masked(pointer), Math.max(0, line),
        Math.max(0, column), messageId, messageEn, maskedValue);
  }

  /**
   * The problem of an NDJSON line longer than {@code maxLineBytes} (as {@link RecordReader} reports
   * it), for readers that cut lines themselves (posyandu-spark).
   */
  public static JsonProblem lineTooLong(long line, int maxLineBytes) {
    return Problems.error("JSON.LINE_TOO_LONG", "", line, 0, String.valueOf(maxLineBytes));
  }

  /** Stable code of the problem, e.g. {@code JSON.UNKNOWN_PROPERTY}. */
  public String code() {
    return code;
  }

  /** Error (the record is rejected) or warning (accepted). */
  public Severity severity() {
    return severity;
  }

  /** True when this problem rejects the record. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** JSON pointer (RFC 6901) to the offending value, {@code ""} for the record as a whole. */
  public String pointer() {
    return pointer;
  }

  /** 1-based line in the file or document, or 0 when unknown. */
  public long line() {
    return line;
  }

  /** 1-based column within the line, or 0 when unknown (validation problems have none). */
  public long column() {
    return column;
  }

  /** The message in Indonesian. */
  public String messageId() {
    return messageId;
  }

  /** The message in English. */
  public String messageEn() {
    return messageEn;
  }

  /** The message in the given language: Indonesian unless the language is English. */
  public String message(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? messageEn : messageId;
  }

  /** The offending value as the validator reported it (masked when personal), if any. */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** The same problem placed at another line (used when a line's problems join a file report). */
  public JsonProblem atLine(long newLine) {
    return new JsonProblem(code, severity, pointer, newLine, column, messageId, messageEn, value);
  }

  /** One line for people: position, code and message in the given language. */
  public String format(Locale locale) {
    StringBuilder sb = new StringBuilder();
    if (line > 0) {
      sb.append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
      sb.append(' ');
    }
    sb.append(pointer.isEmpty() ? "/" : pointer).append(' ');
    sb.append(severity == Severity.ERROR ? "" : "[" + severity + "] ");
    sb.append(code).append(": ").append(message(locale));
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof JsonProblem)) {
      return false;
    }
    JsonProblem p = (JsonProblem) o;
    return line == p.line && column == p.column && code.equals(p.code) && severity == p.severity
        && pointer.equals(p.pointer) && messageId.equals(p.messageId)
        && messageEn.equals(p.messageEn) && Objects.equals(value, p.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, pointer, line, column, messageId, messageEn, value);
  }

  /** The English one-line form; never holds unmasked personal data. */
  @Override
  public String toString() {
    return format(Locale.ENGLISH);
  }
}
