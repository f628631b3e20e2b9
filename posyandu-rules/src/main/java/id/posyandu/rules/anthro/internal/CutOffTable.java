package id.posyandu.rules.anthro.internal;

import id.posyandu.rules.Citation;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Z-score bands of a classification (Permenkes 2/2020 categories), loaded from reference data and
 * checked on load: within each index the bands run from minus to plus infinity in file order, each
 * starting exactly where the previous one ends, with no gap and no overlap at the boundary.
 */
public final class CutOffTable {

  /** One band of one index, as in the reference data. */
  public record Band(String index, String category, boolean hasLower, double lower,
      boolean lowerInclusive, boolean hasUpper, double upper, boolean upperInclusive,
      Set<String> countsAs, String labelId, String labelEn) {

    /** Whether the band holds {@code z}. */
    public boolean holds(double z) {
      return (!hasLower || (lowerInclusive ? z >= lower : z > lower))
          && (!hasUpper || (upperInclusive ? z <= upper : z < upper));
    }
  }

  private final Citation citation;
  private final Map<String, List<Band>> byIndex;

  private CutOffTable(Citation citation, Map<String, List<Band>> byIndex) {
    this.citation = citation;
    this.byIndex = byIndex;
  }

  /**
   * Loads and checks a band table.
   *
   * @throws ReferenceDataException when a band is malformed or the bands do not tile the z-axis
   */
  public static CutOffTable load(String resource) {
    ReferenceTable t = ReferenceTable.load(CutOffTable.class, resource)
        .requireColumns("index", "category", "lower_op", "lower", "upper_op", "upper", "counts_as",
            "label_id", "label_en")
        .requireUniqueKey("index", "category");
    Map<String, List<Band>> byIndex = new LinkedHashMap<>();
    for (ReferenceTable.Row r : t.rows()) {
      boolean hasLower = !r.text("lower").isEmpty();
      boolean hasUpper = !r.text("upper").isEmpty();
      String lop = r.text("lower_op");
      String uop = r.text("upper_op");
      if (hasLower != !lop.isEmpty() || hasUpper != !uop.isEmpty()
          || hasLower && !lop.equals(">") && !lop.equals(">=")
          || hasUpper && !uop.equals("<") && !uop.equals("<=")) {
        throw new ReferenceDataException(r + ": a bound needs its operator (lower > or >=, upper < or <=)");
      }
      if (r.text("label_id").isEmpty() || r.text("label_en").isEmpty()) {
        throw new ReferenceDataException(r + ": labels in Indonesian and English are required");
      }
      Set<String> countsAs = r.text("counts_as").isEmpty() ? Set.of()
          : Set.of(r.text("counts_as").split(" "));
      Band b = new Band(r.text("index"), r.text("category"), hasLower,
          hasLower ? r.number("lower", -10, 10) : Double.NEGATIVE_INFINITY, lop.equals(">="),
          hasUpper, hasUpper ? r.number("upper", -10, 10) : Double.POSITIVE_INFINITY,
          uop.equals("<="), countsAs, r.text("label_id"), r.text("label_en"));
      List<Band> bands = byIndex.computeIfAbsent(b.index(), k -> new ArrayList<>());
      Band prev = bands.isEmpty() ? null : bands.get(bands.size() - 1);
      if (prev == null ? hasLower : !prev.hasUpper() || !hasLower || prev.upper() != b.lower()
          || prev.upperInclusive() == b.lowerInclusive()) {
        throw new ReferenceDataException(r + ": band does not start where the previous band of "
            + b.index() + " ends (no gap, no overlap)");
      }
      bands.add(b);
    }
    for (List<Band> bands : byIndex.values()) {
      Band last = bands.get(bands.size() - 1);
      if (last.hasUpper()) {
        throw new ReferenceDataException(resource + ": the last band of " + last.index()
            + " must be unbounded above");
      }
    }
    Map<String, List<Band>> frozen = new LinkedHashMap<>();
    byIndex.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new CutOffTable(t.citation(), java.util.Collections.unmodifiableMap(frozen));
  }

  /** Where the cut-offs come from. */
  public Citation citation() {
    return citation;
  }

  /** The bands of each index, in file order. */
  public Map<String, List<Band>> bands() {
    return byIndex;
  }
}
