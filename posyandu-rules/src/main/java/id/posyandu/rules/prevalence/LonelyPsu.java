package id.posyandu.rules.prevalence;

/**
 * What the variance does with a stratum that has a single primary sampling unit (PSU), the
 * choices of R's {@code survey} package option {@code survey.lonely.psu} (T. Lumley, survey 4.1-1,
 * {@code onestrat} in R/multistage.R). WHO Anthro's {@code anthro_prevalence} sets
 * {@link #ADJUST} while it computes; WHO AnthroPlus's {@code anthroplus_prevalence} leaves the
 * option at R's default, {@link #FAIL}.
 */
public enum LonelyPsu {
  /** The stratum's PSU total is centred at the whole sample's mean (zero) instead of its own. */
  ADJUST,
  /** A single-PSU stratum is an error: the estimate stops, naming the stratum (R's default). */
  FAIL,
  /** A single-PSU stratum contributes nothing to the variance. */
  REMOVE,
  /** A single-PSU stratum is taken as sampled with certainty: it contributes nothing. */
  CERTAINTY,
  /** A single-PSU stratum gets the average variance of the other strata. */
  AVERAGE
}
