package id.posyandu.rules.indicator;

import id.posyandu.core.SpmArea;
import id.posyandu.rules.Citation;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator, in the shape of a FHIR Measure / DHIS2 program indicator: who is counted
 * ({@link #subject()}), who is in the denominator, who of them is in the numerator, who is excluded,
 * the date that places a record in the period ({@link #anchor()}), the period type, the default
 * target, the level, labels in Indonesian and English, and the source.
 *
 * <p>The value is numerator / denominator over subjects in the denominator and not excluded; the
 * numerator is always a subset of the denominator. Definitions are data (the catalog resource,
 * {@link IndicatorCatalog}); their conditions name criteria implemented and tested in Java.
 *
 * @param id stable id, e.g. {@code KES-DS}
 * @param area the SPM area
 * @param labelId the name in Indonesian
 * @param labelEn the name in English
 * @param subject what is counted
 * @param denominator who is counted below the line
 * @param numerator who of the denominator is counted above the line
 * @param exclusion who is taken out of the denominator, if anyone
 * @param anchor the date that places a subject's records in the period, in words (e.g. "tanggal
 *     penimbangan / weighing date")
 * @param periodType the period the indicator is reported for
 * @param targetPercent the default target in percent (0-100), if any
 * @param higherIsBetter whether a value at or above the target meets it (false: at or below, for
 *     prevalences such as stunting)
 * @param level proxy or official formula
 * @param source where the definition comes from
 */
public record IndicatorDefinition(
    String id,
    SpmArea area,
    String labelId,
    String labelEn,
    SubjectType subject,
    Condition denominator,
    Condition numerator,
    Optional<Condition> exclusion,
    String anchor,
    PeriodType periodType,
    Optional<Double> targetPercent,
    boolean higherIsBetter,
    IndicatorLevel level,
    Citation source) {

  /** Checks the definition. */
  public IndicatorDefinition {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*")) {
      throw new IllegalArgumentException("indicator ids look like KES-DS or PDD-ATS: '" + id + "'");
    }
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(labelId, "labelId");
    Objects.requireNonNull(labelEn, "labelEn");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(exclusion, "exclusion");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(periodType, "periodType");
    Objects.requireNonNull(targetPercent, "targetPercent");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(source, "source");
    targetPercent.ifPresent(t -> {
      if (!(t >= 0 && t <= 100)) {
        throw new IllegalArgumentException(id + ": target must be 0-100 %: " + t);
      }
    });
  }
}
