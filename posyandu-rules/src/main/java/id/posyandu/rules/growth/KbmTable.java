package id.posyandu.rules.growth;

import id.posyandu.core.LifeStages;
import id.posyandu.rules.Citation;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import java.util.OptionalInt;

/**
 * A table of KBM (<i>Kenaikan Berat Badan Minimal</i>, the minimum monthly weight gain) by the
 * child's age in completed months at the current weighing.
 *
 * <p>The default, {@link #bukuKia2020()}, is the Buku KIA 2023 row (800, 900, 800, 600, 500, 400,
 * 300, 200 g for months 1, 2, 3, 4, 5, 6, 7-10, 11-60). Where the sources disagree on the month
 * boundaries, the variants are offered as data: {@link #bukuKia2020Alt12()} (7-11 → 300 g, from 12 →
 * 200 g) and the older KMS of Permenkes 155/2010 ({@link #kms2010()}). A programme with another table
 * loads it with {@link #from(ReferenceTable)}.
 *
 * <p><b>Age 0.</b> The Buku KIA KBM row starts at month 1: its first value (800 g) is the gain
 * expected over the first month of life, from the weighing at birth. The book gives no KBM for a
 * weighing at 0 completed months, yet a child born mid-month and weighed at birth and again early
 * in the next calendar month (still 0 months old) has a weighing last month, so SKDN needs an N or
 * a T (it is neither O nor B). The library judges such a weighing with the month-1 KBM ({@link
 * #gramsToJudge}): a judgment [I], not a rule of the source; a T found this way is a gain over less
 * than a month and is left to the health worker's confirmation like any T. Ages are completed months
 * as {@link id.posyandu.core.Age#completedMonths} defines them.
 *
 * <p>Checked on load: months 1 to 60 each covered exactly once, gains positive. Immutable and
 * thread-safe.
 */
public final class KbmTable {

  /** The first month with a KBM: month 0 has none, there is no earlier weighing (Buku KIA 2023). */
  public static final int FIRST_MONTH = 1;
  /**
   * The month whose KBM judges a weighing at 0 completed months: month 1 (a judgment [I]; the Buku
   * KIA row starts at month 1).
   */
  public static final int MONTH_JUDGING_AGE_0 = 1;
  /** The last month covered: the end of the balita age (59 completed months, plus month 60). */
  public static final int LAST_MONTH = LifeStages.BALITA_END_MONTHS;

  private static final class Builtin {
    static final KbmTable BUKU_KIA_2020 = load("kbm_buku_kia_2020.tsv");
    static final KbmTable BUKU_KIA_2020_ALT12 = load("kbm_buku_kia_2020_alt12.tsv");
    static final KbmTable KMS_2010 = load("kbm_kms_2010.tsv");

    private static KbmTable load(String resource) {
      return from(ReferenceTable.load(KbmTable.class, resource));
    }
  }

  private final String id;
  private final Citation citation;
  private final int[] gramsByMonth; // index = completed months; 0 = none

  private KbmTable(String id, Citation citation, int[] gramsByMonth) {
    this.id = id;
    this.citation = citation;
    this.gramsByMonth = gramsByMonth;
  }

  /** The Buku KIA 2020+ table (2023 edition), months 7-10 → 300 g, 11-60 → 200 g. The default. */
  public static KbmTable bukuKia2020() {
    return Builtin.BUKU_KIA_2020;
  }

  /** The Buku KIA values with the alternative boundary: 7-11 → 300 g, from 12 → 200 g [B]. */
  public static KbmTable bukuKia2020Alt12() {
    return Builtin.BUKU_KIA_2020_ALT12;
  }

  /** The older KMS (Permenkes 155/2010): 6-7 → 400 g, 8-10 → 300 g, 11+ → 200 g [B]. */
  public static KbmTable kms2010() {
    return Builtin.KMS_2010;
  }

  /**
   * A KBM table from reference data with columns {@code from_month}, {@code to_month} (inclusive)
   * and {@code kbm_g}.
   *
   * @throws ReferenceDataException when a month from 1 to 60 is missing or covered twice, or a gain
   *     is not a positive number of grams
   */
  public static KbmTable from(ReferenceTable table) {
    table.requireColumns("from_month", "to_month", "kbm_g");
    int[] grams = new int[LAST_MONTH + 1];
    for (ReferenceTable.Row row : table.rows()) {
      int from = row.integer("from_month");
      int to = row.integer("to_month");
      int g = row.integer("kbm_g");
      if (from < FIRST_MONTH || to > LAST_MONTH || from > to) {
        throw new ReferenceDataException(row + ": months must satisfy 1 <= from_month <= to_month <= 60");
      }
      if (g <= 0 || g > 5000) {
        throw new ReferenceDataException(row + ": kbm_g must be a positive number of grams (<= 5000)");
      }
      for (int m = from; m <= to; m++) {
        if (grams[m] != 0) {
          throw new ReferenceDataException(row + ": month " + m + " is covered twice");
        }
        grams[m] = g;
      }
    }
    for (int m = FIRST_MONTH; m <= LAST_MONTH; m++) {
      if (grams[m] == 0) {
        throw new ReferenceDataException(table.name() + ": no KBM for month " + m);
      }
    }
    return new KbmTable(table.id(), table.citation(), grams);
  }

  /**
   * The minimum gain in grams for a weighing at this age, or empty for month 0 and beyond month 60.
   *
   * @param completedMonths the child's age in completed months at the current weighing
   */
  public OptionalInt kbmGrams(int completedMonths) {
    if (completedMonths < FIRST_MONTH || completedMonths > LAST_MONTH) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(gramsByMonth[completedMonths]);
  }

  /**
   * The KBM that judges a weighing at this age: the table's value, and for age 0 (a second weighing
   * within the first month of life, see the class comment) the month-1 value; empty beyond month 60.
   *
   * @param completedMonths the child's age in completed months at the current weighing (&ge; 0)
   */
  public OptionalInt gramsToJudge(int completedMonths) {
    return kbmGrams(completedMonths == 0 ? MONTH_JUDGING_AGE_0 : completedMonths);
  }

  /** The table's id, e.g. {@code kbm.buku_kia_2020}. */
  public String id() {
    return id;
  }

  /** Where the table comes from. */
  public Citation citation() {
    return citation;
  }

  @Override
  public String toString() {
    return "KbmTable[" + id + ", " + citation + "]";
  }
}
