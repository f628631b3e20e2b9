package id.posyandu.rules.screening.internal;

import id.posyandu.rules.LocalizedText;
import java.util.Locale;

/**
 * A range of real numbers written in interval notation in the reference tables: {@code [140,160)},
 * {@code (25.0,27.0]}, {@code (,23.5)} (no lower bound), {@code [27.0,)} (no upper bound).
 */
public final class Interval {

  private final double lower;
  private final boolean lowerClosed;
  private final double upper;
  private final boolean upperClosed;

  private Interval(double lower, boolean lowerClosed, double upper, boolean upperClosed) {
    this.lower = lower;
    this.lowerClosed = lowerClosed;
    this.upper = upper;
    this.upperClosed = upperClosed;
  }

  /**
   * Parses interval notation.
   *
   * @throws IllegalArgumentException when the text is not an interval
   */
  public static Interval parse(String text) {
    String s = text.trim();
    if (s.length() < 3
        || "[(".indexOf(s.charAt(0)) < 0
        || "])".indexOf(s.charAt(s.length() - 1)) < 0
        || s.indexOf(',') < 0) {
      throw new IllegalArgumentException("not an interval: '" + text + "' (e.g. [140,160))");
    }
    boolean lc = s.charAt(0) == '[';
    boolean uc = s.charAt(s.length() - 1) == ']';
    String[] parts = s.substring(1, s.length() - 1).split(",", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("not an interval: '" + text + "'");
    }
    double lo = parts[0].isBlank() ? Double.NEGATIVE_INFINITY : Double.parseDouble(parts[0].trim());
    double hi = parts[1].isBlank() ? Double.POSITIVE_INFINITY : Double.parseDouble(parts[1].trim());
    if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi || (lo == hi && !(lc && uc))) {
      throw new IllegalArgumentException("empty or invalid interval: '" + text + "'");
    }
    if ((Double.isInfinite(lo) && lc) || (Double.isInfinite(hi) && uc)) {
      throw new IllegalArgumentException("an open end must use ( or ): '" + text + "'");
    }
    return new Interval(lo, lc, hi, uc);
  }

  /**
   * This interval with its lower end dropped when it is the lower end of {@code domain}: "< 23.5"
   * rather than "&ge; 0 and &lt; 23.5".
   */
  public Interval within(Interval domain) {
    if (sameLowerEnd(domain) && !Double.isInfinite(lower)) {
      return new Interval(Double.NEGATIVE_INFINITY, false, upper, upperClosed);
    }
    return this;
  }

  /** Whether {@code x} lies in this interval. */
  public boolean contains(double x) {
    boolean aboveLower = lowerClosed ? x >= lower : x > lower;
    boolean belowUpper = upperClosed ? x <= upper : x < upper;
    return aboveLower && belowUpper;
  }

  /** The lower bound (negative infinity when unbounded). */
  public double lower() {
    return lower;
  }

  /** The upper bound (positive infinity when unbounded). */
  public double upper() {
    return upper;
  }

  /** Whether the lower bound belongs to the interval. */
  public boolean lowerClosed() {
    return lowerClosed;
  }

  /** Whether the upper bound belongs to the interval. */
  public boolean upperClosed() {
    return upperClosed;
  }

  /** Whether {@code next} starts exactly where this interval ends, with no gap and no overlap. */
  public boolean isFollowedBy(Interval next) {
    return upper == next.lower && upperClosed != next.lowerClosed;
  }

  /** Whether the two intervals have the same lower end. */
  public boolean sameLowerEnd(Interval other) {
    return lower == other.lower && lowerClosed == other.lowerClosed;
  }

  /** Whether the two intervals have the same upper end. */
  public boolean sameUpperEnd(Interval other) {
    return upper == other.upper && upperClosed == other.upperClosed;
  }

  /**
   * The interval in words, e.g. "≥ 140 dan < 160 mmHg" / "≥ 140 and < 160 mmHg". On an integer
   * scale, a bounded interval reads as an inclusive range "12–19".
   */
  public LocalizedText describe(String unit, boolean integerScale) {
    String u = unit.isEmpty() ? "" : " " + unit;
    if (integerScale && !Double.isInfinite(lower) && !Double.isInfinite(upper)) {
      long lo = (long) Math.ceil(lowerClosed ? lower : lower + 1e-9);
      long hi = (long) Math.floor(upperClosed ? upper : upper - 1e-9);
      String r = lo == hi ? Long.toString(lo) : lo + "–" + hi;
      return LocalizedText.of(r + u, r + u);
    }
    String lo = Double.isInfinite(lower) ? null : (lowerClosed ? "≥ " : "> ");
    String hi = Double.isInfinite(upper) ? null : (upperClosed ? "≤ " : "< ");
    if (lo == null && hi == null) {
      return LocalizedText.of("semua nilai", "any value");
    }
    if (lo == null) {
      return LocalizedText.of(hi + Num.id(upper) + u, hi + Num.en(upper) + u);
    }
    if (hi == null) {
      return LocalizedText.of(lo + Num.id(lower) + u, lo + Num.en(lower) + u);
    }
    return LocalizedText.of(
        lo + Num.id(lower) + " dan " + hi + Num.id(upper) + u,
        lo + Num.en(lower) + " and " + hi + Num.en(upper) + u);
  }

  @Override
  public String toString() {
    return (lowerClosed ? "[" : "(")
        + (Double.isInfinite(lower) ? "" : Num.en(lower))
        + ","
        + (Double.isInfinite(upper) ? "" : Num.en(upper))
        + (upperClosed ? "]" : ")");
  }

  /** Number formatting for the two languages: a decimal comma in Indonesian, a point in English. */
  public static final class Num {
    private Num() {}

    /** The number in English notation, without trailing zeros: 23.5, 140. */
    public static String en(double x) {
      if (x == Math.rint(x) && Math.abs(x) < 1e15) {
        return Long.toString((long) x);
      }
      String s = String.format(Locale.ROOT, "%.4f", x);
      s = s.replaceAll("0+$", "");
      return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** The number in Indonesian notation (decimal comma): 23,5, 140. */
    public static String id(double x) {
      return en(x).replace('.', ',');
    }
  }
}
