package id.posyandu.rules.growth;

import id.posyandu.core.Age;
import id.posyandu.rules.Citation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Growth monitoring of the Buku KIA: from a child's weighing history, the monthly N/T/O/B status,
 * 2T, and the position against the chart's referral lines.
 *
 * <p>The rules, in the decision order of SKDN (POSYANDU-6SPM.md §4.1, after kkn_posyandu_tulip
 * §10.3 and Buku KIA 2023 p.54):
 * <ol>
 *   <li>no weighing in any earlier month → <b>B</b> (first weighing);
 *   <li>no weighing in the previous calendar month → <b>O</b>: the growth line cannot be joined, N/T is
 *       not judged (Permenkes 155/2010 via "Penilaian Status Gizi" p.178); the KBM is never
 *       multiplied by the months elapsed;
 *   <li>gain since last month's weighing ≥ KBM for the age in completed months at the current
 *       weighing → <b>N</b>;
 *   <li>otherwise → <b>T</b>; T this month and T last month → <b>2T</b>.
 * </ol>
 * The Buku KIA also allows N when "the curve follows the growth line", a visual judgement with the
 * KBM as the tie-breaker; this library applies the KBM, the objective criterion that SKDN counting
 * uses.
 *
 * <p>Library decisions, documented: ages are completed months as {@link Age#completedMonths}
 * defines them (the library's one definition: born 31 December, weighed 28 February, 1 month); a
 * month's weighing is the <em>last</em> weighing of that calendar month; a second weighing before
 * one completed month of age (age 0 months, so no KBM in the book) is judged with the month-1 KBM
 * ({@link KbmTable#gramsToJudge}, a judgment [I]); gains are compared in whole grams (rounded), so 9.4 − 9.2 kg is
 * exactly 200 g. Weighings before the birth date are rejected.
 *
 * <p>Thread-safe and stateless apart from its immutable tables.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class GrowthMonitor {

  private static final GrowthMonitor STANDARD =
      new GrowthMonitor(KbmTable.bukuKia2020(), GrowthLines.kms2021());

  private final KbmTable kbm;
  private final GrowthLines lines;
  private final List<Citation> sources;

  private GrowthMonitor(KbmTable kbm, GrowthLines lines) {
    this.kbm = Objects.requireNonNull(kbm, "kbm");
    this.lines = Objects.requireNonNull(lines, "lines");
    this.sources = List.of(kbm.citation(), lines.citation());
  }

  /** The Buku KIA 2020+ KBM table and chart lines. */
  public static GrowthMonitor standard() {
    return STANDARD;
  }

  /** A monitor with another KBM table or other lines (a variant, or a later regulation). */
  public static GrowthMonitor of(KbmTable kbm, GrowthLines lines) {
    return new GrowthMonitor(kbm, lines);
  }

  /** The KBM table used. */
  public KbmTable kbmTable() {
    return kbm;
  }

  /** The chart lines used. */
  public GrowthLines lines() {
    return lines;
  }

  /**
   * The outcome of one calendar month.
   *
   * @param birthDate the child's birth date
   * @param weighings the child's weighings, in any order
   * @param month the month to assess
   * @param weightForAge the child's weight-for-age z-scores, or {@link WeightForAge#NONE}
   * @throws IllegalArgumentException when a weighing precedes the birth date
   */
  public MonthlyGrowth assess(LocalDate birthDate, Collection<Weighing> weighings, YearMonth month,
      WeightForAge weightForAge) {
    return assess(birthDate, byMonth(birthDate, weighings), month, weightForAge);
  }

  /**
   * The outcome of every month from the first weighing's month to the last weighing's month, in
   * order (months without a weighing included, as not weighed).
   *
   * @throws IllegalArgumentException when a weighing precedes the birth date
   */
  public List<MonthlyGrowth> history(LocalDate birthDate, Collection<Weighing> weighings,
      WeightForAge weightForAge) {
    NavigableMap<YearMonth, Weighing> byMonth = byMonth(birthDate, weighings);
    List<MonthlyGrowth> out = new ArrayList<>();
    if (byMonth.isEmpty()) {
      return out;
    }
    for (YearMonth m = byMonth.firstKey(); !m.isAfter(byMonth.lastKey()); m = m.plusMonths(1)) {
      out.add(assess(birthDate, byMonth, m, weightForAge));
    }
    return out;
  }

  private MonthlyGrowth assess(LocalDate birthDate, NavigableMap<YearMonth, Weighing> byMonth,
      YearMonth month, WeightForAge wfa) {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(wfa, "weightForAge");
    Weighing w = byMonth.get(month);
    if (w == null) {
      LocalDate end = month.atEndOfMonth();
      int age = end.isBefore(birthDate) ? 0 : completedMonths(birthDate, end);
      return new MonthlyGrowth(month, age, Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.of(MonthlyGrowth.NotAssessed.NOT_WEIGHED), OptionalInt.empty(),
          OptionalInt.empty(), false, OptionalDouble.empty(), LinePosition.NOT_ASSESSED, false,
          sources);
    }
    int age = completedMonths(birthDate, w.date());
    OptionalDouble z = wfa.zScore(w.date(), w.weightKg());
    LinePosition position = position(z);
    boolean legacyBgm = z.isPresent() && z.getAsDouble() < lines.z(GrowthLines.Line.BGM_LEGACY);
    if (age > KbmTable.LAST_MONTH) {
      return new MonthlyGrowth(month, age, Optional.of(w), Optional.empty(), Optional.empty(),
          Optional.of(MonthlyGrowth.NotAssessed.OUTSIDE_AGE_RANGE), OptionalInt.empty(),
          OptionalInt.empty(), false, z, position, legacyBgm, sources);
    }
    Map.Entry<YearMonth, Weighing> earlier = byMonth.lowerEntry(month);
    if (earlier == null) {
      return result(month, age, w, Optional.empty(), GrowthStatus.B, OptionalInt.empty(),
          OptionalInt.empty(), false, z, position, legacyBgm);
    }
    Weighing prev = byMonth.get(month.minusMonths(1));
    if (prev == null) {
      return result(month, age, w, Optional.of(earlier.getValue()), GrowthStatus.O,
          OptionalInt.empty(), OptionalInt.empty(), false, z, position, legacyBgm);
    }
    int kbmG = kbmFor(age);
    int gain = gainGrams(prev, w);
    GrowthStatus s = gain >= kbmG ? GrowthStatus.N : GrowthStatus.T;
    boolean twoT = s == GrowthStatus.T && isT(birthDate, byMonth, month.minusMonths(1));
    return result(month, age, w, Optional.of(prev), s, OptionalInt.of(gain), OptionalInt.of(kbmG),
        twoT, z, position, legacyBgm);
  }

  /** Whether the month's weighing was T (weighed last month too, gain below the KBM). */
  private boolean isT(LocalDate birthDate, NavigableMap<YearMonth, Weighing> byMonth,
      YearMonth month) {
    Weighing w = byMonth.get(month);
    Weighing prev = byMonth.get(month.minusMonths(1));
    if (w == null || prev == null) {
      return false;
    }
    int age = completedMonths(birthDate, w.date());
    return age <= KbmTable.LAST_MONTH && gainGrams(prev, w) < kbmFor(age);
  }

  private int kbmFor(int completedMonths) {
    return kbm.gramsToJudge(completedMonths).getAsInt();
  }

  private static int gainGrams(Weighing prev, Weighing w) {
    return (int) Math.round((w.weightKg() - prev.weightKg()) * 1000.0);
  }

  private MonthlyGrowth result(YearMonth month, int age, Weighing w, Optional<Weighing> prev,
      GrowthStatus s, OptionalInt gain, OptionalInt kbmG, boolean twoT, OptionalDouble z,
      LinePosition position, boolean legacyBgm) {
    return new MonthlyGrowth(month, age, Optional.of(w), prev, Optional.of(s), Optional.empty(),
        gain, kbmG, twoT, z, position, legacyBgm, sources);
  }

  private LinePosition position(OptionalDouble z) {
    if (z.isEmpty() || !Double.isFinite(z.getAsDouble())) {
      return LinePosition.NOT_ASSESSED;
    }
    double v = z.getAsDouble();
    if (v < lines.z(GrowthLines.Line.RED)) {
      return LinePosition.BELOW_RED_LINE;
    }
    if (v > lines.z(GrowthLines.Line.ORANGE)) {
      return LinePosition.ABOVE_ORANGE_LINE;
    }
    return LinePosition.BETWEEN_LINES;
  }

  /** Completed months of age on a day: the library's one definition, {@link Age#completedMonths}. */
  static int completedMonths(LocalDate birthDate, LocalDate on) {
    return (int) Age.completedMonths(birthDate, on);
  }

  private static NavigableMap<YearMonth, Weighing> byMonth(LocalDate birthDate,
      Collection<Weighing> weighings) {
    Objects.requireNonNull(birthDate, "birthDate");
    NavigableMap<YearMonth, Weighing> byMonth = new TreeMap<>();
    for (Weighing w : weighings) {
      if (w.date().isBefore(birthDate)) {
        throw new IllegalArgumentException("Penimbangan sebelum tanggal lahir / weighing before the "
            + "birth date: " + w.date() + " < " + birthDate);
      }
      byMonth.merge(YearMonth.from(w.date()), w,
          (a, b) -> b.date().isBefore(a.date()) ? a : b);
    }
    return byMonth;
  }
}
