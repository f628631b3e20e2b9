package id.posyandu.rules.indicator;

import java.util.List;
import java.util.Objects;

/**
 * A condition of an indicator definition: a named {@link Criterion}, or all/any/not of conditions.
 * Definitions are data; conditions are their logic, resolved against a {@link CriteriaRegistry} when a
 * catalog is loaded (an unknown name or a criterion of the wrong subject type fails then).
 */
public sealed interface Condition {

  /** The named criterion. */
  static Condition ref(String name) {
    return new Ref(name);
  }

  /** All of the conditions (true when empty). */
  static Condition all(Condition... conditions) {
    return new All(List.of(conditions));
  }

  /** Any of the conditions (false when empty). */
  static Condition any(Condition... conditions) {
    return new Any(List.of(conditions));
  }

  /** The negation. */
  static Condition not(Condition condition) {
    return new Not(condition);
  }

  /**
   * A reference to a named criterion.
   *
   * @param name the criterion's name
   */
  record Ref(String name) implements Condition {
    /** Checks the name. */
    public Ref {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * All of the conditions.
   *
   * @param conditions the conditions
   */
  record All(List<Condition> conditions) implements Condition {
    /** Copies the list. */
    public All {
      conditions = List.copyOf(conditions);
    }

    @Override
    public String toString() {
      return "all" + conditions;
    }
  }

  /**
   * Any of the conditions.
   *
   * @param conditions the conditions
   */
  record Any(List<Condition> conditions) implements Condition {
    /** Copies the list. */
    public Any {
      conditions = List.copyOf(conditions);
    }

    @Override
    public String toString() {
      return "any" + conditions;
    }
  }

  /**
   * The negation of a condition.
   *
   * @param condition the negated condition
   */
  record Not(Condition condition) implements Condition {
    /** Checks the condition. */
    public Not {
      Objects.requireNonNull(condition, "condition");
    }

    @Override
    public String toString() {
      return "not(" + condition + ")";
    }
  }
}
