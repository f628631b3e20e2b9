package id.posyandu.rules.indicator;

import id.posyandu.core.SpmArea;
import id.posyandu.core.code.KodeWilayah;
import id.posyandu.core.code.WilayahLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The Posyandu scorecard the Tim Pembina uses for its periodic evaluation and the Posyandu 6 SPM
 * competitions: each Posyandu's standing across the six areas, ranked within its desa, kecamatan and
 * kabupaten/kota.
 *
 * <p>Scoring (a documented library proposal; no national rule was found): an indicator with a target
 * and a value scores its achievement, {@code min(1, value/target)} when higher is better (a target
 * of 0 is always met), or {@code min(1, target/value)} when lower is better (a value of 0 is full
 * achievement); an area scores the mean of its indicators × 100; the total is the mean of the area
 * scores weighted by {@link ScorecardWeights}, over the areas that have a score. Indicators without a
 * target or without a value (no one in the denominator) are not scored, rather than counted as 0 or
 * 100.
 */
public final class Scorecard {

  private final List<PosyanduScore> ranked;

  private Scorecard(List<PosyanduScore> ranked) {
    this.ranked = List.copyOf(ranked);
  }

  /**
   * The scorecard of a Posyandu-level report.
   *
   * @throws IllegalArgumentException when the report is not at Posyandu level or a Posyandu has no
   *     desa
   */
  public static Scorecard of(IndicatorReport report, Map<String, KodeWilayah> posyanduDesa,
      ScorecardWeights weights) {
    if (report.level() != ReportLevel.POSYANDU) {
      throw new IllegalArgumentException("a scorecard needs a Posyandu-level report, not "
          + report.level());
    }
    Objects.requireNonNull(weights, "weights");
    Map<String, Map<SpmArea, double[]>> sums = new HashMap<>(); // area -> {sum, n}
    for (ReportRow r : report.rows()) {
      Map<SpmArea, double[]> byArea = sums.computeIfAbsent(r.unit(), k -> new EnumMap<>(SpmArea.class));
      OptionalDouble a = achievement(r);
      if (a.isPresent()) {
        double[] s = byArea.computeIfAbsent(r.indicator().area(), k -> new double[2]);
        s[0] += a.getAsDouble();
        s[1]++;
      }
    }
    List<Scored> scored = new ArrayList<>();
    for (Map.Entry<String, Map<SpmArea, double[]>> e : sums.entrySet()) {
      KodeWilayah desa = posyanduDesa.get(e.getKey());
      if (desa == null) {
        throw new IllegalArgumentException("Posyandu tanpa kode desa / Posyandu without a kode "
            + "wilayah: " + e.getKey());
      }
      Map<SpmArea, OptionalDouble> areaScores = new EnumMap<>(SpmArea.class);
      double wsum = 0;
      double total = 0;
      int n = 0;
      for (SpmArea area : SpmArea.values()) {
        double[] s = e.getValue().get(area);
        if (s == null) {
          areaScores.put(area, OptionalDouble.empty());
          continue;
        }
        double score = 100.0 * s[0] / s[1];
        areaScores.put(area, OptionalDouble.of(score));
        total += weights.weight(area) * score;
        wsum += weights.weight(area);
        n += (int) s[1];
      }
      scored.add(new Scored(e.getKey(), desa, areaScores, wsum == 0 ? 0 : total / wsum, n));
    }
    Comparator<Scored> best = Comparator.comparingDouble((Scored s) -> -s.total)
        .thenComparing(s -> s.id);
    scored.sort(best);
    Map<String, Integer> rDesa = ranks(scored, s -> s.desa);
    Map<String, Integer> rKec = ranks(scored, s -> s.desa.at(WilayahLevel.KECAMATAN).orElseThrow());
    Map<String, Integer> rKab = ranks(scored,
        s -> s.desa.at(WilayahLevel.KABUPATEN_KOTA).orElseThrow());
    List<PosyanduScore> out = new ArrayList<>(scored.size());
    for (Scored s : scored) {
      out.add(new PosyanduScore(s.id, s.desa, s.areaScores, s.total, s.indicatorsScored,
          rDesa.get(s.id), rKec.get(s.id), rKab.get(s.id)));
    }
    return new Scorecard(out);
  }

  /** An indicator row's achievement against its target in [0, 1], or empty when not scorable. */
  static OptionalDouble achievement(ReportRow r) {
    if (r.target().isEmpty() || r.percent().isEmpty()) {
      return OptionalDouble.empty();
    }
    double t = r.target().get();
    double v = r.percent().getAsDouble();
    if (r.indicator().higherIsBetter()) {
      return OptionalDouble.of(t == 0 ? 1.0 : Math.min(1.0, v / t));
    }
    return OptionalDouble.of(v == 0 ? 1.0 : Math.min(1.0, t / v));
  }

  /** Competition ranks ("1224") within each group; the list is sorted best first. */
  private static Map<String, Integer> ranks(List<Scored> sorted, Function<Scored, KodeWilayah> group) {
    Map<KodeWilayah, int[]> state = new HashMap<>(); // {count so far, last rank}
    Map<KodeWilayah, Double> lastTotal = new HashMap<>();
    Map<String, Integer> out = new HashMap<>();
    for (Scored s : sorted) {
      KodeWilayah g = group.apply(s);
      int[] st = state.computeIfAbsent(g, k -> new int[2]);
      st[0]++;
      Double prev = lastTotal.get(g);
      if (prev == null || Double.compare(prev, s.total) != 0) {
        st[1] = st[0];
      }
      lastTotal.put(g, s.total);
      out.put(s.id, st[1]);
    }
    return out;
  }

  private record Scored(String id, KodeWilayah desa, Map<SpmArea, OptionalDouble> areaScores,
      double total, int indicatorsScored) {}

  /** All Posyandu, best first (ties by Posyandu id). */
  public List<PosyanduScore> ranked() {
    return ranked;
  }

  /** The Posyandu of one area (a desa, kecamatan, kabupaten/kota or provinsi), best first. */
  public List<PosyanduScore> within(KodeWilayah area) {
    return ranked.stream().filter(s -> area.equals(s.desa()) || area.isAncestorOf(s.desa()))
        .toList();
  }
}
