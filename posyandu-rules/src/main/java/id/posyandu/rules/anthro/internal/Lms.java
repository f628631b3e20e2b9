package id.posyandu.rules.anthro.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The LMS z-score formulas and WHO's rounding, as WHO's R package {@code anthro} computes them
 * (R/z-score-helper.R, {@code compute_zscore} and {@code compute_zscore_adjusted}; WHO Child Growth
 * Standards: Methods and development, 2006, chapter 7).
 */
public final class Lms {

  /** The z beyond which WHO's restricted application measures in units of the 2-3 SD span. */
  private static final double RESTRICTED_FROM = 3;
  /** The fast rounding path covers |z| below this many hundredths (|z| &lt; 20). */
  private static final int FAST_HUNDREDTHS = 2000;
  /** {@code HUNDREDTHS[k + FAST_HUNDREDTHS] == k / 100.0}: the nearest double to each 2-decimal value. */
  private static final double[] HUNDREDTHS = new double[2 * FAST_HUNDREDTHS + 1];

  static {
    for (int k = -FAST_HUNDREDTHS; k <= FAST_HUNDREDTHS; k++) {
      HUNDREDTHS[k + FAST_HUNDREDTHS] = k / 100.0;
    }
  }
  /** How close to a tie the fast rounding path hands over to BigDecimal. */
  private static final double TIE_MARGIN = 1e-7;

  private Lms() {}

  /** The plain LMS z: {@code ((y / M)^L - 1) / (S * L)}. */
  public static double z(double y, double l, double m, double s) {
    if (l == 1) {
      return (y / m - 1) / s; // the same double: pow(x, 1) is x, s * 1 is s (R and Java alike)
    }
    return (Math.pow(y / m, l) - 1) / (s * l);
  }

  /** The measurement at {@code sd} standard deviations: {@code M * (1 + L*S*sd)^(1/L)}. */
  public static double atSd(double sd, double l, double m, double s) {
    return m * Math.pow(1 + l * s * sd, 1 / l);
  }

  /**
   * The restricted z: the plain z within +-3, and beyond it {@code 3 + (y - SD3) / (SD3 - SD2)}
   * (mirrored below -3), so that the z-scale stays linear in the measurement in the tails.
   */
  public static double restrictedZ(double y, double l, double m, double s) {
    double z = z(y, l, m, s);
    if (z > RESTRICTED_FROM) {
      double sd3 = atSd(3, l, m, s);
      return 3 + (y - sd3) / (sd3 - atSd(2, l, m, s));
    }
    if (z < -RESTRICTED_FROM) {
      double sd3 = atSd(-3, l, m, s);
      return -3 + (y - sd3) / (atSd(-2, l, m, s) - sd3);
    }
    return z;
  }

  /**
   * Rounds to 2 decimals as WHO prints z-scores: the shortest decimal of the double
   * ({@code BigDecimal.valueOf}) rounded half to even. Values not near a tie take an exact fast path (the
   * same double as {@code k / 100.0}, from a table).
   */
  public static double round2(double x) {
    double t = x * 100;
    if (t > 1 - FAST_HUNDREDTHS && t < FAST_HUNDREDTHS - 1) {
      double floor = Math.floor(t);
      double frac = t - floor;
      if (Math.abs(frac - 0.5) > TIE_MARGIN) {
        return HUNDREDTHS[(int) floor + (frac < 0.5 ? 0 : 1) + FAST_HUNDREDTHS];
      }
    }
    return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** R's {@code round_up} of WHO anthro (R/utils.R): round half up, e.g. 730.5 to 731. */
  public static double roundUp(double x) {
    double whole = Math.floor(x);
    return x - whole >= 0.5 ? whole + 1 : whole;
  }
}
