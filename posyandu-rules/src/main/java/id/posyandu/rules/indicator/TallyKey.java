package id.posyandu.rules.indicator;

import java.util.Objects;

/**
 * What a count is of: an indicator, a unit (a Posyandu id, or a kode wilayah after roll-up) and a
 * period.
 *
 * @param indicatorId the indicator
 * @param unit the Posyandu id or kode wilayah
 * @param period the reporting period
 */
public record TallyKey(String indicatorId, String unit, ReportingPeriod period)
    implements java.io.Serializable {

  /** Checks that nothing is null. */
  public TallyKey {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(period, "period");
  }
}
