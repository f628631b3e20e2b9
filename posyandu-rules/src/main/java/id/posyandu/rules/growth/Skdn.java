package id.posyandu.rules.growth;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * SKDN, the monthly growth-monitoring counts of a Posyandu (POSYANDU-6SPM.md §4.1; nakita.grid.id;
 * kkn_posyandu_tulip §10.3; Buku KIA 2023):
 * <ul>
 *   <li><b>S</b>: under-fives (0-59 completed months on the month's last day) living in the area;
 *   <li><b>K</b>: of them, those with a KMS or Buku KIA;
 *   <li><b>D</b>: of them, those weighed this month (at the Posyandu or on a home visit);
 *   <li><b>N, T, O, B</b>: the weighed, by {@link GrowthStatus}; D = N + T + O + B always;
 *   <li><b>2T</b>: T this month and last month; <b>BGM</b>: weighed and below the garis merah
 *       (BB/U &lt; −2 SD on the 2020+ chart, the meaning of "bawah garis merah" since 2020; see
 *       {@link GrowthLines}); <b>BGM legacy</b>: below the old KMS red line (about −3 SD).
 * </ul>
 * Ratios: K/S (coverage), D/S (participation), N/D (success), N/S (overall success), and the
 * commonly added D/K, 2T/D, BGM/D [B]. A ratio with a zero denominator has no value.
 *
 * <p>Counts of different Posyandu of the same month add up with {@link #plus(Skdn)}: the operation is
 * associative and commutative, so the counts can be computed in parallel and merged.
 *
 * @param month the month
 * @param s under-fives in the area
 * @param k of them with a KMS or Buku KIA
 * @param d of them weighed this month
 * @param n weighed, weight up
 * @param t weighed, weight not up
 * @param o weighed, not weighed last month
 * @param b weighed for the first time
 * @param twoT T this month and last month
 * @param bgm weighed and below the red line (−2 SD)
 * @param bgmLegacy weighed and below the legacy KMS red line (−3 SD)
 * @param unknownLine weighed but without a weight-for-age z-score (line position unknown)
 */
public record Skdn(YearMonth month, long s, long k, long d, long n, long t, long o, long b,
    long twoT, long bgm, long bgmLegacy, long unknownLine) {

  /** The last completed month of age that still counts as balita (under five). */
  public static final int LAST_BALITA_MONTH = id.posyandu.core.LifeStages.BALITA_END_MONTHS - 1;

  /** Checks the identities: D = N + T + O + B, D ≤ S, K ≤ S, 2T ≤ T, BGM ≤ D. */
  public Skdn {
    Objects.requireNonNull(month, "month");
    for (long v : new long[] {s, k, d, n, t, o, b, twoT, bgm, bgmLegacy, unknownLine}) {
      if (v < 0) {
        throw new IllegalArgumentException("SKDN counts must not be negative: " + this);
      }
    }
    if (d != n + t + o + b || d > s || k > s || twoT > t || bgm > d || bgmLegacy > bgm
        || unknownLine > d) {
      throw new IllegalArgumentException("inconsistent SKDN counts: " + this);
    }
  }

  /** The zero counts of a month (the identity of {@link #plus(Skdn)}). */
  public static Skdn empty(YearMonth month) {
    return new Skdn(month, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /**
   * The SKDN of one Posyandu for one month.
   *
   * @param month the month
   * @param children every child living in the Posyandu's area (older children and children born after
   *     the month are ignored)
   * @param monitor the growth-monitoring rules (KBM table, chart lines)
   */
  public static Skdn of(YearMonth month, Iterable<SkdnChild> children, GrowthMonitor monitor) {
    Skdn total = empty(month);
    for (SkdnChild c : children) {
      total = total.plus(of(month, c, monitor));
    }
    return total;
  }

  /** The contribution of one child (zero when not an under-five living there in that month). */
  public static Skdn of(YearMonth month, SkdnChild child, GrowthMonitor monitor) {
    if (!isBalita(child.birthDate(), month)) {
      return empty(month);
    }
    MonthlyGrowth g = monitor.assess(child.birthDate(), child.weighings(), month,
        child.weightForAge());
    long k = child.hasKms() ? 1 : 0;
    if (!g.weighed() || g.status().isEmpty()) {
      return new Skdn(month, 1, k, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
    GrowthStatus st = g.status().get();
    return new Skdn(month, 1, k, 1,
        st == GrowthStatus.N ? 1 : 0,
        st == GrowthStatus.T ? 1 : 0,
        st == GrowthStatus.O ? 1 : 0,
        st == GrowthStatus.B ? 1 : 0,
        g.twoT() ? 1 : 0,
        g.linePosition() == LinePosition.BELOW_RED_LINE ? 1 : 0,
        g.belowLegacyBgm() ? 1 : 0,
        g.linePosition() == LinePosition.NOT_ASSESSED ? 1 : 0);
  }

  /**
   * Whether a child born on this day is an under-five (0 to 59 completed months) on the month's last
   * day.
   */
  public static boolean isBalita(LocalDate birthDate, YearMonth month) {
    LocalDate end = month.atEndOfMonth();
    return !birthDate.isAfter(end)
        && GrowthMonitor.completedMonths(birthDate, end) <= LAST_BALITA_MONTH;
  }

  /**
   * The sum of two SKDN counts of the same month (e.g. two Posyandu of one desa).
   *
   * @throws IllegalArgumentException when the months differ
   */
  public Skdn plus(Skdn other) {
    if (!month.equals(other.month)) {
      throw new IllegalArgumentException("cannot add SKDN of " + month + " and " + other.month);
    }
    return new Skdn(month, s + other.s, k + other.k, d + other.d, n + other.n, t + other.t,
        o + other.o, b + other.b, twoT + other.twoT, bgm + other.bgm,
        bgmLegacy + other.bgmLegacy, unknownLine + other.unknownLine);
  }

  /** K/S: programme coverage. */
  public Ratio ks() {
    return new Ratio("K/S", k, s);
  }

  /** D/S: community participation. */
  public Ratio ds() {
    return new Ratio("D/S", d, s);
  }

  /** N/D: programme success. */
  public Ratio nd() {
    return new Ratio("N/D", n, d);
  }

  /** N/S: overall success. */
  public Ratio ns() {
    return new Ratio("N/S", n, s);
  }

  /** D/K [B]. */
  public Ratio dk() {
    return new Ratio("D/K", d, k);
  }

  /** 2T/D [B]. */
  public Ratio twoTd() {
    return new Ratio("2T/D", twoT, d);
  }

  /** BGM/D [B]. */
  public Ratio bgmD() {
    return new Ratio("BGM/D", bgm, d);
  }

  /** All ratios, in the usual order of a Posyandu's SKDN report. */
  public List<Ratio> ratios() {
    return List.of(ks(), ds(), nd(), ns(), dk(), twoTd(), bgmD());
  }
}
