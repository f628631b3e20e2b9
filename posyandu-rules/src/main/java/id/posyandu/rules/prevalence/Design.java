package id.posyandu.rules.prevalence;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The survey design as WHO's {@code build_design} (anthro R/prevalence.R) chooses it, and the
 * variance of a domain estimate as R's {@code survey} package computes it (T. Lumley, survey 4.1-1:
 * {@code svydesign(ids, strata, weights, nest = TRUE)}, {@code svyrecvar}, {@code onestage},
 * {@code onestrat}, {@code degf} in R/multistage.R and R/surveyrep.R).
 *
 * <ul>
 *   <li>{@link Kind#SIMPLE}: no clusters, strata or weights (or all weights 1): WHO's fast
 *       approximation (R/prevalence-simple.R).
 *   <li>{@link Kind#HYBRID}: weights only: WHO's own weighted mean and counts
 *       (R/prevalence-hybrid-sw.R), the survey package for proportions with
 *       {@code svydesign(ids = ~1, weights = ~sw)}.
 *   <li>{@link Kind#SURVEY}: clusters and/or strata: the survey package throughout; clusters nested
 *       in strata; a single cluster, or none, makes every child its own PSU.
 * </ul>
 *
 * <p>A domain (a group's children with a value) keeps the design's count of PSUs per stratum: a PSU
 * without children in the domain contributes a zero total, as {@code onestrat} pads it.
 */
final class Design {

  enum Kind { SIMPLE, HYBRID, SURVEY }

  final Kind kind;
  final int n;
  /** Sampling weights, 1 when none; a missing weight is 0 (WHO). */
  final double[] w;
  /** PSU index of each row (HYBRID, SURVEY). */
  final int[] psu;
  /** Stratum index of each PSU. */
  final int[] psuStratum;
  /** Per stratum: the PSUs of the design. */
  final int[] psuCount;
  /** Stratum names for messages. */
  final String[] stratumNames;
  /** Rows ordered by stratum, then PSU. */
  final int[] order;
  /** The degrees of freedom WHO passes to the intervals. */
  final double df;
  final LonelyPsu lonely;
  /** The distinct weights, and each row's index among them. */
  final double[] weightValues;
  final int[] weightIndex;

  private Design(Kind kind, int n, double[] w, int[] psu, int[] psuStratum, int[] psuCount,
      String[] stratumNames, int[] order, double df, LonelyPsu lonely) {
    this.kind = kind;
    this.n = n;
    this.w = w;
    this.psu = psu;
    this.psuStratum = psuStratum;
    this.psuCount = psuCount;
    this.stratumNames = stratumNames;
    this.order = order;
    this.df = df;
    this.lonely = lonely;
    Map<Double, Integer> ids = new HashMap<>();
    this.weightIndex = new int[n];
    for (int i = 0; i < n; i++) {
      weightIndex[i] = ids.computeIfAbsent(w[i], k -> ids.size());
    }
    this.weightValues = new double[ids.size()];
    ids.forEach((k, v) -> weightValues[v] = k);
  }

  /**
   * The design of {@code n} rows; {@code weights}, {@code clusters}, {@code strata} null when not
   * given (WHO's {@code NULL}), their rows already without missing clusters or strata, missing
   * weights already 0.
   */
  static Design create(int n, double[] weights, String[] clusters, String[] strata,
      LonelyPsu lonely) {
    double[] w = weights != null ? weights : filled(n, 1.0);
    if (clusters == null && strata == null) {
      boolean allOne = true;
      for (double v : w) {
        allOne &= v == 1.0;
      }
      if (weights == null || allOne) {
        return new Design(Kind.SIMPLE, n, w, null, null, null, null, null, n - 1.0, lonely);
      }
      int[] psu = new int[n];
      int[] order = new int[n];
      int nonzero = 0;
      for (int i = 0; i < n; i++) {
        psu[i] = i;
        order[i] = i;
        nonzero += w[i] != 0 ? 1 : 0;
      }
      return new Design(Kind.HYBRID, n, w, psu, new int[n], new int[] {n}, new String[] {"1"},
          order, nonzero - 1.0, lonely);
    }
    // strata
    int[] stratum = new int[n];
    String[] stratumNames;
    if (strata != null) {
      Map<String, Integer> ids = new HashMap<>();
      for (int i = 0; i < n; i++) {
        stratum[i] = ids.computeIfAbsent(strata[i], k -> ids.size());
      }
      stratumNames = new String[ids.size()];
      ids.forEach((k, v) -> stratumNames[v] = k);
    } else {
      stratumNames = new String[] {"1"};
    }
    // PSUs: clusters nested in strata; none or a single cluster: every row its own PSU
    boolean ownPsu = clusters == null || new HashSet<>(Arrays.asList(clusters)).size() == 1;
    int[] psu = new int[n];
    int psus;
    if (ownPsu) {
      for (int i = 0; i < n; i++) {
        psu[i] = i;
      }
      psus = n;
    } else {
      Map<String, Integer> ids = new HashMap<>();
      for (int i = 0; i < n; i++) {
        psu[i] = ids.computeIfAbsent(stratum[i] + "\u0000" + clusters[i], k -> ids.size());
      }
      psus = ids.size();
    }
    int[] psuStratum = new int[psus];
    int[] psuCount = new int[stratumNames.length];
    boolean[] seen = new boolean[psus];
    for (int i = 0; i < n; i++) {
      if (!seen[psu[i]]) {
        seen[psu[i]] = true;
        psuStratum[psu[i]] = stratum[i];
        psuCount[stratum[i]]++;
      }
    }
    // degf: PSUs minus strata among rows of non-zero weight
    Set<Integer> livePsu = new HashSet<>();
    Set<Integer> liveStrata = new HashSet<>();
    for (int i = 0; i < n; i++) {
      if (w[i] != 0) {
        livePsu.add(psu[i]);
        liveStrata.add(stratum[i]);
      }
    }
    double df = livePsu.size() - (double) liveStrata.size();
    return new Design(Kind.SURVEY, n, w, psu, psuStratum, psuCount, stratumNames,
        orderByStratumAndPsu(psu, psuStratum), df, lonely);
  }

  private static int[] orderByStratumAndPsu(int[] psu, int[] psuStratum) {
    int psus = psuStratum.length;
    Integer[] psuOrder = new Integer[psus];
    for (int p = 0; p < psus; p++) {
      psuOrder[p] = p;
    }
    Arrays.sort(psuOrder, (a, b) -> psuStratum[a] != psuStratum[b]
        ? Integer.compare(psuStratum[a], psuStratum[b]) : Integer.compare(a, b));
    int[] start = new int[psus + 1];
    for (int p : psu) {
      start[p + 1]++;
    }
    int[] offset = new int[psus];
    int pos = 0;
    for (Integer p : psuOrder) {
      offset[p] = pos;
      pos += start[p + 1];
    }
    int[] order = new int[psu.length];
    for (int i = 0; i < psu.length; i++) {
      order[offset[psu[i]]++] = i;
    }
    return order;
  }

  private static double[] filled(int n, double v) {
    double[] a = new double[n];
    Arrays.fill(a, v);
    return a;
  }

  /**
   * The totals per PSU of one domain, in stratum order, for {@link #variance}: for each present PSU
   * its stratum and {@code stride} sums.
   */
  static final class PsuTotals {
    final int stride;
    int size;
    int[] stratum = new int[8];
    double[] sums;

    PsuTotals(int stride) {
      this.stride = stride;
      this.sums = new double[8 * stride];
    }

    void add(int h, double[] src, int from) {
      if (size == stratum.length) {
        stratum = Arrays.copyOf(stratum, size * 2);
        sums = Arrays.copyOf(sums, size * 2 * stride);
      }
      stratum[size] = h;
      System.arraycopy(src, from, sums, size * stride, stride);
      size++;
    }
  }

  /** Computes the influence total of the j-th present PSU from its sums. */
  interface PsuInfluence {
    double total(double[] sums, int base);
  }

  /**
   * The Taylor-linearisation variance of a domain estimate whose influence totals per PSU
   * {@code influence} gives, as {@code svyrecvar} with this design's lonely-PSU rule.
   *
   * @throws IllegalStateException with {@link LonelyPsu#FAIL} and a single-PSU stratum
   */
  double variance(PsuTotals totals, PsuInfluence influence) {
    double v = 0;
    int strata = 0;
    int okStrata = 0;
    int j = 0;
    double[] buf = new double[16];
    while (j < totals.size) {
      int h = totals.stratum[j];
      int m = 0;
      while (j < totals.size && totals.stratum[j] == h) {
        if (m == buf.length) {
          buf = Arrays.copyOf(buf, m * 2);
        }
        buf[m++] = influence.total(totals.sums, j * totals.stride);
        j++;
      }
      strata++;
      double s = stratumVariance(h, buf, m);
      if (!Double.isNaN(s)) {
        okStrata++;
        v += s;
      }
    }
    if (strata == 0) {
      return 0;
    }
    return v * strata / okStrata;
  }

  private double stratumVariance(int h, double[] t, int m) {
    int psus = psuCount[h];
    if (psus > 1) {
      double sum = 0;
      for (int i = 0; i < m; i++) {
        sum += t[i];
      }
      double mean = sum / psus;
      double ss = (psus - m) * mean * mean;
      for (int i = 0; i < m; i++) {
        double d = t[i] - mean;
        ss += d * d;
      }
      return ss * psus / (psus - 1.0);
    }
    return switch (lonely) {
      case ADJUST -> t[0] * t[0];
      case REMOVE, CERTAINTY -> 0;
      case AVERAGE -> Double.NaN;
      case FAIL -> throw new IllegalStateException("Strata (" + stratumNames[h] + ") hanya punya"
          + " satu PSU; pilih aturan lonely PSU / Stratum (" + stratumNames[h]
          + ") has only one PSU at stage 1 (survey.lonely.psu = \"fail\"); choose a lonely-PSU"
          + " rule");
    };
  }
}
