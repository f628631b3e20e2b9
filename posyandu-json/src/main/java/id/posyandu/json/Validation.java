package id.posyandu.json;

import id.posyandu.core.validation.PosyanduValidator;
import id.posyandu.core.validation.Severity;
import id.posyandu.core.validation.Violation;
import id.posyandu.json.internal.Pointers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Validation of records read, with the core {@link PosyanduValidator} as of a date. Each
 * {@link Violation} becomes a {@link JsonProblem} of the same shape: code
 * {@code VALIDATION.<violation code>}, the JSON pointer of its property path
 * ({@code records[0].weightKg} is {@code /records/0/weightKg}), its severity, its (masked) value and
 * its messages.
 */
final class Validation implements Function<Object, List<JsonProblem>> {

  private final PosyanduValidator validator;

  Validation(LocalDate asOf) {
    this.validator = PosyanduValidator.asOf(asOf);
  }

  @Override
  public List<JsonProblem> apply(Object record) {
    List<Violation> found = validator.validate(record);
    if (found.isEmpty()) {
      return List.of();
    }
    List<JsonProblem> out = new ArrayList<>(found.size());
    for (Violation v : found) {
      out.add(problem(v));
    }
    return out;
  }

  /** The problem of one violation. */
  static JsonProblem problem(Violation v) {
    return JsonProblem.of(JsonProblem.VALIDATION_PREFIX + v.code(),
        v.severity() == Severity.WARNING ? JsonProblem.Severity.WARNING
            : JsonProblem.Severity.ERROR,
        Pointers.fromPropertyPath(v.path()), 0, 0, v.messageId(), v.messageEn(),
        v.invalidValue().orElse(null));
  }
}
