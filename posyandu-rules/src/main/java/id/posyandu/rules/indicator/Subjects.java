package id.posyandu.rules.indicator;

import java.util.Objects;
import java.util.function.Function;

/**
 * The subjects of one type handed to the {@link IndicatorEngine}: the items, how to name each one
 * (its caller-owned id, never a NIK) and the Posyandu it belongs to.
 *
 * @param type the subject type the items are
 * @param items the subjects
 * @param id the subject's id, used in follow-up lists
 * @param posyanduId the id of the Posyandu the subject belongs to
 * @param <S> the Java type of the subjects
 */
public record Subjects<S>(SubjectType type, Iterable<S> items, Function<S, String> id,
    Function<S, String> posyanduId) {

  /** Checks that nothing is null. */
  public Subjects {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(posyanduId, "posyanduId");
  }
}
