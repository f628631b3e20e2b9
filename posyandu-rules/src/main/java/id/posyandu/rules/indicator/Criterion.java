package id.posyandu.rules.indicator;

import id.posyandu.rules.LocalizedText;
import java.util.Objects;

/**
 * A named test of a subject, implemented and tested in Java, that indicator definitions combine
 * with all/any/not ({@link Condition}). Examples: {@code BALITA}, {@code WEIGHED_IN_PERIOD},
 * {@code HAZ_BELOW_MINUS_2}, {@code RTLH}.
 *
 * @param <S> the subject type it tests
 */
public interface Criterion<S> {

  /** The stable name definitions refer to, upper case, e.g. {@code WEIGHED_IN_PERIOD}. */
  String name();

  /** The kind of subject it tests. */
  SubjectType subjectType();

  /** What it means, in Indonesian and English (used in follow-up explanations). */
  LocalizedText description();

  /** Whether the subject meets it in this context. */
  boolean test(S subject, EvaluationContext context);

  /** A criterion from a name, description and test. */
  static <S> Criterion<S> of(String name, SubjectType type, LocalizedText description,
      Test<S> test) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(test, "test");
    if (!name.matches("[A-Z][A-Z0-9_]*")) {
      throw new IllegalArgumentException("criterion names are UPPER_SNAKE_CASE: " + name);
    }
    return new Criterion<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public SubjectType subjectType() {
        return type;
      }

      @Override
      public LocalizedText description() {
        return description;
      }

      @Override
      public boolean test(S subject, EvaluationContext context) {
        return test.test(subject, context);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  /**
   * The test of a criterion.
   *
   * @param <S> the subject type
   */
  @FunctionalInterface
  interface Test<S> {
    /** Whether the subject meets the criterion in this context. */
    boolean test(S subject, EvaluationContext context);
  }
}
