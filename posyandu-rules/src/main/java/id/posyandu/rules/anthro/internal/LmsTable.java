package id.posyandu.rules.anthro.internal;

import id.posyandu.rules.Citation;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;

/**
 * One WHO LMS table held as primitive arrays indexed by sex and by an integer key: the age in days,
 * the age in completed months, or the length/height in tenths of a centimetre. Checked on load
 * (both sexes, the same contiguous key range for each, no duplicate or missing key, L, M and S in
 * their expected ranges), immutable after.
 */
public final class LmsTable {

  /** The widest plausible Box-Cox power; WHO's tables lie within [-1.8, 1]. */
  private static final double L_LIMIT = 3;
  /** The largest plausible median (cm, kg, kg/m2 or mm); WHO's tables stay below 180. */
  private static final double M_LIMIT = 200;
  /** The largest plausible coefficient of variation; WHO's tables stay below 0.26. */
  private static final double S_LIMIT = 0.3;

  private final String id;
  private final Citation citation;
  private final int firstKey;
  private final int size;
  private final double[] l;
  private final double[] m;
  private final double[] s;

  private LmsTable(String id, Citation citation, int firstKey, int size, double[] l, double[] m,
      double[] s) {
    this.id = id;
    this.citation = citation;
    this.firstKey = firstKey;
    this.size = size;
    this.l = l;
    this.m = m;
    this.s = s;
  }

  /** Tables already loaded: the z-score engine and the chart curves share one copy of each. */
  private static final java.util.concurrent.ConcurrentMap<String, LmsTable> LOADED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Loads and checks a table of the project's reference-data format, once per resource, column and
   * scale; later calls return the same immutable instance.
   *
   * @param resource the resource name, absolute
   * @param keyColumn the index column ({@code age_days}, {@code age_months}, {@code length_cm}...)
   * @param keyScale 1 for days and months, 10 for centimetres in 0.1 cm steps
   * @throws ReferenceDataException when a check fails
   */
  public static LmsTable load(String resource, String keyColumn, int keyScale) {
    return LOADED.computeIfAbsent(resource + '\t' + keyColumn + '\t' + keyScale,
        k -> read(resource, keyColumn, keyScale));
  }

  private static LmsTable read(String resource, String keyColumn, int keyScale) {
    ReferenceTable t = ReferenceTable.load(LmsTable.class, resource)
        .requireColumns("sex", keyColumn, "l", "m", "s")
        .requireUniqueKey("sex", keyColumn);
    int[] min = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    int[] max = {Integer.MIN_VALUE, Integer.MIN_VALUE};
    int[] count = new int[2];
    int[] keys = new int[t.size()];
    int[] sexes = new int[t.size()];
    for (int r = 0; r < t.size(); r++) {
      ReferenceTable.Row row = t.rows().get(r);
      int sex = row.integer("sex");
      if (sex != 1 && sex != 2) {
        throw new ReferenceDataException(row + ": sex must be 1 or 2");
      }
      double k = row.number(keyColumn) * keyScale;
      long key = Math.round(k);
      if (Math.abs(k - key) > 1e-6) {
        throw new ReferenceDataException(row + ": " + keyColumn + " is not on the table's grid");
      }
      sexes[r] = sex - 1;
      keys[r] = (int) key;
      min[sex - 1] = Math.min(min[sex - 1], (int) key);
      max[sex - 1] = Math.max(max[sex - 1], (int) key);
      count[sex - 1]++;
    }
    for (int x = 0; x < 2; x++) {
      if (count[x] == 0) {
        throw new ReferenceDataException(resource + ": no rows for sex " + (x + 1));
      }
      if (count[x] != max[x] - min[x] + 1) {
        throw new ReferenceDataException(resource + ": " + keyColumn + " of sex " + (x + 1)
            + " is not contiguous (" + count[x] + " rows for " + min[x] + ".." + max[x] + ")");
      }
    }
    if (min[0] != min[1] || max[0] != max[1]) {
      throw new ReferenceDataException(resource + ": the sexes cover different " + keyColumn
          + " ranges");
    }
    int size = count[0];
    double[] l = new double[2 * size];
    double[] m = new double[2 * size];
    double[] s = new double[2 * size];
    for (int r = 0; r < t.size(); r++) {
      ReferenceTable.Row row = t.rows().get(r);
      int at = sexes[r] * size + keys[r] - min[0];
      l[at] = row.number("l", -L_LIMIT, L_LIMIT);
      if (l[at] == 0) {
        throw new ReferenceDataException(row + ": L = 0 is not supported (WHO's formula divides by L)");
      }
      m[at] = row.number("m", Double.MIN_VALUE, M_LIMIT);
      s[at] = row.number("s", Double.MIN_VALUE, S_LIMIT);
    }
    return new LmsTable(t.id(), t.citation(), min[0], size, l, m, s);
  }

  /** The table's id metadata. */
  public String id() {
    return id;
  }

  /** The table's source. */
  public Citation citation() {
    return citation;
  }

  /** The first key (day, month or tenth of a centimetre). */
  public int firstKey() {
    return firstKey;
  }

  /** The last key. */
  public int lastKey() {
    return firstKey + size - 1;
  }

  /** Whether the table has a row for this key. */
  public boolean has(int key) {
    return key >= firstKey && key < firstKey + size;
  }

  /** The array position of (sex 1 or 2, key); the key must be {@link #has(int) in the table}. */
  public int at(int sex, int key) {
    return (sex - 1) * size + key - firstKey;
  }

  /** L at an array position. */
  public double l(int at) {
    return l[at];
  }

  /** M at an array position. */
  public double m(int at) {
    return m[at];
  }

  /** S at an array position. */
  public double s(int at) {
    return s[at];
  }
}
