package id.posyandu.rules.prevalence;

/**
 * Student's t distribution: the distribution function and its inverse, the quantile that R's
 * {@code qt} gives and that the {@code survey} package's confidence intervals use
 * ({@code confint(..., df = degf(design))}).
 *
 * <p>The distribution function is the regularized incomplete beta function,
 * {@code P(T <= -|t|) = I_x(df/2, 1/2) / 2} with {@code x = df / (df + t^2)} (Abramowitz and Stegun
 * 26.7.1, 26.5.27), evaluated by its continued fraction (modified Lentz; Press et al., Numerical
 * Recipes, 3rd ed., 6.4) on the side where it converges. The quantile is found by Newton's method on
 * that function, kept inside a bracket, from the Cornish-Fisher start of Abramowitz and Stegun
 * 26.7.5; from {@value #CORNISH_FISHER_DF} degrees of freedom on, the Cornish-Fisher expansion to
 * the fourth order itself is exact to double precision. The normal quantile is Wichura's algorithm
 * AS 241 (Applied Statistics 37, 1988), the one R uses. Tested against known values to 1e-12.
 */
public final class StudentT {

  /** From this many degrees of freedom the Cornish-Fisher expansion is used directly. */
  static final double CORNISH_FISHER_DF = 1e5;

  private static final double LOG_SQRT_PI = 0.5 * Math.log(Math.PI);
  private static final int MAX_ITERATIONS = 200;

  private StudentT() {}

  /**
   * The quantile: the {@code t} with {@code P(T <= t) = p} for {@code df} degrees of freedom, as R's
   * {@code qt(p, df)}.
   *
   * @throws IllegalArgumentException when {@code p} is not in (0, 1) or {@code df} is not positive
   */
  public static double quantile(double p, double df) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p must be in (0, 1): " + p);
    }
    if (!(df > 0)) {
      throw new IllegalArgumentException("df must be positive: " + df);
    }
    if (p == 0.5) {
      return 0;
    }
    // work on the lower tail, where p is exact, and reflect
    boolean upper = p > 0.5;
    double q = upper ? 1 - p : p;
    double t = lowerQuantile(q, df);
    return upper ? -t : t;
  }

  /** The t (negative) with lower-tail probability q < 0.5. */
  private static double lowerQuantile(double q, double df) {
    if (df == 1) {
      return -1 / Math.tan(Math.PI * q);
    }
    if (df == 2) {
      return -Math.sqrt(2 / (4 * q * (1 - q)) - 2);
    }
    double z = normalQuantile(q);
    double start = cornishFisher(z, df);
    if (df >= CORNISH_FISHER_DF) {
      return start;
    }
    // bracket [lo, hi] with cdf(lo) <= q <= cdf(hi), hi <= 0
    double hi = 0;
    double lo = Math.min(start, -1);
    while (cdf(lo, df) > q) {
      hi = lo;
      lo *= 2;
      if (Double.isInfinite(lo)) {
        return Double.NEGATIVE_INFINITY;
      }
    }
    double t = start < lo || start > hi ? 0.5 * (lo + hi) : start;
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      double f = cdf(t, df) - q;
      if (f == 0) {
        return t;
      }
      if (f > 0) {
        hi = t;
      } else {
        lo = t;
      }
      double next = t - f / density(t, df);
      if (!(next > lo && next < hi)) {
        next = 0.5 * (lo + hi);
      }
      if (Math.abs(next - t) <= 1e-15 * Math.abs(t)) {
        return next;
      }
      t = next;
    }
    return t;
  }

  /** The Cornish-Fisher expansion of the t quantile in the normal quantile z (A&S 26.7.5). */
  static double cornishFisher(double z, double df) {
    double z2 = z * z;
    double g1 = (z2 + 1) * z / 4;
    double g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
    double g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
    double g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
    return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
  }

  /**
   * The distribution function {@code P(T <= t)} for {@code df} degrees of freedom, as R's
   * {@code pt(t, df)}.
   *
   * @throws IllegalArgumentException when {@code df} is not positive
   */
  public static double cdf(double t, double df) {
    if (!(df > 0)) {
      throw new IllegalArgumentException("df must be positive: " + df);
    }
    if (Double.isNaN(t)) {
      return Double.NaN;
    }
    if (t == 0) {
      return 0.5;
    }
    double t2 = t * t;
    double x = df / (df + t2);
    double oneMinusX = t2 / (df + t2);
    double tail = 0.5 * regularizedBeta(x, oneMinusX, df / 2, 0.5);
    return t < 0 ? tail : 1 - tail;
  }

  /** The density of t. */
  static double density(double t, double df) {
    double logC = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df) - LOG_SQRT_PI;
    return Math.exp(logC - (df + 1) / 2 * Math.log1p(t * t / df));
  }

  /** I_x(a, b), given x and 1 - x separately (both exact). */
  static double regularizedBeta(double x, double oneMinusX, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (oneMinusX <= 0) {
      return 1;
    }
    double logFront = a * Math.log(x) + b * Math.log(oneMinusX) - logBeta(a, b);
    if (x < (a + 1) / (a + b + 2)) {
      return Math.exp(logFront) * continuedFraction(x, a, b) / a;
    }
    return 1 - Math.exp(logFront) * continuedFraction(oneMinusX, b, a) / b;
  }

  /** The continued fraction of the incomplete beta function, modified Lentz (NR 6.4). */
  private static double continuedFraction(double x, double a, double b) {
    final double tiny = 1e-300;
    double qab = a + b;
    double qap = a + 1;
    double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    if (Math.abs(d) < tiny) {
      d = tiny;
    }
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= 100_000; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1 / d;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < 1e-16) {
        return h;
      }
    }
    return h;
  }

  /** log B(a, b), with the Stirling difference for large arguments to avoid cancellation. */
  static double logBeta(double a, double b) {
    double big = Math.max(a, b);
    double small = Math.min(a, b);
    if (big > 10) {
      // log Γ(small) + log Γ(big) - log Γ(big + small), the large ones by Stirling's series
      double corr = stirlingCorrection(big) - stirlingCorrection(big + small);
      double s = small + big;
      return logGamma(small) + corr + small - small * Math.log(s)
          + (big - 0.5) * Math.log1p(-small / s);
    }
    return logGamma(a) + logGamma(b) - logGamma(a + b);
  }

  /** log Γ(x) - ((x - 1/2) log x - x + log √(2π)), Stirling's series, for x > 10. */
  private static double stirlingCorrection(double x) {
    double x2 = x * x;
    return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - (1.0 / 1680 - 1.0 / (1188 * x2)) / x2) / x2)
        / x2) / x;
  }

  private static final double[] LANCZOS = {
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7};

  /** log Γ(x) for x > 0: Stirling's series above 10, Lanczos (g = 7) below. */
  static double logGamma(double x) {
    if (x > 10) {
      return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + stirlingCorrection(x);
    }
    if (x < 0.5) {
      // reflection
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double y = x - 1;
    double sum = LANCZOS[0];
    double t = y + 7.5;
    for (int i = 1; i < 9; i++) {
      sum += LANCZOS[i] / (y + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
  }

  /**
   * The standard normal quantile, Wichura's AS 241 ({@code PPND16}), as R's {@code qnorm}.
   *
   * @throws IllegalArgumentException when {@code p} is not in (0, 1)
   */
  public static double normalQuantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p must be in (0, 1): " + p);
    }
    double q = p - 0.5;
    double r;
    double val;
    if (Math.abs(q) <= 0.425) {
      r = 0.180625 - q * q;
      val = q * (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r
          + 67265.770927008700853) * r + 45921.953931549871457) * r + 13731.693765509461125) * r
          + 1971.5909503065514427) * r + 133.14166789178437745) * r + 3.387132872796366608)
          / (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061)
          * r + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r
          + 42.313330701600911252) * r + 1.0);
      return val;
    }
    r = q < 0 ? p : 1 - p;
    r = Math.sqrt(-Math.log(r));
    if (r <= 5) {
      r -= 1.6;
      val = (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r
          + 0.24178072517745061177) * r + 1.27045825245236838258) * r + 3.64784832476320460504) * r
          + 5.7694972214606914055) * r + 4.6303378461565452959) * r + 1.42343711074968357734)
          / (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r
          + 0.0151986665636164571966) * r + 0.14810397642748007459) * r + 0.68976733498510000455)
          * r + 1.6763848301838038494) * r + 2.05319162663775882187) * r + 1.0);
    } else {
      r -= 5;
      val = (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r
          + 0.0012426609473880784386) * r + 0.026532189526576123093) * r + 0.29656057182850489123)
          * r + 1.7848265399172913358) * r + 5.4637849111641143699) * r + 6.6579046435011037772)
          / (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r
          + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r + 0.0148753612908506148525)
          * r + 0.13692988092273580531) * r + 0.59983220655588793769) * r + 1.0);
    }
    return q < 0 ? -val : val;
  }
}
