package id.posyandu.rules.anthro;

import id.posyandu.rules.Citation;
import id.posyandu.rules.anthro.internal.CutOffTable;
import id.posyandu.rules.reference.ReferenceDataException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Child nutrition status per Peraturan Menteri Kesehatan Nomor 2 Tahun 2020 tentang Standar
 * Antropometri Anak: the categories of BB/U, PB/U or TB/U, BB/PB or BB/TB and IMT/U (0-60 months)
 * and IMT/U (5-18 years), read from WHO z-scores.
 *
 * <p>The cut-offs and labels are reference data ({@code permenkes_2_2020_nutrition_status.tsv},
 * confidence [3P]: transcribed from secondary sources quoting the regulation, see
 * {@code docs/VERIFIED.md} sections 3 and 11). The z compared is the WHO z rounded to 2
 * decimals as WHO prints it, so a child at exactly -2.00 is normal ("-2 SD to +1 SD"). A z-score
 * that was not computed gives "not assessed" with its reason, never a category.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Permenkes2020 {

  private static final String RESOURCE = "/id/posyandu/rules/anthro/permenkes_2_2020_nutrition_status.tsv";

  private record Band(CutOffTable.Band row, NutritionCategory category,
      Set<NutritionCondition> countsAs, String cutOff) {}

  private final Citation citation;
  private final Map<PermenkesIndex, List<Band>> bands;
  /** For each named condition, the indices (in declaration order) whose bands count as it. */
  private final Map<NutritionCondition, List<PermenkesIndex>> definers;

  private Permenkes2020(CutOffTable table) {
    this.citation = table.citation();
    EnumMap<PermenkesIndex, List<Band>> m = new EnumMap<>(PermenkesIndex.class);
    table.bands().forEach((index, rows) -> {
      List<Band> list = new ArrayList<>();
      for (CutOffTable.Band r : rows) {
        EnumSet<NutritionCondition> conds = EnumSet.noneOf(NutritionCondition.class);
        for (String c : r.countsAs()) {
          conds.add(enumOf(NutritionCondition.class, c.toUpperCase(java.util.Locale.ROOT), r));
        }
        list.add(new Band(r, enumOf(NutritionCategory.class, r.category(), r), conds, cutOff(r)));
      }
      m.put(enumOf(PermenkesIndex.class, index, null), List.copyOf(list));
    });
    for (PermenkesIndex i : PermenkesIndex.values()) {
      if (!m.containsKey(i)) {
        throw new ReferenceDataException(RESOURCE + ": no cut-offs for " + i);
      }
    }
    this.bands = m;
    Map<NutritionCondition, List<PermenkesIndex>> d = new EnumMap<>(NutritionCondition.class);
    for (NutritionCondition c : NutritionCondition.values()) {
      List<PermenkesIndex> is = new ArrayList<>();
      for (PermenkesIndex i : PermenkesIndex.values()) {
        if (m.get(i).stream().anyMatch(b -> b.countsAs().contains(c))) {
          is.add(i);
        }
      }
      d.put(c, List.copyOf(is));
    }
    this.definers = d;
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String name, Object where) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new ReferenceDataException(RESOURCE + ": unknown " + type.getSimpleName() + " '" + name
          + "'" + (where == null ? "" : " in " + where));
    }
  }

  private static String sd(double v) {
    String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    return (v > 0 ? "+" : "") + s + " SD";
  }

  private static String cutOff(CutOffTable.Band r) {
    StringBuilder b = new StringBuilder();
    if (r.hasLower() && r.hasUpper()) {
      b.append(sd(r.lower())).append(r.lowerInclusive() ? " <= z " : " < z ")
          .append(r.upperInclusive() ? "<= " : "< ").append(sd(r.upper()));
    } else if (r.hasLower()) {
      b.append("z ").append(r.lowerInclusive() ? ">= " : "> ").append(sd(r.lower()));
    } else {
      b.append("z ").append(r.upperInclusive() ? "<= " : "< ").append(sd(r.upper()));
    }
    return b.toString();
  }

  private static final class Holder {
    static final Permenkes2020 INSTANCE = new Permenkes2020(CutOffTable.load(RESOURCE));
  }

  /** The cut-offs of Permenkes 2/2020, loaded once from the reference data. */
  public static Permenkes2020 standard() {
    return Holder.INSTANCE;
  }

  /** The source of the cut-offs. */
  public Citation citation() {
    return citation;
  }

  /**
   * The category of one index for a z-score of the index's indicator.
   *
   * @throws IllegalArgumentException when the z-score is of another indicator
   */
  public NutritionStatus classify(PermenkesIndex index, ZScore z) {
    Objects.requireNonNull(index, "index");
    if (z.indicator() != index.indicator()) {
      throw new IllegalArgumentException(index + " is read from " + index.indicator() + ", not "
          + z.indicator());
    }
    if (!z.isComputed()) {
      NotComputedReason r = z.reason().orElseThrow();
      return new NutritionStatus(index, z, null, "Tidak dinilai: " + r.messageId(),
          "Not assessed: " + r.messageEn(), "", Set.of(), citation);
    }
    double v = z.rounded();
    for (Band b : bands.get(index)) {
      if (b.row().holds(v)) {
        return new NutritionStatus(index, z, b.category(), b.row().labelId(), b.row().labelEn(),
            b.cutOff(), b.countsAs(), citation);
      }
    }
    throw new IllegalStateException("no band of " + index + " holds " + v); // the load check excludes this
  }

  /** Every index and named condition from WHO Anthro's and AnthroPlus's results of one child. */
  public NutritionAssessment assess(AnthroResult anthro, AnthroPlusResult anthroPlus) {
    EnumMap<PermenkesIndex, NutritionStatus> statuses = new EnumMap<>(PermenkesIndex.class);
    for (PermenkesIndex i : PermenkesIndex.values()) {
      ZScore z = i.indicator().standard() == GrowthStandard.WHO_2006
          ? anthro.zScore(i.indicator()) : anthroPlus.zScore(i.indicator());
      statuses.put(i, classify(i, z));
    }
    EnumMap<NutritionCondition, ConditionResult> conditions = new EnumMap<>(NutritionCondition.class);
    for (NutritionCondition c : NutritionCondition.values()) {
      NutritionStatus first = null;
      NutritionStatus assessed = null;
      for (PermenkesIndex i : definers.get(c)) {
        NutritionStatus s = statuses.get(i);
        first = first == null ? s : first;
        if (s.isAssessed() && assessed == null) {
          assessed = s;
        }
      }
      if (first == null) {
        throw new IllegalStateException("no index defines " + c);
      }
      ConditionResult r = assessed == null
          ? new ConditionResult(c, ConditionResult.Outcome.NOT_ASSESSED, first)
          : new ConditionResult(c, assessed.countsAs().contains(c)
              ? ConditionResult.Outcome.PRESENT : ConditionResult.Outcome.ABSENT, assessed);
      conditions.put(c, r);
    }
    return new NutritionAssessment(statuses, conditions);
  }

  /** Computes the z-scores of one child with {@link WhoGrowthStandards#standard()} and assesses them. */
  public NutritionAssessment assess(AnthroInput input) {
    WhoGrowthStandards who = WhoGrowthStandards.standard();
    return assess(who.anthro(input), who.anthroPlus(input));
  }
}
