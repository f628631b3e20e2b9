package id.posyandu.rules.growth;

import id.posyandu.core.Sex;
import id.posyandu.rules.anthro.AnthroInput;
import id.posyandu.rules.anthro.Indicator;
import id.posyandu.rules.anthro.WhoGrowthStandards;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The weight-for-age z-score (WHO 2006) of one child, as the caller computes it, usually with the
 * anthropometry rules of this library. Empty when it cannot be computed (age out of range, oedema):
 * then the chart lines are reported as not assessed, never as normal.
 */
@FunctionalInterface
public interface WeightForAge {

  /** No z-scores available: line positions are all {@link LinePosition#NOT_ASSESSED}. */
  WeightForAge NONE = (date, weightKg) -> OptionalDouble.empty();

  /** The weight-for-age z-score of this weighing, or empty. */
  OptionalDouble zScore(LocalDate date, double weightKg);

  /**
   * The WHO 2006 weight-for-age z-score of a child, exactly as WHO Anthro computes it
   * ({@link WhoGrowthStandards}), rounded to the 2 decimals WHO prints: the same value the
   * Permenkes 2/2020 categories use, so the chart lines and the BB/U category agree. Empty from 60
   * months on (WHO computes nothing there).
   */
  static WeightForAge who2006(Sex sex, LocalDate birthDate) {
    return who2006(WhoGrowthStandards.standard(), sex, birthDate);
  }

  /** As {@link #who2006(Sex, LocalDate)}, with the given standards. */
  static WeightForAge who2006(WhoGrowthStandards standards, Sex sex, LocalDate birthDate) {
    Objects.requireNonNull(standards, "standards");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(birthDate, "birthDate");
    return (date, weightKg) -> standards.zScore(Indicator.WEIGHT_FOR_AGE, AnthroInput.builder()
        .sex(sex).age(birthDate, date).weightKg(weightKg).build()).optionalRounded();
  }
}
