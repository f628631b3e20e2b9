package id.posyandu.rules.growth;

import java.time.LocalDate;
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
}
