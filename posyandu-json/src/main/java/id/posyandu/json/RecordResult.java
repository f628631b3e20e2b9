package id.posyandu.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one record (a JSON document, or one NDJSON line) gave: the record when it was
 * accepted, and every problem found, with the line it came from.
 *
 * <p>A record is accepted when it parsed, bound to its type and has no {@link JsonProblem.Severity#ERROR
 * error}; it may still carry warnings. A rejected record has no value and at least one error.
 *
 * @param <T> the record type
 */
public final class RecordResult<T> {

  private final long line;
  private final String typeName;
  private final T value;
  private final List<JsonProblem> problems;

  RecordResult(long line, String typeName, T value, List<JsonProblem> problems) {
    this.line = line;
    this.typeName = typeName;
    this.problems = List.copyOf(problems);
    boolean error = this.problems.stream().anyMatch(JsonProblem::isError);
    this.value = error ? null : Objects.requireNonNull(value, "value of an accepted record");
  }

  /** Line of the record in its file (1-based; for a JSON document, the line where it starts). */
  public long line() {
    return line;
  }

  /** The record's type name (its {@code type} member, or the declared type's name), if known. */
  public Optional<String> typeName() {
    return Optional.ofNullable(typeName);
  }

  /** True when the record was accepted (no error, maybe warnings). */
  public boolean accepted() {
    return value != null;
  }

  /** The record, present exactly when {@link #accepted()}. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** Every problem of this record: errors (when rejected) and warnings, in order found. */
  public List<JsonProblem> problems() {
    return problems;
  }

  @Override
  public String toString() {
    return "RecordResult[line " + line + (typeName == null ? "" : ", " + typeName)
        + (accepted() ? ", accepted" : ", rejected") + ", problems=" + problems + "]";
  }
}
