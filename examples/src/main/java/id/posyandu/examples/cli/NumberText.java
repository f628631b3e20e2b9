package id.posyandu.examples.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as text for CSV output, without {@link BigDecimal} (or {@code String.format}) for the
 * usual numbers: the same text as the {@link BigDecimal} forms below, which remain the definition
 * and the fallback for zeros, very large or very small numbers and long expansions.
 */
final class NumberText {

  private static final MathContext R_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

  private NumberText() {}

  /** {@code BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()} (the shortest digits). */
  static String plain(double d) {
    String s = Double.toString(d);
    if (d == 0 || s.indexOf('E') >= 0) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return stripZeros(s);
  }

  /**
   * {@code new BigDecimal(d).round(15 digits, half even).stripTrailingZeros().toPlainString()}: as
   * R's {@code write.csv} prints a double. When the shortest digits of {@code d} are 15 or fewer,
   * they are that rounding (a double's error is far below half a unit of the 15th digit).
   */
  static String r15(double d) {
    String s = Double.toString(d);
    if (d == 0 || s.indexOf('E') >= 0 || significantDigits(s) > 15) {
      return new BigDecimal(d).round(R_DIGITS).stripTrailingZeros().toPlainString();
    }
    return stripZeros(s);
  }

  /** "12.50" to "12.5", "100.0" to "100" (Double.toString always has a point here). */
  private static String stripZeros(String s) {
    int dot = s.indexOf('.');
    int end = s.length();
    while (end > dot + 1 && s.charAt(end - 1) == '0') {
      end--;
    }
    if (end == dot + 1) {
      end = dot;
    }
    return s.substring(0, end);
  }

  /** Digits after the leading zeros (trailing zeros counted: an over-estimate is safe). */
  private static int significantDigits(String s) {
    int n = 0;
    boolean leading = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        continue;
      }
      if (leading && c == '0') {
        continue;
      }
      leading = false;
      n++;
    }
    return n;
  }
}
