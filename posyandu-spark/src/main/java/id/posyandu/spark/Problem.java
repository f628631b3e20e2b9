package id.posyandu.spark;

import id.posyandu.json.JsonProblem;
import id.posyandu.rules.population.PopulationProblem;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A problem the job found, with its place: a rejected line's {@link JsonProblem} or a
 * {@link PopulationProblem} (a reference that does not resolve, a duplicate id) of the record at
 * {@code file:line}. Problems sort as {@code posyandu report} prints them: line problems first, then
 * reference problems, each in file and line order.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Problem implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The order in which problems are reported. */
  public static final Comparator<Problem> ORDER = Comparator.comparingInt((Problem p) -> p.group)
      .thenComparingInt(p -> p.file).thenComparingLong(p -> p.line).thenComparingInt(p -> p.sub);

  /** File index of a problem found while building a partition (no one line is at fault). */
  static final int NO_FILE = Integer.MAX_VALUE;

  final int group;
  final int file;
  final long line;
  final int sub;
  // a line problem
  final String code;
  final JsonProblem.Severity severity;
  final String pointer;
  final long column;
  final String messageId;
  final String messageEn;
  final String value;
  // a reference problem
  final PopulationProblem.Kind kind;
  final String recordType;
  final String recordId;
  final String reference;

  private Problem(int group, int file, long line, int sub, JsonProblem j, PopulationProblem p) {
    this.group = group;
    this.file = file;
    this.line = line;
    this.sub = sub;
    this.code = j == null ? null : j.code();
    this.severity = j == null ? null : j.severity();
    this.pointer = j == null ? null : j.pointer();
    this.column = j == null ? 0 : j.column();
    this.messageId = j == null ? null : j.messageId();
    this.messageEn = j == null ? null : j.messageEn();
    this.value = j == null ? null : j.value().orElse(null);
    this.kind = p == null ? null : p.kind();
    this.recordType = p == null ? null : p.recordType();
    this.recordId = p == null ? null : p.recordId();
    this.reference = p == null ? null : p.reference();
  }

  static Problem line(int file, long line, int sub, JsonProblem p) {
    return new Problem(0, file, line, sub, p.atLine(line), null);
  }

  static Problem reference(int file, long line, int sub, PopulationProblem p) {
    return new Problem(1, file, line, sub, null, p);
  }

  /** Whether this is a problem of a rejected line (else of a reference). */
  public boolean isLineProblem() {
    return group == 0;
  }

  /** The index of the file in {@link SparkReport.Result#files()}; {@code -1} for none. */
  public int file() {
    return file == NO_FILE ? -1 : file;
  }

  /** The line number (1-based), 0 for none. */
  public long line() {
    return line;
  }

  /** The problem of a rejected line, or null. */
  public JsonProblem jsonProblem() {
    return code == null ? null : JsonProblem.of(code, severity, pointer, line, column, messageId,
        messageEn, value);
  }

  /** The reference problem, or null. */
  public PopulationProblem populationProblem() {
    return kind == null ? null : new PopulationProblem(kind, recordType, recordId, reference);
  }

  /**
   * The line {@code posyandu report} prints for it on standard error: {@code file:} and the line
   * problem, or {@code file:line: } and the reference problem ({@code whole} for a problem of no
   * one line).
   */
  public String format(String fileName, String whole, Locale locale) {
    if (isLineProblem()) {
      return fileName + ":" + jsonProblem().format(locale);
    }
    return (file == NO_FILE ? whole : fileName + ":" + line) + ": " + populationProblem();
  }
}
