package id.posyandu.rules.indicator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a criterion may know besides its subject: the reporting period and the as-of date (the day
 * the evaluation is made for; records after it are not seen). No clock is read anywhere: the caller
 * decides both, usually with {@link IndonesianTimeZone#today(java.time.Clock)}.
 *
 * @param period the reporting period
 * @param asOf the evaluation day; at or after the period's start
 */
public record EvaluationContext(ReportingPeriod period, LocalDate asOf) {

  /** Checks the inputs. */
  public EvaluationContext {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    if (asOf.isBefore(period.start())) {
      throw new IllegalArgumentException("as-of date " + asOf + " precedes the period " + period);
    }
  }

  /** A context for a whole period: as of its last day. */
  public static EvaluationContext endOf(ReportingPeriod period) {
    return new EvaluationContext(period, period.end());
  }

  /**
   * The last day whose records count: the period's end, or the as-of date when the period is still
   * running.
   */
  public LocalDate lastDay() {
    return asOf.isBefore(period.end()) ? asOf : period.end();
  }

  /** Whether a record of this day lies in the period and not after the as-of date. */
  public boolean inPeriod(LocalDate day) {
    return period.contains(day) && !day.isAfter(asOf);
  }
}
