package id.posyandu.json;

import java.util.List;

/** Validation of records read, with the core {@code PosyanduValidator}. */
final class Validation {

  private Validation() {}

  /** The violations of {@code record} as problems with code {@code VALIDATION.<code>}. */
  public static List<JsonProblem> validate(Object record) {
    return List.of();
  }
}
