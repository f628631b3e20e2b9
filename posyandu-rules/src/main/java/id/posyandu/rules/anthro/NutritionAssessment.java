package id.posyandu.rules.anthro;

import java.util.EnumMap;
import java.util.Map;

/** A child's nutrition status for every Permenkes 2/2020 index, and the named conditions. */
public final class NutritionAssessment {

  private final Map<PermenkesIndex, NutritionStatus> statuses;
  private final Map<NutritionCondition, ConditionResult> conditions;

  NutritionAssessment(EnumMap<PermenkesIndex, NutritionStatus> statuses,
      EnumMap<NutritionCondition, ConditionResult> conditions) {
    this.statuses = statuses;
    this.conditions = conditions;
  }

  /** The status of one index (possibly not assessed). */
  public NutritionStatus status(PermenkesIndex index) {
    return statuses.get(index);
  }

  /** A named condition. */
  public ConditionResult condition(NutritionCondition condition) {
    return conditions.get(condition);
  }

  /** Stunting: PB/U or TB/U below -2 SD. */
  public ConditionResult stunting() {
    return condition(NutritionCondition.STUNTING);
  }

  /** Wasting: BB/PB or BB/TB below -2 SD. */
  public ConditionResult wasting() {
    return condition(NutritionCondition.WASTING);
  }

  /** Underweight: BB/U below -2 SD. */
  public ConditionResult underweight() {
    return condition(NutritionCondition.UNDERWEIGHT);
  }

  /** Overweight: BB/PB or BB/TB above +2 SD (0-60 months), IMT/U above +1 SD (5-18 years). */
  public ConditionResult overweight() {
    return condition(NutritionCondition.OVERWEIGHT);
  }

  @Override
  public String toString() {
    return "NutritionAssessment" + statuses.values();
  }
}
