package id.posyandu.rules.anthro;

import id.posyandu.core.Sex;
import id.posyandu.rules.Citation;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One WHO reference curve: the measurement at a fixed z-score, for every row of a WHO LMS table
 * (every day of age, every month, or every 0.1 cm of length/height). Made by
 * {@link ReferenceCurves}; immutable.
 *
 * <pre>{@code
 * ReferenceCurve red = ReferenceCurves.standard()
 *     .curve(Indicator.WEIGHT_FOR_AGE, Sex.FEMALE, -2);
 * for (int i = 0; i < red.size(); i++) {
 *   double day = red.x(i);        // age in days
 *   double kg = red.value(i);     // weight at -2 SD on that day
 * }
 * }</pre>
 */
public final class ReferenceCurve {

  private final Indicator indicator;
  private final CurveAxis axis;
  private final Sex sex;
  private final double z;
  private final int firstKey;
  private final double[] values;
  private final Citation citation;

  ReferenceCurve(Indicator indicator, CurveAxis axis, Sex sex, double z, int firstKey,
      double[] values, Citation citation) {
    this.indicator = indicator;
    this.axis = axis;
    this.sex = sex;
    this.z = z;
    this.firstKey = firstKey;
    this.values = values;
    this.citation = citation;
  }

  /** The indicator the curve belongs to. */
  public Indicator indicator() {
    return indicator;
  }

  /** What the curve is drawn against. */
  public CurveAxis axis() {
    return axis;
  }

  /** The sex of the table. */
  public Sex sex() {
    return sex;
  }

  /** The z-score of every point of the curve. */
  public double z() {
    return z;
  }

  /** The number of points (table rows). */
  public int size() {
    return values.length;
  }

  /**
   * The x of point {@code i}: the age in days or months, or the length/height in cm (a multiple of
   * 0.1 computed as {@code key / 10.0}).
   *
   * @throws IndexOutOfBoundsException when {@code i} is not in {@code [0, size())}
   */
  public double x(int i) {
    Objects.checkIndex(i, values.length);
    return (firstKey + i) / (double) axis.rowsPerUnit();
  }

  /**
   * The measurement at point {@code i} (kg, cm, kg/m&sup2; or mm, as the indicator measures).
   *
   * @throws IndexOutOfBoundsException when {@code i} is not in {@code [0, size())}
   */
  public double value(int i) {
    return values[i];
  }

  /** The first x of the curve. */
  public double firstX() {
    return x(0);
  }

  /** The last x of the curve. */
  public double lastX() {
    return x(values.length - 1);
  }

  /**
   * The measurement at a table row's x (a whole day or month, or a multiple of 0.1 cm); empty when
   * {@code x} lies outside the table or between its rows.
   */
  public OptionalDouble valueAt(double x) {
    long key = ReferenceCurves.rowKey(x, axis);
    if (key < firstKey || key >= firstKey + (long) values.length) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(values[(int) (key - firstKey)]);
  }

  /** The source of the LMS table the curve was computed from. */
  public Citation citation() {
    return citation;
  }

  /** E.g. {@code WEIGHT_FOR_AGE MALE z=-2 (AGE_DAYS 0..1826)}. */
  @Override
  public String toString() {
    return indicator + " " + sex + " z=" + z + " (" + axis + " " + firstX() + ".." + lastX() + ")";
  }
}
