package id.posyandu.rules.anthro.internal;

import id.posyandu.rules.Citation;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import java.util.ArrayList;
import java.util.List;

/**
 * WHO's z-score algorithm, ported from WHO's R packages {@code anthro} (WHO Child Growth Standards,
 * 0-5 years) and {@code anthroplus} (WHO Reference 2007, 5-19 years); the rules, with the file each
 * comes from, are in {@code shared/reference/who-growth/ALGORITHM.md}. Works on primitives only
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
  public static final int STANDING_FROM_DAYS = 731;
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

  /** Computes WHO's derived values: rounded day, c9mo_flag, cmeasure, clenhei, cbmi. */
  public void derive(Child c) {
    c.day = Double.isNaN(c.ageDays) ? -1 : (int) Lms.roundUp(c.ageDays);
    c.c9mo = c.measure == Child.STANDING && c.ageMonths < STANDING_PLAUSIBLE_FROM_MONTHS;
    c.cmeasure = c.c9mo ? Child.POSITION_UNKNOWN : c.measure;
    double h = c.lenhei;
    if (c.day >= 0) {
      if (c.day < STANDING_FROM_DAYS && c.cmeasure == Child.STANDING) {
        h = h + LENGTH_MINUS_HEIGHT_CM;
      } else if (c.day >= STANDING_FROM_DAYS && c.cmeasure == Child.RECUMBENT) {
        h = h - LENGTH_MINUS_HEIGHT_CM;
      }
    }
    c.clenhei = h;
    double m = h / 100;
    c.cbmi = c.weight / (m * m);
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
        double m = c.lenhei / 100;
        return c.weight / (m * m);
      default:
        throw new IllegalArgumentException("slot " + k);
    }
  }

  /** The {@link Status} of a slot for a {@link #derive derived} child: OK, or why nothing is computed. */
  public byte status(int k, Child c) {
    if (k >= HFA) {
      return status2007(k, c);
    }
    if (k == WFL) {
      return statusWfl(c);
    }
    if (c.sex == 0 || Double.isNaN(c.ageDays)) {
      return Status.MISSING_INPUT;
    }
    LmsTable t = tables.bySlot[k];
    if (!(c.ageMonths < ANTHRO_BELOW_MONTHS) || c.ageDays < t.firstKey()
        || c.ageDays > ANTHRO_MAX_DAYS) {
      return Status.AGE_OUT_OF_RANGE;
    }
    double y = measurement(k, c);
    if (Double.isNaN(y)) {
      return Status.MISSING_INPUT;
    }
    if (c.oedema && (k == WEI || k == BMI)) {
      return Status.OEDEMA;
    }
    if (y <= 0 || k == BMI && c.clenhei <= 0) {
      return Status.INVALID_MEASUREMENT;
    }
    if (!t.has(c.day)) {
      return Status.AGE_OUT_OF_RANGE;
    }
    return Status.OK;
  }

  private LmsTable wflTable(Child c) {
    boolean length;
    if (!Double.isNaN(c.ageDays)) {
      length = c.ageDays < STANDING_FROM_DAYS; // the age as given, not rounded, as WHO's code does
    } else if (c.cmeasure != Child.POSITION_UNKNOWN) {
      length = c.cmeasure == Child.RECUMBENT;
    } else {
      length = c.clenhei < LENGTH_TABLE_BELOW_CM;
    }
    return length ? tables.bySlot[WFL] : tables.wfh;
  }

  private byte statusWfl(Child c) {
    if (c.sex == 0) {
      return Status.MISSING_INPUT;
    }
    if (!Double.isNaN(c.ageDays)
        && (!(c.ageMonths < ANTHRO_BELOW_MONTHS) || c.ageDays > ANTHRO_MAX_DAYS)) {
      return Status.AGE_OUT_OF_RANGE;
    }
    if (Double.isNaN(c.weight) || Double.isNaN(c.clenhei)) {
      return Status.MISSING_INPUT;
    }
    if (c.oedema) {
      return Status.OEDEMA;
    }
    if (c.weight <= 0) {
      return Status.INVALID_MEASUREMENT;
    }
    LmsTable t = wflTable(c);
    double h = c.clenhei;
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

  private byte status2007(int k, Child c) {
    if (c.sex == 0 || Double.isNaN(c.ageMonths)) {
      return Status.MISSING_INPUT;
    }
    LmsTable t = tables.bySlot[k];
    double a = c.ageMonths;
    boolean inRange = legacy2007
        ? a >= t.firstKey() + 1 && a <= t.lastKey() - 1
        : a >= t.firstKey() && a < t.lastKey();
    if (!inRange) {
      return Status.AGE_OUT_OF_RANGE;
    }
    double y = measurement(k, c);
    if (Double.isNaN(y)) {
      return Status.MISSING_INPUT;
    }
    if (c.oedema && k != HFA) {
      return Status.OEDEMA;
    }
    if (y <= 0 || k == BFA && c.lenhei <= 0) {
      return Status.INVALID_MEASUREMENT;
    }
    return Status.OK;
  }

  /** The full-precision z of a slot whose {@link #status} is OK. */
  public double raw(int k, Child c) {
    LmsTable t;
    int at;
    int upper;
    double diff;
    if (k == WFL) {
      t = wflTable(c);
      double h = c.clenhei;
      at = t.at(c.sex, (int) (h * TENTHS));
      upper = t.at(c.sex, (int) (h * TENTHS + 1));
      diff = lengthFraction(h);
    } else if (k >= HFA) {
      t = tables.bySlot[k];
      double a = c.ageMonths;
      at = t.at(c.sex, (int) a);
      upper = t.at(c.sex, (int) (a + 1));
      diff = a - (int) a;
    } else {
      t = tables.bySlot[k];
      at = t.at(c.sex, c.day);
      upper = at;
      diff = 0;
    }
    double l = t.l(at);
    double m = t.m(at);
    double s = t.s(at);
    if (diff > 0) {
      l = l + diff * (t.l(upper) - l);
      m = m + diff * (t.m(upper) - m);
      s = s + diff * (t.s(upper) - s);
    }
    double y = measurement(k, c);
    return tables.restricted[k] ? Lms.restrictedZ(y, l, m, s) : Lms.z(y, l, m, s);
  }

  /** Whether a rounded z of a slot is implausible (WHO's flag rule). */
  public boolean flagged(int k, double rounded) {
    return rounded < tables.flagBelow[k] || rounded > tables.flagAbove[k];
  }

  /**
   * Computes the wanted slots of children {@code from} (inclusive) to {@code to} (exclusive) of a
   * batch; allocates nothing per child.
   */
  public void compute(BatchData in, BatchOutput out, int from, int to) {
    Child c = new Child();
    boolean[] wanted = out.wanted;
    for (int i = from; i < to; i++) {
      in.load(i, c);
      derive(c);
      out.clenhei[i] = c.clenhei;
      out.cbmi[i] = c.cbmi;
      out.c9mo[i] = c.c9mo;
      for (int k = 0; k < COUNT; k++) {
        if (!wanted[k]) {
          continue;
        }
        byte st = status(k, c);
        double z = Double.NaN;
        if (st == Status.OK) {
          z = Lms.round2(raw(k, c));
          if (flagged(k, z)) {
            st = Status.FLAGGED;
          }
        }
        out.z[k][i] = z;
        out.status[k][i] = st;
      }
    }
  }
}
