package id.posyandu.rules.indicator;

import id.posyandu.core.SpmArea;
import id.posyandu.core.code.KodeWilayah;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The indicator report of one level: per indicator, unit and period, the numerator, denominator,
 * value, target, whether it is met, and the Wilson 95 % interval. Built from an
 * {@link IndicatorTally} by adding the Posyandu counts up the kode wilayah hierarchy.
 */
public final class IndicatorReport {

  private final ReportLevel level;
  private final List<ReportRow> rows;

  private IndicatorReport(ReportLevel level, List<ReportRow> rows) {
    this.level = level;
    this.rows = List.copyOf(rows);
  }

  /**
   * The report of a tally at a level.
   *
   * @param catalog the indicators (rows follow its order, then unit, then period)
   * @param tally the counts per Posyandu
   * @param posyanduDesa the desa/kelurahan of each Posyandu (kode wilayah at desa level)
   * @param level the level to aggregate to
   * @throws IllegalArgumentException when a Posyandu in the tally has no desa (for levels above
   *     Posyandu), or a code is not at desa level: nothing is silently dropped
   */
  public static IndicatorReport of(IndicatorCatalog catalog, IndicatorTally tally,
      Map<String, KodeWilayah> posyanduDesa, ReportLevel level) {
    Objects.requireNonNull(level, "level");
    Map<TallyKey, Count> rolled = new HashMap<>();
    for (Map.Entry<TallyKey, Count> e : tally.counts().entrySet()) {
      TallyKey k = e.getKey();
      String unit = unitOf(k.unit(), posyanduDesa, level);
      rolled.merge(new TallyKey(k.indicatorId(), unit, k.period()), e.getValue(), Count::plus);
    }
    Map<String, Integer> order = new HashMap<>();
    List<IndicatorDefinition> defs = catalog.definitions();
    for (int i = 0; i < defs.size(); i++) {
      order.put(defs.get(i).id(), i);
    }
    List<ReportRow> rows = new ArrayList<>(rolled.size());
    rolled.forEach((k, c) -> {
      IndicatorDefinition d = catalog.find(k.indicatorId()).orElseThrow(() ->
          new IllegalArgumentException("tally has an indicator the catalog lacks: "
              + k.indicatorId()));
      rows.add(new ReportRow(d, level, k.unit(), k.period(), c));
    });
    rows.sort(Comparator.<ReportRow>comparingInt(r -> order.get(r.indicator().id()))
        .thenComparing(ReportRow::unit).thenComparing(ReportRow::period));
    return new IndicatorReport(level, rows);
  }

  private static String unitOf(String posyanduId, Map<String, KodeWilayah> posyanduDesa,
      ReportLevel level) {
    if (level == ReportLevel.POSYANDU) {
      return posyanduId;
    }
    KodeWilayah desa = posyanduDesa.get(posyanduId);
    if (desa == null) {
      throw new IllegalArgumentException("Posyandu tanpa kode desa / Posyandu without a kode "
          + "wilayah: " + posyanduId);
    }
    return desa.at(level.wilayahLevel().orElseThrow()).orElseThrow(() ->
        new IllegalArgumentException("kode wilayah of Posyandu " + posyanduId + " is above "
            + level.code() + " level: " + desa)).dotted();
  }

  /** The level aggregated to. */
  public ReportLevel level() {
    return level;
  }

  /** All rows: by catalog order of the indicators, then unit, then period. */
  public List<ReportRow> rows() {
    return rows;
  }

  /** The rows of one SPM area. */
  public List<ReportRow> rows(SpmArea area) {
    return rows.stream().filter(r -> r.indicator().area() == area).toList();
  }

  /** The rows of one unit (a Posyandu id or a dotted kode wilayah). */
  public List<ReportRow> rowsOf(String unit) {
    return rows.stream().filter(r -> r.unit().equals(unit)).toList();
  }

  /** The row of an indicator for a unit, if any. */
  public Optional<ReportRow> row(String indicatorId, String unit) {
    return rows.stream()
        .filter(r -> r.indicator().id().equals(indicatorId) && r.unit().equals(unit)).findFirst();
  }

  /** The units in the report, sorted. */
  public List<String> units() {
    return rows.stream().map(ReportRow::unit).distinct().sorted().toList();
  }
}
