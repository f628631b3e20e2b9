package id.posyandu.rules.prevalence;

import java.util.Arrays;

/**
 * The estimates of one column over the groups of one {@link Grouping}, as WHO's three backends
 * compute them (anthro R/prevalence-simple.R, R/prevalence-hybrid-sw.R, R/prevalence-survey.R), the
 * survey ones as R's {@code survey} package 4.1-1 does: {@code svymean} and {@code svyvar} by
 * domain with {@code na.rm = TRUE}, {@code svyciprop(method = "logit")} with
 * {@code df = degf(design)}, {@code svytotal} for the counts.
 */
final class Estimator {

  private static final double DBL_EPSILON = Math.ulp(1.0);
  private static final double GLM_EPSILON = 1e-8;
  private static final int GLM_MAXIT = 25;

  private final Design d;
  /** The t quantile of the 95 % intervals, NaN without degrees of freedom. */
  private final double t;

  Estimator(Design d) {
    this.d = d;
    this.t = d.df > 0 ? StudentT.quantile(0.975, d.df) : Double.NaN;
  }

  /** Prevalence estimates of one or more 0/1 columns sharing one set of missing values. */
  static final class Prevalences {
    final double[] pop;
    final double[] unwpop;
    /** [column][level], in percent. */
    final double[][] r;
    final double[][] se;
    final double[][] ll;
    final double[][] ul;

    Prevalences(int m, int levels) {
      pop = new double[levels];
      unwpop = new double[levels];
      r = nan(m, levels);
      se = nan(m, levels);
      ll = nan(m, levels);
      ul = nan(m, levels);
    }
  }

  /** Mean z-score estimates. */
  static final class Means {
    final double[] r;
    final double[] se;
    final double[] ll;
    final double[] ul;
    final double[] stdev;

    Means(int levels) {
      double[][] a = nan(5, levels);
      r = a[0];
      se = a[1];
      ll = a[2];
      ul = a[3];
      stdev = a[4];
    }
  }

  private static double[][] nan(int m, int levels) {
    double[][] a = new double[m][levels];
    for (double[] x : a) {
      Arrays.fill(x, Double.NaN);
    }
    return a;
  }

  /** The value of binary column k of a row: z beyond cut-off k, or the 0/1 value itself. */
  private static double binary(double x, Cutoff[] cutoffs, int k) {
    if (cutoffs == null) {
      return x;
    }
    return cutoffs[k].test(x) ? 1 : 0;
  }

  /**
   * The prevalences of {@code x} beyond each cut-off ({@code cutoffs}), or of the 0/1 column
   * {@code x} itself ({@code cutoffs} null), by group; NaN in {@code x} is a missing value.
   */
  Prevalences prevalences(double[] x, Cutoff[] cutoffs, Grouping g) {
    int m = cutoffs == null ? 1 : cutoffs.length;
    int levels = g.size();
    int[] level = g.level();
    Prevalences out = new Prevalences(m, levels);
    if (d.kind == Design.Kind.SIMPLE) {
      long[] count = new long[levels];
      long[][] ones = new long[m][levels];
      for (int i = 0; i < d.n; i++) {
        int l = level[i];
        double v = x[i];
        if (l < 0 || Double.isNaN(v)) {
          continue;
        }
        count[l]++;
        for (int k = 0; k < m; k++) {
          if (binary(v, cutoffs, k) == 1) {
            ones[k][l]++;
          }
        }
      }
      double big = d.n;
      for (int l = 0; l < levels; l++) {
        out.pop[l] = count[l];
        out.unwpop[l] = count[l];
        if (count[l] == 0) {
          continue;
        }
        for (int k = 0; k < m; k++) {
          simpleLogitRate(out, k, l, ones[k][l], count[l], big);
        }
      }
      return out;
    }
    int stride = 1 + m;
    double[] meanW = meanWeights(g);
    Accumulation acc = accumulate(x, cutoffs, m, g, firstIteration(g, meanW));
    for (int l = 0; l < levels; l++) {
      out.pop[l] = acc.sw[l];
      out.unwpop[l] = acc.count[l];
      double sw = acc.sw[l];
      if (acc.count[l] == 0 || !(sw > 0)) {
        continue;
      }
      for (int k = 0; k < m; k++) {
        int col = 1 + k;
        double p = acc.sums[l * stride + col] / sw;
        double var = d.variance(acc.totals[l],
            (s, b) -> (s[b + col] - p * s[b]) / sw);
        double se = Math.sqrt(var);
        double lo;
        double hi;
        if (p == 0) {
          lo = 0;
          hi = 0;
        } else {
          double[] ci = logitInterval(acc, l, k, m, meanW[l], x, cutoffs, g);
          lo = ci[0];
          hi = ci[1];
        }
        double r = p * 100;
        out.r[k][l] = r;
        out.se[k][l] = se * 100;
        out.ll[k][l] = lo * 100;
        out.ul[k][l] = hi * 100;
        // WHO: "for the extreme cases of r = 0 and r = 1 we set the CIs to [0,0] and [1,1]",
        // tested on r in percent (anthro R/prevalence.R)
        if (r == 0) {
          out.ll[k][l] = 0;
          out.ul[k][l] = 0;
        } else if (r == 1) {
          out.ll[k][l] = 1;
          out.ul[k][l] = 1;
        }
      }
    }
    return out;
  }

  /** WHO's {@code logit_rate_estimate} (R/prevalence-simple.R). */
  private void simpleLogitRate(Prevalences out, int k, int l, long ones, long count, double big) {
    double n = count;
    double r = ones / n;
    double ss = ones * (1 - r) * (1 - r) + (count - ones) * r * r;
    double scale = big / (big - 1);
    double se = Math.sqrt(scale) / n * Math.sqrt(ss);
    double lo;
    double hi;
    if (r == 1) {
      lo = 1;
      hi = 1;
    } else if (r == 0) {
      lo = 0;
      hi = 0;
    } else {
      double logit = Math.log(r / (1 - r));
      double seLogit = Math.sqrt(scale * (1 / (n * r * (1 - r))));
      double tq = big - 1 > 0 ? StudentT.quantile(0.975, big - 1) : Double.NaN;
      lo = plogis(logit - seLogit * tq);
      hi = plogis(logit + seLogit * tq);
    }
    out.r[k][l] = r * 100;
    out.se[k][l] = se * 100;
    out.ll[k][l] = lo * 100;
    out.ul[k][l] = hi * 100;
  }

  /** Per level: counts, weighted sums and the PSU totals of a domain pass. */
  private static final class Accumulation {
    final long[] count;
    final double[] sw;
    /** [level * stride + 0] = sum of w, [.. + 1 + k] = sum of w y_k. */
    final double[] sums;
    final Design.PsuTotals[] totals;
    /** [(level * m + k) * 3 + j]: the first IRLS iteration's sums of w2, w2 z and deviance. */
    double[] irls;

    Accumulation(int levels, int stride) {
      count = new long[levels];
      sw = new double[levels];
      sums = new double[levels * stride];
      totals = new Design.PsuTotals[levels];
      for (int l = 0; l < levels; l++) {
        totals[l] = new Design.PsuTotals(stride);
      }
    }
  }

  /** One pass in design order: per level and per PSU, the sums of w and of w y_k. */
  private Accumulation accumulate(double[] x, Cutoff[] cutoffs, int m, Grouping g,
      FirstIteration first) {
    int levels = g.size();
    int stride = 1 + m;
    int[] level = g.level();
    Accumulation acc = new Accumulation(levels, stride);
    double[] irls = first == null ? null : new double[levels * m * 3];
    acc.irls = irls;
    double[] entry = new double[6];
    int[] current = new int[levels];
    Arrays.fill(current, -1);
    double[] psuSums = new double[levels * stride];
    for (int j = 0; j < d.n; j++) {
      int i = d.order[j];
      int l = level[i];
      double v = x[i];
      if (l < 0 || Double.isNaN(v)) {
        continue;
      }
      int p = d.psu[i];
      int base = l * stride;
      if (current[l] != p) {
        if (current[l] >= 0) {
          acc.totals[l].add(d.psuStratum[current[l]], psuSums, base);
        }
        current[l] = p;
        Arrays.fill(psuSums, base, base + stride, 0.0);
      }
      double w = d.w[i];
      acc.count[l]++;
      acc.sw[l] += w;
      psuSums[base] += w;
      acc.sums[base] += w;
      double[] e = first == null ? null : first.entry(l, i, entry);
      for (int k = 0; k < m; k++) {
        double y = binary(v, cutoffs, k);
        double wy = w * y;
        psuSums[base + 1 + k] += wy;
        acc.sums[base + 1 + k] += wy;
        if (e != null) {
          int o = (l * m + k) * 3;
          int f = y == 1 ? 3 : 0;
          irls[o] += e[f];
          irls[o + 1] += e[f + 1];
          irls[o + 2] += e[f + 2];
        }
      }
    }
    for (int l = 0; l < levels; l++) {
      if (current[l] >= 0) {
        acc.totals[l].add(d.psuStratum[current[l]], psuSums, l * stride);
      }
    }
    return acc;
  }

  /** The mean, its interval and the standard deviation of the z-scores {@code z}, by group. */
  Means means(double[] z, Grouping g) {
    int levels = g.size();
    int[] level = g.level();
    Means out = new Means(levels);
    switch (d.kind) {
      case SIMPLE -> {
        double[] sum = new double[levels];
        long[] count = new long[levels];
        for (int i = 0; i < d.n; i++) {
          if (level[i] >= 0 && !Double.isNaN(z[i])) {
            sum[level[i]] += z[i];
            count[level[i]]++;
          }
        }
        double[] mean = new double[levels];
        for (int l = 0; l < levels; l++) {
          mean[l] = sum[l] / count[l];
        }
        double[] ss = new double[levels];
        for (int i = 0; i < d.n; i++) {
          if (level[i] >= 0 && !Double.isNaN(z[i])) {
            double dev = z[i] - mean[level[i]];
            ss[level[i]] += dev * dev;
          }
        }
        double big = d.n;
        double tq = big - 1 > 0 ? StudentT.quantile(0.975, big - 1) : Double.NaN;
        for (int l = 0; l < levels; l++) {
          if (count[l] == 0) {
            continue;
          }
          double n = count[l];
          double se = Math.sqrt(big / (big - 1)) / n * Math.sqrt(ss[l]);
          out.r[l] = mean[l];
          out.se[l] = se;
          out.ll[l] = mean[l] - se * tq;
          out.ul[l] = mean[l] + se * tq;
          out.stdev[l] = count[l] > 1 ? Math.sqrt(ss[l] / (n - 1)) : Double.NaN;
        }
      }
      case HYBRID -> {
        double[] sw = new double[levels];
        double[] swx = new double[levels];
        long[] count = new long[levels];
        for (int i = 0; i < d.n; i++) {
          if (level[i] >= 0 && !Double.isNaN(z[i])) {
            sw[level[i]] += d.w[i];
            swx[level[i]] += d.w[i] * z[i];
            count[level[i]]++;
          }
        }
        double[] r = new double[levels];
        for (int l = 0; l < levels; l++) {
          r[l] = swx[l] / sw[l];
        }
        double[] wss = new double[levels];
        double[] w2ss = new double[levels];
        for (int i = 0; i < d.n; i++) {
          int l = level[i];
          if (l >= 0 && !Double.isNaN(z[i])) {
            double dev = z[i] - r[l];
            wss[l] += d.w[i] / sw[l] * dev * dev;
            double wd = d.w[i] * dev;
            w2ss[l] += wd * wd;
          }
        }
        double big = d.n;
        double tq = big - 1 > 0 ? StudentT.quantile(0.975, big - 1) : Double.NaN;
        for (int l = 0; l < levels; l++) {
          if (count[l] == 0) {
            continue;
          }
          double n = count[l];
          double se = Math.sqrt(big / (big - 1)) / sw[l] * Math.sqrt(w2ss[l]);
          out.r[l] = r[l];
          out.se[l] = se;
          out.ll[l] = r[l] - se * tq;
          out.ul[l] = r[l] + se * tq;
          // WHO's formula gives Inf or NaN for one child (n / 0); R's sd() and the survey
          // backend give NA there, and so does this
          out.stdev[l] = count[l] > 1 ? Math.sqrt(wss[l] * n / (n - 1)) : Double.NaN;
        }
      }
      case SURVEY -> {
        Accumulation acc = accumulate(z, null, 1, g, null);
        double[] mean = new double[levels];
        for (int l = 0; l < levels; l++) {
          mean[l] = acc.sums[l * 2 + 1] / acc.sw[l];
        }
        // svyvar: n = rows of the group with a non-zero weight, missing values included
        long[] nonzero = new long[levels];
        double[] wss = new double[levels];
        for (int i = 0; i < d.n; i++) {
          int l = level[i];
          if (l < 0) {
            continue;
          }
          if (d.w[i] != 0) {
            nonzero[l]++;
          }
          if (!Double.isNaN(z[i])) {
            double dev = z[i] - mean[l];
            wss[l] += d.w[i] * dev * dev;
          }
        }
        for (int l = 0; l < levels; l++) {
          double sw = acc.sw[l];
          if (acc.count[l] == 0 || !(sw > 0)) {
            continue;
          }
          double mu = mean[l];
          double se = Math.sqrt(d.variance(acc.totals[l], (s, b) -> (s[b + 1] - mu * s[b]) / sw));
          out.r[l] = mu;
          out.se[l] = se;
          out.ll[l] = mu - se * t;
          out.ul[l] = mu + se * t;
          double n = nonzero[l];
          out.stdev[l] = Math.sqrt(wss[l] / sw * (n / (n - 1)));
        }
      }
      default -> throw new IllegalStateException();
    }
    return out;
  }

  /** Per level: the mean sampling weight of the group's rows (all of them, as svyglm rescales). */
  private double[] meanWeights(Grouping g) {
    int levels = g.size();
    double[] sum = new double[levels];
    long[] rows = new long[levels];
    int[] level = g.level();
    for (int i = 0; i < d.n; i++) {
      if (level[i] >= 0) {
        sum[level[i]] += d.w[i];
        rows[level[i]]++;
      }
    }
    for (int l = 0; l < levels; l++) {
      sum[l] /= rows[l];
    }
    return sum;
  }

  /**
   * The first step of {@code glm.fit} for one row: from {@code mustart = (pw y + 0.5) / (pw + 1)},
   * the weight {@code w2}, {@code w2 z} and the deviance of the start, for y = 0 and y = 1; the
   * prior weight {@code pw} is the row's weight over the group's mean weight. Kept per level and
   * distinct weight when that table is smaller than the data, else computed per row.
   */
  private final class FirstIteration {
    private final double[] meanW;
    private final double[] table;
    private final int distinct;

    FirstIteration(double[] meanW, int levels) {
      this.meanW = meanW;
      this.distinct = d.weightValues.length;
      if ((long) levels * distinct <= d.n) {
        table = new double[levels * distinct * 6];
        for (int l = 0; l < levels; l++) {
          for (int v = 0; v < distinct; v++) {
            start(d.weightValues[v] / meanW[l], table, (l * distinct + v) * 6);
          }
        }
      } else {
        table = null;
      }
    }

    double[] entry(int level, int row, double[] buf) {
      if (table != null) {
        System.arraycopy(table, (level * distinct + d.weightIndex[row]) * 6, buf, 0, 6);
      } else {
        start(d.w[row] / meanW[level], buf, 0);
      }
      return buf;
    }
  }

  private FirstIteration firstIteration(Grouping g, double[] meanW) {
    return new FirstIteration(meanW, g.size());
  }

  /** {@code glm.fit}'s first iteration terms for y = 0 (out[o..o+2]) and y = 1 (out[o+3..]). */
  private static void start(double pw, double[] out, int o) {
    for (int y = 0; y <= 1; y++) {
      int f = o + 3 * y;
      if (!(pw > 0)) {
        out[f] = 0;
        out[f + 1] = 0;
        out[f + 2] = 0;
        continue;
      }
      double mustart = (pw * y + 0.5) / (pw + 1);
      double eta = Math.log(mustart / (1 - mustart));
      double mu = linkinv(eta);
      double me = muEta(eta);
      double z = eta + (y - mu) / me;
      double w2 = pw * me * me / (mu * (1 - mu));
      out[f] = w2;
      out[f + 1] = w2 * z;
      out[f + 2] = 2 * pw * (yLogY(y, mu) + yLogY(1 - y, 1 - mu));
    }
  }

  /**
   * {@code svyciprop(method = "logit")}: R fits {@code svyglm(y ~ 1, family = quasibinomial)} by
   * {@code glm.fit}'s iteratively reweighted least squares (at most 25 steps, until the deviance
   * changes by less than 1e-8 relative) and takes the Wald interval of the intercept with the
   * sandwich variance of {@code svy.varcoef}, on the logit scale. Done here step by step: the first
   * step from the rows' sums, the others (all rows then share one fitted value) from the group's
   * totals; so the interval is R's to its last digits, also where R stops short of the boundary
   * (a prevalence of 100 %).
   */
  private double[] logitInterval(Accumulation acc, int l, int k, int m, double meanW,
      double[] x, Cutoff[] cutoffs, Grouping g) {
    int stride = 1 + m;
    double sw = acc.sw[l];
    double s = sw / meanW;
    double s1 = acc.sums[l * stride + 1 + k] / meanW;
    int o = (l * m + k) * 3;
    double beta = acc.irls[o + 1] / acc.irls[o];
    double devold = acc.irls[o + 2];
    int iter = 1;
    while (true) {
      double mu = linkinv(beta);
      double dev = 2 * (s1 * yLogY(1, mu) + (s - s1) * yLogY(1, 1 - mu));
      if (Math.abs(dev - devold) / (Math.abs(dev) + 0.1) < GLM_EPSILON || iter == GLM_MAXIT) {
        break;
      }
      devold = dev;
      beta = beta + (s1 - mu * s) / (s * muEta(beta));
      iter++;
    }
    if (iter == 1) {
      // the fit stopped at its first step: its weights differ row by row
      return irlsInterval(x, cutoffs, k, g, l);
    }
    double muF = linkinv(beta);
    double scale = sw * muEta(beta);
    double var = d.variance(acc.totals[l], (t, b) -> (t[b + 1 + k] - muF * t[b]) / scale);
    if (!(d.df > 0)) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double se = Math.sqrt(var);
    return new double[] {expit(beta - t * se), expit(beta + t * se)};
  }

  /**
   * {@link #logitInterval} row by row, for a fit that stops at its first step (its weights then
   * differ row by row): {@code glm.fit} (R stats) with R's logit link guards (family.c), prior
   * weights rescaled to mean 1 over the group, and the sandwich variance of {@code svy.varcoef}.
   */
  private double[] irlsInterval(double[] x, Cutoff[] cutoffs, int k, Grouping g, int l) {
    int[] level = g.level();
    double groupW = 0;
    long groupRows = 0;
    int count = 0;
    for (int i = 0; i < d.n; i++) {
      if (level[i] == l) {
        groupW += d.w[i];
        groupRows++;
        if (!Double.isNaN(x[i])) {
          count++;
        }
      }
    }
    double meanW = groupW / groupRows;
    int[] rows = new int[count];
    double[] y = new double[count];
    double[] pw = new double[count];
    int c = 0;
    for (int j = 0; j < d.n; j++) {
      int i = d.order[j];
      if (level[i] == l && !Double.isNaN(x[i])) {
        rows[c] = i;
        y[c] = binary(x[i], cutoffs, k);
        pw[c] = d.w[i] / meanW;
        c++;
      }
    }
    double[] eta = new double[count];
    double[] mu = new double[count];
    for (int i = 0; i < count; i++) {
      double mustart = (pw[i] * y[i] + 0.5) / (pw[i] + 1);
      eta[i] = Math.log(mustart / (1 - mustart));
      mu[i] = linkinv(eta[i]);
    }
    double devold = deviance(y, mu, pw);
    double[] w2 = new double[count];
    double beta = Double.NaN;
    for (int iter = 1; iter <= GLM_MAXIT; iter++) {
      double sw2 = 0;
      double sw2z = 0;
      for (int i = 0; i < count; i++) {
        double me = muEta(eta[i]);
        double var = mu[i] * (1 - mu[i]);
        if (pw[i] > 0 && me != 0) {
          double z = eta[i] + (y[i] - mu[i]) / me;
          w2[i] = pw[i] * me * me / var;
          sw2 += w2[i];
          sw2z += w2[i] * z;
        } else {
          w2[i] = 0;
        }
      }
      beta = sw2z / sw2;
      double m = linkinv(beta);
      Arrays.fill(eta, beta);
      Arrays.fill(mu, m);
      double dev = deviance(y, mu, pw);
      if (Math.abs(dev - devold) / (Math.abs(dev) + 0.1) < GLM_EPSILON) {
        break;
      }
      devold = dev;
    }
    double sumW2 = 0;
    for (double v : w2) {
      sumW2 += v;
    }
    double ainv = 1 / sumW2;
    double muF = linkinv(beta);
    double meF = muEta(beta);
    Design.PsuTotals totals = new Design.PsuTotals(1);
    double[] one = new double[1];
    int i = 0;
    while (i < count) {
      int p = d.psu[rows[i]];
      one[0] = 0;
      while (i < count && d.psu[rows[i]] == p) {
        one[0] += (y[i] - muF) / meF * w2[i] * ainv;
        i++;
      }
      totals.add(d.psuStratum[p], one, 0);
    }
    double se = Math.sqrt(d.variance(totals, (s, b) -> s[b]));
    if (!(d.df > 0)) {
      return new double[] {Double.NaN, Double.NaN};
    }
    return new double[] {expit(beta - t * se), expit(beta + t * se)};
  }

  private static double deviance(double[] y, double[] mu, double[] pw) {
    double dev = 0;
    for (int i = 0; i < y.length; i++) {
      dev += 2 * pw[i] * (yLogY(y[i], mu[i]) + yLogY(1 - y[i], 1 - mu[i]));
    }
    return dev;
  }

  private static double yLogY(double y, double mu) {
    return y != 0 ? y * Math.log(y / mu) : 0;
  }

  /** R's {@code logit_linkinv} (family.c). */
  private static double linkinv(double eta) {
    double tmp = eta < -30 ? DBL_EPSILON : eta > 30 ? 1 / DBL_EPSILON : Math.exp(eta);
    return tmp / (1 + tmp);
  }

  /** R's {@code logit_mu_eta} (family.c). */
  private static double muEta(double eta) {
    double opexp = 1 + Math.exp(eta);
    return eta > 30 || eta < -30 ? DBL_EPSILON : Math.exp(eta) / (opexp * opexp);
  }

  /** The survey package's {@code expit}. */
  private static double expit(double eta) {
    return Math.exp(eta) / (1 + Math.exp(eta));
  }

  /** R's {@code plogis}. */
  private static double plogis(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
