package id.posyandu.rules.anthro;

import java.util.Objects;

/**
 * Whether a child has a named nutrition condition (stunting, wasting, underweight, overweight...),
 * and on which index status the answer rests.
 */
public final class ConditionResult {

  /** The answer. */
  public enum Outcome {
    /** The category of the basis counts towards the condition. */
    PRESENT,
    /** The basis was assessed and its category does not count towards the condition. */
    ABSENT,
    /** No index that defines the condition could be assessed; see the basis's reason. */
    NOT_ASSESSED
  }

  private final NutritionCondition condition;
  private final Outcome outcome;
  private final NutritionStatus basis;

  ConditionResult(NutritionCondition condition, Outcome outcome, NutritionStatus basis) {
    this.condition = Objects.requireNonNull(condition);
    this.outcome = Objects.requireNonNull(outcome);
    this.basis = Objects.requireNonNull(basis);
  }

  /** The condition. */
  public NutritionCondition condition() {
    return condition;
  }

  /** The answer. */
  public Outcome outcome() {
    return outcome;
  }

  /** Whether the condition is present. */
  public boolean isPresent() {
    return outcome == Outcome.PRESENT;
  }

  /** The index status the answer rests on (its z-score, category, cut-off and source). */
  public NutritionStatus basis() {
    return basis;
  }

  @Override
  public String toString() {
    return condition + "=" + outcome + " [" + basis + "]";
  }
}
