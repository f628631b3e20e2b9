package id.posyandu.rules.indicator;

import id.posyandu.core.SpmArea;
import id.posyandu.rules.Citation;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The weight of each SPM area in a Posyandu's score. Weights are data: the built-in table gives the
 * six areas equal weight (a library proposal, [B]: no national scoring rule was found); a Tim Pembina
 * or a kota/kabupaten competition loads its own with {@link #from(ReferenceTable)}.
 */
public final class ScorecardWeights {

  private final Map<SpmArea, Double> weights;
  private final Citation source;

  private ScorecardWeights(Map<SpmArea, Double> weights, Citation source) {
    this.weights = Collections.unmodifiableMap(weights);
    this.source = source;
  }

  private static final class Builtin {
    static final ScorecardWeights EQUAL =
        from(ReferenceTable.load(ScorecardWeights.class, "scorecard_weights.tsv"));
  }

  /** Equal weights for the six areas. */
  public static ScorecardWeights equal() {
    return Builtin.EQUAL;
  }

  /**
   * Weights from reference data with columns {@code area} (SPM area code) and {@code weight}.
   *
   * @throws ReferenceDataException when an area is missing, repeated or unknown, or a weight is not
   *     a non-negative number, or all are zero
   */
  public static ScorecardWeights from(ReferenceTable table) {
    table.requireColumns("area", "weight").requireUniqueKey("area");
    Map<SpmArea, Double> m = new EnumMap<>(SpmArea.class);
    double sum = 0;
    for (ReferenceTable.Row r : table.rows()) {
      SpmArea a;
      try {
        a = SpmArea.fromCode(r.text("area"));
      } catch (IllegalArgumentException e) {
        throw new ReferenceDataException(r + ": " + e.getMessage());
      }
      double w = r.number("weight", 0, 1000);
      m.put(a, w);
      sum += w;
    }
    for (SpmArea a : SpmArea.values()) {
      if (!m.containsKey(a)) {
        throw new ReferenceDataException(table.name() + ": no weight for area " + a.code());
      }
    }
    if (sum <= 0) {
      throw new ReferenceDataException(table.name() + ": at least one weight must be positive");
    }
    return new ScorecardWeights(m, table.citation());
  }

  /** The weight of an area. */
  public double weight(SpmArea area) {
    return weights.get(area);
  }

  /** Where the weights come from. */
  public Citation source() {
    return source;
  }
}
