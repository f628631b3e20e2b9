package id.posyandu.rules.anthro.internal;

import id.posyandu.rules.Citation;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import java.util.ArrayList;
import java.util.List;

/**
 * WHO's z-score algorithm, ported from WHO's R packages {@code anthro} (WHO Child Growth Standards,
 * 0-5 years) and {@code anthroplus} (WHO Reference 2007, 5-19 years); the rules, with the file each
 * comes from, are in {@code docs/ALGORITHM.md}. Works on primitives only
 * (see {@link Child}); immutable and thread-safe. The tables load once, on first use.
 */
public final class GrowthEngine {

  /** Slot of length/height-for-age (zlen). */
  public static final int LEN = 0;
  /** Slot of weight-for-age (zwei). */
  public static final int WEI = 1;
  /** Slot of weight-for-length/height (zwfl). */
  public static final int WFL = 2;
  /** Slot of BMI-for-age (zbmi). */
  public static final int BMI = 3;
  /** Slot of head circumference-for-age (zhc). */
  public static final int HC = 4;
  /** Slot of arm circumference-for-age (zac). */
  public static final int AC = 5;
  /** Slot of triceps skinfold-for-age (zts). */
  public static final int TS = 6;
  /** Slot of subscapular skinfold-for-age (zss). */
  public static final int SS = 7;
  /** Slot of height-for-age 2007 (zhfa). */
  public static final int HFA = 8;
  /** Slot of weight-for-age 2007 (zwfa). */
  public static final int WFA = 9;
  /** Slot of BMI-for-age 2007 (zbfa). */
  public static final int BFA = 10;
  /** Number of slots. */
  public static final int COUNT = 11;

  /**
   * WHO's days per month, {@code ANTHRO_DAYS_OF_MONTH} (anthro R/anthro-package.R): an age in months
   * is months x 30.4375 days.
   */
  public static final double DAYS_PER_MONTH = 30.4375;
  /**
   * From this age in days (rounded half up) a child is measured standing: 731 days, i.e. 24 months
   * (anthro R/z-score-helper.R {@code adjust_lenhei}; NEWS 0.9.2: 730.5 days = 731).
   */
  public static final int STANDING_FROM_DAYS = id.posyandu.core.LifeStages.BADUTA_END_DAYS;
  /** Length minus height, WHO: +0.7 cm for a standing child under 731 days, -0.7 cm for a lying one from 731. */
  public static final double LENGTH_MINUS_HEIGHT_CM = 0.7;
  /**
   * Below this age in months (unrounded) a standing measure is implausible: the position is treated
   * as unknown and {@code c9mo_flag} is set (anthro R/z-score.R).
   */
  public static final double STANDING_PLAUSIBLE_FROM_MONTHS = 9;
  /** 0-5 y z-scores only for an unrounded age in months below 60 (anthro R/z-score-helper.R; NEWS 0.9.3). */
  public static final double ANTHRO_BELOW_MONTHS = 60;
  /** Upper end of WHO's {@code allowed_age_range} in days, inclusive (anthro R/z-score-helper.R). */
  public static final double ANTHRO_MAX_DAYS = 1856;
  /**
   * Without an age or a position, weight-for-length is used below 87 cm and weight-for-height from
   * 87 cm (anthro R/z-score-weight-for-lenhei.R).
   */
  public static final double LENGTH_TABLE_BELOW_CM = 87;

  private static final String DIR = "/id/posyandu/rules/anthro/";
  private static final int TENTHS = 10;

  private final Tables tables;
  private final boolean legacy2007;

  private GrowthEngine(Tables tables, boolean legacy2007) {
    this.tables = tables;
    this.legacy2007 = legacy2007;
  }

  /**
   * The engine.
   *
   * @param legacy2007 true for anthroplus 0.9.0's age ranges (61-228 months, weight-for-age 61-120,
   *     both inclusive; what WHO's published AnthroPlus prints), false for the newer development
   *     version's (60 to below 229 months, weight-for-age below 121)
   */
  public static GrowthEngine create(boolean legacy2007) {
    return new GrowthEngine(Tables.INSTANCE, legacy2007);
  }

  /** Loads every table now (otherwise on first use). */
  public static void preload() {
    Tables.INSTANCE.getClass();
  }

  private static final class Tables {
    static final Tables INSTANCE = new Tables();

    final LmsTable[] bySlot = new LmsTable[COUNT];
    final LmsTable wfh;
    final boolean[] restricted = new boolean[COUNT];
    final double[] flagBelow = new double[COUNT];
    final double[] flagAbove = new double[COUNT];
    final String[] zColumn = new String[COUNT];
    final String[] flagColumn = new String[COUNT];
    final String[] name = new String[COUNT];
    final List<Citation> citations = new ArrayList<>();

    Tables() {
      ReferenceTable spec = ReferenceTable.load(GrowthEngine.class, DIR + "who_anthro_indicators.tsv")
          .requireColumns("indicator", "z_column", "flag_column", "standard", "table", "restricted",
              "flag_below", "flag_above")
          .requireUniqueKey("indicator");
      if (spec.size() != COUNT) {
        throw new ReferenceDataException(spec.name() + ": expected " + COUNT + " indicators, found "
            + spec.size());
      }
      citations.add(spec.citation());
      LmsTable wfhTable = null;
      for (int k = 0; k < COUNT; k++) {
        ReferenceTable.Row row = spec.rows().get(k);
        name[k] = row.text("indicator");
        zColumn[k] = row.text("z_column");
        flagColumn[k] = row.text("flag_column");
        restricted[k] = yes(row, "restricted");
        flagBelow[k] = row.number("flag_below", -10, 0);
        flagAbove[k] = row.number("flag_above", 0, 10);
        String[] t = row.text("table").split(" ");
        if (k == WFL) {
          if (t.length != 2) {
            throw new ReferenceDataException(row + ": weight-for-length/height needs two tables");
          }
          bySlot[k] = LmsTable.load(DIR + t[0] + ".tsv", "length_cm", TENTHS);
          wfhTable = LmsTable.load(DIR + t[1] + ".tsv", "height_cm", TENTHS);
        } else {
          bySlot[k] = LmsTable.load(DIR + t[0] + ".tsv", k >= HFA ? "age_months" : "age_days", 1);
        }
      }
      wfh = wfhTable;
      for (LmsTable t : bySlot) {
        citations.add(t.citation());
        if (t == bySlot[WFL]) {
          citations.add(wfh.citation());
        }
      }
    }

    private static boolean yes(ReferenceTable.Row row, String column) {
      String v = row.text(column);
      if (!v.equals("y") && !v.equals("n")) {
        throw new ReferenceDataException(row + ": column '" + column + "' must be y or n");
      }
      return v.equals("y");
    }
  }

  /** The indicator name of a slot in the reference data (e.g. {@code WEIGHT_FOR_AGE}). */
  public String name(int k) {
    return tables.name[k];
  }

  /** WHO's z column name of a slot (e.g. {@code zwei}). */
  public String zColumn(int k) {
    return tables.zColumn[k];
  }

  /** WHO's flag column name of a slot (e.g. {@code fwei}). */
  public String flagColumn(int k) {
    return tables.flagColumn[k];
  }

  /** Whether the slot uses WHO's restricted LMS beyond +-3 SD. */
  public boolean restricted(int k) {
    return tables.restricted[k];
  }

  /** The flag limits of a slot: {@code [below, above]}. */
  public double[] flagLimits(int k) {
    return new double[] {tables.flagBelow[k], tables.flagAbove[k]};
  }

  /** The citations of every table this engine uses. */
  public List<Citation> citations() {
    return List.copyOf(tables.citations);
  }

  /** The citation of a slot's table (weight-for-length for {@link #WFL}). */
  public Citation citation(int k) {
    return tables.bySlot[k].citation();
  }

  /** WHO's table key: the age in days rounded half up; {@code -1} when the age is absent. */
  static int roundedDay(double ageDays) {
    return Double.isNaN(ageDays) ? -1 : (int) Lms.roundUp(ageDays);
  }

  /** WHO's {@code c9mo_flag}: a standing measure below 9 months (unrounded). */
  static boolean standingTooYoung(int measure, double ageMonths) {
    return measure == Child.STANDING && ageMonths < STANDING_PLAUSIBLE_FROM_MONTHS;
  }

  /** WHO's {@code clenhei} ({@code adjust_lenhei}), given the rounded day and the cleaned position. */
  static double clenhei(double lenhei, int day, int cmeasure) {
    if (day >= 0) {
      if (day < STANDING_FROM_DAYS && cmeasure == Child.STANDING) {
        return lenhei + LENGTH_MINUS_HEIGHT_CM;
      } else if (day >= STANDING_FROM_DAYS && cmeasure == Child.RECUMBENT) {
        return lenhei - LENGTH_MINUS_HEIGHT_CM;
      }
    }
    return lenhei;
  }

  /** BMI as WHO computes it: {@code weight / ((cm / 100)^2)}. */
  static double bmi(double weight, double cm) {
    double m = cm / 100;
    return weight / (m * m);
  }

  /** Computes WHO's derived values: rounded day, c9mo_flag, cmeasure, clenhei, cbmi. */
  public void derive(Child c) {
    c.day = roundedDay(c.ageDays);
    c.c9mo = standingTooYoung(c.measure, c.ageMonths);
    c.cmeasure = c.c9mo ? Child.POSITION_UNKNOWN : c.measure;
    c.clenhei = clenhei(c.lenhei, c.day, c.cmeasure);
    c.cbmi = bmi(c.weight, c.clenhei);
  }

  /** The measurement a slot scores, after {@link #derive}. */
  public static double measurement(int k, Child c) {
    switch (k) {
      case LEN:
        return c.clenhei;
      case WEI:
      case WFL:
      case WFA:
        return c.weight;
      case BMI:
        return c.cbmi;
      case HC:
        return c.headc;
      case AC:
        return c.armc;
      case TS:
        return c.triskin;
      case SS:
        return c.subskin;
      case HFA:
        return c.lenhei;
      case BFA:
        return bmi(c.weight, c.lenhei);
      default:
        throw new IllegalArgumentException("slot " + k);
    }
  }

  /** The {@link Status} of a slot for a {@link #derive derived} child: OK, or why nothing is computed. */
  public byte status(int k, Child c) {
    if (k >= HFA) {
      return status2007(k, c.sex, c.ageMonths, measurement(k, c), c.lenhei, c.oedema);
    }
    if (k == WFL) {
      return statusWfl(c.sex, c.ageDays, c.ageMonths, c.weight, c.clenhei, c.cmeasure, c.oedema);
    }
    return statusByAge(k, c.sex, c.ageDays, c.ageMonths, c.day, measurement(k, c), c.oedema,
        c.clenhei);
  }

  /** The full-precision z of a slot whose {@link #status} is OK. */
  public double raw(int k, Child c) {
    if (k >= HFA) {
      return raw2007(k, c.sex, c.ageMonths, measurement(k, c));
    }
    if (k == WFL) {
      return rawWfl(c.sex, c.ageDays, c.weight, c.clenhei, c.cmeasure);
    }
    return rawByAge(k, c.sex, c.day, measurement(k, c));
  }

  private byte statusByAge(int k, int sex, double ageDays, double ageMonths, int day, double y,
      boolean oedema, double clenhei) {
    if (sex == 0 || Double.isNaN(ageDays)) {
      return Status.MISSING_INPUT;
    }
    LmsTable t = tables.bySlot[k];
    if (!(ageMonths < ANTHRO_BELOW_MONTHS) || ageDays < t.firstKey() || ageDays > ANTHRO_MAX_DAYS) {
      return Status.AGE_OUT_OF_RANGE;
    }
    if (Double.isNaN(y)) {
      return Status.MISSING_INPUT;
    }
    if (oedema && (k == WEI || k == BMI)) {
      return Status.OEDEMA;
    }
    if (y <= 0 || k == BMI && clenhei <= 0) {
      return Status.INVALID_MEASUREMENT;
    }
    if (!t.has(day)) {
      return Status.AGE_OUT_OF_RANGE;
    }
    return Status.OK;
  }

  private double rawByAge(int k, int sex, int day, double y) {
    LmsTable t = tables.bySlot[k];
    int at = t.at(sex, day);
    return tables.restricted[k] ? Lms.restrictedZ(y, t.l(at), t.m(at), t.s(at))
        : Lms.z(y, t.l(at), t.m(at), t.s(at));
  }

  private LmsTable wflTable(double ageDays, int cmeasure, double clenhei) {
    boolean length;
    if (!Double.isNaN(ageDays)) {
      length = ageDays < STANDING_FROM_DAYS; // the age as given, not rounded, as WHO's code does
    } else if (cmeasure != Child.POSITION_UNKNOWN) {
      length = cmeasure == Child.RECUMBENT;
    } else {
      length = clenhei < LENGTH_TABLE_BELOW_CM;
    }
    return length ? tables.bySlot[WFL] : tables.wfh;
  }

  private byte statusWfl(int sex, double ageDays, double ageMonths, double weight, double h,
      int cmeasure, boolean oedema) {
    if (sex == 0) {
      return Status.MISSING_INPUT;
    }
    if (!Double.isNaN(ageDays) && (!(ageMonths < ANTHRO_BELOW_MONTHS) || ageDays > ANTHRO_MAX_DAYS)) {
      return Status.AGE_OUT_OF_RANGE;
    }
    if (Double.isNaN(weight) || Double.isNaN(h)) {
      return Status.MISSING_INPUT;
    }
    if (oedema) {
      return Status.OEDEMA;
    }
    if (weight <= 0) {
      return Status.INVALID_MEASUREMENT;
    }
    LmsTable t = wflTable(ageDays, cmeasure, h);
    if (h < t.firstKey() / (double) TENTHS || h > t.lastKey() / (double) TENTHS) {
      return Status.OUT_OF_RANGE;
    }
    if (lengthFraction(h) > 0 && !t.has((int) (h * TENTHS + 1))) {
      return Status.OUT_OF_RANGE;
    }
    return Status.OK;
  }

  /** WHO's {@code diff_lenhei}: {@code (lenhei - trunc(lenhei*10)/10) / 0.1}, in R's arithmetic. */
  private static double lengthFraction(double h) {
    double low = ((int) (h * TENTHS)) / (double) TENTHS;
    return (h - low) / 0.1;
  }

  private double rawWfl(int sex, double ageDays, double weight, double h, int cmeasure) {
    LmsTable t = wflTable(ageDays, cmeasure, h);
    return interpolated(WFL, t, t.at(sex, (int) (h * TENTHS)), t.at(sex, (int) (h * TENTHS + 1)),
        lengthFraction(h), weight);
  }

  private byte status2007(int k, int sex, double ageMonths, double y, double height,
      boolean oedema) {
    if (sex == 0 || Double.isNaN(ageMonths)) {
      return Status.MISSING_INPUT;
    }
    LmsTable t = tables.bySlot[k];
    boolean inRange = legacy2007
        ? ageMonths >= t.firstKey() + 1 && ageMonths <= t.lastKey() - 1
        : ageMonths >= t.firstKey() && ageMonths < t.lastKey();
    if (!inRange) {
      return Status.AGE_OUT_OF_RANGE;
    }
    if (Double.isNaN(y)) {
      return Status.MISSING_INPUT;
    }
    if (oedema && k != HFA) {
      return Status.OEDEMA;
    }
    if (y <= 0 || k == BFA && height <= 0) {
      return Status.INVALID_MEASUREMENT;
    }
    return Status.OK;
  }

  private double raw2007(int k, int sex, double a, double y) {
    LmsTable t = tables.bySlot[k];
    return interpolated(k, t, t.at(sex, (int) a), t.at(sex, (int) (a + 1)), a - (int) a, y);
  }

  /** L, M and S interpolated as WHO does ({@code X_low + diff * (X_upp - X_low)} when diff > 0). */
  private double interpolated(int k, LmsTable t, int at, int upper, double diff, double y) {
    double l = t.l(at);
    double m = t.m(at);
    double s = t.s(at);
    if (diff > 0) {
      l = l + diff * (t.l(upper) - l);
      m = m + diff * (t.m(upper) - m);
      s = s + diff * (t.s(upper) - s);
    }
    return tables.restricted[k] ? Lms.restrictedZ(y, l, m, s) : Lms.z(y, l, m, s);
  }

  /** Whether a rounded z of a slot is implausible (WHO's flag rule). */
  public boolean flagged(int k, double rounded) {
    return rounded < tables.flagBelow[k] || rounded > tables.flagAbove[k];
  }

  /**
   * Computes the wanted slots of children {@code from} (inclusive) to {@code to} (exclusive) of a
   * batch, column by column (first WHO's derived values, then one tight loop per indicator, with the
   * same kernels as the single-child path); allocates nothing per child.
   */
  public void compute(BatchData in, BatchOutput out, int from, int to) {
    int[] day = new int[to - from];
    byte[] cmeasure = new byte[to - from];
    for (int i = from; i < to; i++) {
      int d = roundedDay(in.ageDays[i]);
      boolean c9mo = standingTooYoung(in.measure[i], in.ageMonths[i]);
      byte cm = c9mo ? Child.POSITION_UNKNOWN : in.measure[i];
      double h = clenhei(in.lenhei[i], d, cm);
      day[i - from] = d;
      cmeasure[i - from] = cm;
      out.c9mo[i] = c9mo;
      out.clenhei[i] = h;
      out.cbmi[i] = bmi(in.weight[i], h);
    }
    for (int k = 0; k < COUNT; k++) {
      if (!out.wanted[k]) {
        continue;
      }
      double[] z = out.z[k];
      byte[] status = out.status[k];
      if (k == WFL) {
        for (int i = from; i < to; i++) {
          byte st = statusWfl(in.sex[i], in.ageDays[i], in.ageMonths[i], in.weight[i],
              out.clenhei[i], cmeasure[i - from], in.oedema[i]);
          double r = Double.NaN;
          if (st == Status.OK) {
            r = Lms.round2(rawWfl(in.sex[i], in.ageDays[i], in.weight[i], out.clenhei[i],
                cmeasure[i - from]));
            st = flagged(k, r) ? Status.FLAGGED : Status.OK;
          }
          z[i] = r;
          status[i] = st;
        }
      } else if (k >= HFA) {
        for (int i = from; i < to; i++) {
          double y = k == HFA ? in.lenhei[i] : k == WFA ? in.weight[i] : bmi(in.weight[i], in.lenhei[i]);
          byte st = status2007(k, in.sex[i], in.ageMonths[i], y, in.lenhei[i], in.oedema[i]);
          double r = Double.NaN;
          if (st == Status.OK) {
            r = Lms.round2(raw2007(k, in.sex[i], in.ageMonths[i], y));
            st = flagged(k, r) ? Status.FLAGGED : Status.OK;
          }
          z[i] = r;
          status[i] = st;
        }
      } else {
        double[] y = column(k, in, out);
        for (int i = from; i < to; i++) {
          byte st = statusByAge(k, in.sex[i], in.ageDays[i], in.ageMonths[i], day[i - from], y[i],
              in.oedema[i], out.clenhei[i]);
          double r = Double.NaN;
          if (st == Status.OK) {
            r = Lms.round2(rawByAge(k, in.sex[i], day[i - from], y[i]));
            st = flagged(k, r) ? Status.FLAGGED : Status.OK;
          }
          z[i] = r;
          status[i] = st;
        }
      }
    }
  }

  private static double[] column(int k, BatchData in, BatchOutput out) {
    switch (k) {
      case LEN:
        return out.clenhei;
      case WEI:
        return in.weight;
      case BMI:
        return out.cbmi;
      case HC:
        return in.headc;
      case AC:
        return in.armc;
      case TS:
        return in.triskin;
      case SS:
        return in.subskin;
      default:
        throw new IllegalArgumentException("slot " + k);
    }
  }
}
