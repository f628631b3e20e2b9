package id.posyandu.rules.anthro;

import id.posyandu.core.Sex;
import id.posyandu.rules.Citation;
import id.posyandu.rules.anthro.internal.LmsTable;
import id.posyandu.rules.anthro.internal.Lms;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The reference curves of the WHO growth charts: for an indicator, a sex and a z-score, the
 * measurement at that z for every row of WHO's LMS table (every day of age 0-1826 for the WHO 2006
 * standards, every month for the WHO 2007 reference, every 0.1 cm for weight-for-length/height).
 *
 * <p>The curves are computed as WHO computes the curves of its charts and the figures of its SD
 * tables, from the L, M and S of each row: {@code M * (1 + L*S*z)^(1/L)} (WHO Multicentre Growth
 * Reference Study Group, <i>WHO Child Growth Standards: Methods and development</i>, Geneva: WHO,
 * 2006, chapter 7, "SD_z" in the computation of centiles and z-scores). Beyond &plusmn;3 SD, the
 * weight-based indicators follow WHO's restricted application of the LMS method (same chapter): the
 * distance between the 2 and 3 SD curves is repeated, so that a point of the curve at any z has
 * exactly that z in {@link WhoGrowthStandards}. This is the inverse of WHO Anthro's z-score, which the
 * tests check point by point.
 *
 * <pre>{@code
 * ReferenceCurves who = ReferenceCurves.standard();
 * ReferenceCurve median = who.curve(Indicator.WEIGHT_FOR_AGE, Sex.MALE, 0);
 * median.valueAt(365);                                   // 9.6 kg, rounded as WHO prints it
 * who.curve(Indicator.WEIGHT_FOR_LENGTH_HEIGHT, CurveAxis.HEIGHT_CM, Sex.FEMALE, -2);
 * }</pre>
 *
 * <p>The LMS tables are the resources {@link WhoGrowthStandards} uses (listed in
 * {@code who_anthro_indicators.tsv}), loaded once on first use and checked. Immutable and
 * thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ReferenceCurves {

  /**
   * The z-scores of the lines WHO draws on its z-score charts and prints in its SD tables: -3, -2,
   * -1, 0 (median), +1, +2, +3 (WHO Child Growth Standards 2006, z-score charts and tables).
   */
  public static final List<Double> WHO_CHART_Z = List.of(-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0);

  /**
   * The largest |z| a curve is computed for: the widest of WHO's implausibility limits (|z| &gt; 6
   * for length/height-for-age, {@code who_anthro_indicators.tsv}); beyond it a value is flagged as an
   * error of measurement, not a point of a curve.
   */
  public static final double MAX_ABS_Z = 6;

  /** Where the restricted LMS method starts (WHO 2006, chapter 7: beyond +-3 SD). */
  private static final double RESTRICTED_FROM = 3;

  /**
   * Rows dropped at each end of the WHO 2007 tables: anthroplus adds one row below 61 months and one
   * above 228 (120 for weight-for-age) only to interpolate; WHO publishes 61-228 (61-120) months
   * ({@code shared/reference/who-growth/README.md}).
   */
  private static final int ANTHROPLUS_HELPER_ROWS = 1;

  /** How far from a table row an x may lie and still be taken as that row (rounding of x * 10). */
  private static final double GRID_TOLERANCE = 1e-6;

  private static final String DIR = "/id/posyandu/rules/anthro/";

  private final Map<Indicator, Map<CurveAxis, LmsTable>> tables;
  private final Set<Indicator> restricted;

  private ReferenceCurves(Map<Indicator, Map<CurveAxis, LmsTable>> tables,
      Set<Indicator> restricted) {
    this.tables = tables;
    this.restricted = restricted;
  }

  private static final class Holder {
    static final ReferenceCurves STANDARD = load();
  }

  /** The curves of the WHO 2006 standards and the WHO 2007 reference. */
  public static ReferenceCurves standard() {
    return Holder.STANDARD;
  }

  private static ReferenceCurves load() {
    ReferenceTable spec = ReferenceTable.load(ReferenceCurves.class, "who_anthro_indicators.tsv")
        .requireColumns("indicator", "standard", "table", "restricted")
        .requireUniqueKey("indicator");
    Map<Indicator, Map<CurveAxis, LmsTable>> tables = new EnumMap<>(Indicator.class);
    Set<Indicator> restricted = EnumSet.noneOf(Indicator.class);
    for (ReferenceTable.Row row : spec.rows()) {
      Indicator indicator;
      try {
        indicator = Indicator.valueOf(row.text("indicator"));
      } catch (IllegalArgumentException e) {
        throw new ReferenceDataException(row + ": unknown indicator");
      }
      String[] names = row.text("table").split(" ");
      List<CurveAxis> axes = axesOf(indicator);
      if (names.length != axes.size()) {
        throw new ReferenceDataException(row + ": expected " + axes.size() + " table(s)");
      }
      Map<CurveAxis, LmsTable> byAxis = new EnumMap<>(CurveAxis.class);
      for (int i = 0; i < names.length; i++) {
        CurveAxis a = axes.get(i);
        byAxis.put(a, LmsTable.load(DIR + names[i] + ".tsv", a.column(), a.rowsPerUnit()));
      }
      tables.put(indicator, byAxis);
      if (row.text("restricted").equals("y")) {
        restricted.add(indicator);
      }
    }
    for (Indicator i : Indicator.values()) {
      if (!tables.containsKey(i)) {
        throw new ReferenceDataException(spec.name() + ": no table for " + i);
      }
    }
    return new ReferenceCurves(tables, restricted);
  }

  /**
   * The axes an indicator's curves can be drawn against, the default first: age in days (WHO 2006),
   * age in months (WHO 2007), or for weight-for-length/height the length (under 2 years) then the
   * height (from 2 years).
   */
  public List<CurveAxis> axes(Indicator indicator) {
    Objects.requireNonNull(indicator, "indicator");
    return axesOf(indicator);
  }

  private static List<CurveAxis> axesOf(Indicator indicator) {
    if (indicator == Indicator.WEIGHT_FOR_LENGTH_HEIGHT) {
      return List.of(CurveAxis.LENGTH_CM, CurveAxis.HEIGHT_CM);
    }
    return List.of(indicator.standard() == GrowthStandard.WHO_2006
        ? CurveAxis.AGE_DAYS : CurveAxis.AGE_MONTHS);
  }

  /** Whether WHO applies the restricted LMS method beyond +-3 SD to the indicator. */
  public boolean restricted(Indicator indicator) {
    return restricted.contains(Objects.requireNonNull(indicator, "indicator"));
  }

  /** The source of an indicator's table on its default axis. */
  public Citation citation(Indicator indicator) {
    return table(indicator, axes(indicator).get(0)).citation();
  }

  /**
   * The curve of an indicator at a z-score, on the indicator's default axis (see {@link #axes}).
   *
   * @throws IllegalArgumentException when |z| exceeds {@link #MAX_ABS_Z} or is not finite
   */
  public ReferenceCurve curve(Indicator indicator, Sex sex, double z) {
    return curve(indicator, axes(indicator).get(0), sex, z);
  }

  /**
   * The curve of an indicator at a z-score, against the given axis. The WHO 2006 curves span the whole
   * table (age 0-1826 days; 91-1826 days for arm circumference and skinfolds; 45-110 cm of length,
   * 65-120 cm of height); the WHO 2007 curves span the months WHO publishes (61-228; 61-120 for
   * weight-for-age).
   *
   * @throws IllegalArgumentException when the indicator has no table on this axis, or when |z|
   *     exceeds {@link #MAX_ABS_Z} or is not finite
   */
  public ReferenceCurve curve(Indicator indicator, CurveAxis axis, Sex sex, double z) {
    Objects.requireNonNull(sex, "sex");
    checkZ(z);
    LmsTable t = table(indicator, axis);
    int trim = indicator.standard() == GrowthStandard.WHO_2007 ? ANTHROPLUS_HELPER_ROWS : 0;
    int first = t.firstKey() + trim;
    double[] values = new double[t.lastKey() - trim - first + 1];
    boolean r = restricted(indicator);
    for (int i = 0; i < values.length; i++) {
      values[i] = valueAtZ(t, t.at(sex.whoCode(), first + i), z, r);
    }
    return new ReferenceCurve(indicator, axis, sex, z, first, values, t.citation());
  }

  /**
   * The measurement at a z-score at one row of an indicator's table: {@code x} is a whole day or
   * month of age, or a length/height in 0.1 cm steps. Empty when {@code x} is not a row of the
   * table.
   *
   * @throws IllegalArgumentException when the indicator has no table on this axis, or when |z|
   *     exceeds {@link #MAX_ABS_Z} or is not finite
   */
  public OptionalDouble value(Indicator indicator, CurveAxis axis, Sex sex, double x, double z) {
    Objects.requireNonNull(sex, "sex");
    checkZ(z);
    LmsTable t = table(indicator, axis);
    long key = rowKey(x, axis);
    if (key < t.firstKey() || key > t.lastKey()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(valueAtZ(t, t.at(sex.whoCode(), (int) key), z,
        restricted(indicator)));
  }

  /**
   * The table key of an x (day, month, or tenth of a centimetre), or {@link Long#MIN_VALUE} when
   * {@code x} is not on the table's grid.
   */
  static long rowKey(double x, CurveAxis axis) {
    double k = x * axis.rowsPerUnit();
    long key = Math.round(k);
    return Double.isFinite(k) && Math.abs(k - key) <= GRID_TOLERANCE ? key : Long.MIN_VALUE;
  }

  private LmsTable table(Indicator indicator, CurveAxis axis) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(axis, "axis");
    LmsTable t = tables.get(indicator).get(axis);
    if (t == null) {
      throw new IllegalArgumentException(indicator + " has no WHO table against " + axis
          + "; use one of " + axes(indicator));
    }
    return t;
  }

  private static void checkZ(double z) {
    if (!(Math.abs(z) <= MAX_ABS_Z)) {
      throw new IllegalArgumentException("z-score kurva di luar -" + MAX_ABS_Z + "..+" + MAX_ABS_Z
          + " / curve z-score outside -" + MAX_ABS_Z + "..+" + MAX_ABS_Z + ": " + z);
    }
  }

  /** WHO's SD_z, with the restricted extension beyond +-3 SD when the indicator uses it. */
  private static double valueAtZ(LmsTable t, int at, double z, boolean restricted) {
    double l = t.l(at);
    double m = t.m(at);
    double s = t.s(at);
    double y;
    if (restricted && z > RESTRICTED_FROM) {
      double sd3 = Lms.atSd(RESTRICTED_FROM, l, m, s);
      y = sd3 + (z - RESTRICTED_FROM) * (sd3 - Lms.atSd(RESTRICTED_FROM - 1, l, m, s));
    } else if (restricted && z < -RESTRICTED_FROM) {
      double sd3 = Lms.atSd(-RESTRICTED_FROM, l, m, s);
      y = sd3 + (z + RESTRICTED_FROM) * (Lms.atSd(1 - RESTRICTED_FROM, l, m, s) - sd3);
    } else {
      y = Lms.atSd(z, l, m, s);
    }
    if (!(y > 0) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("WHO's LMS curve has no positive value at z = " + z + " ("
          + t.id() + ")");
    }
    return y;
  }
}
