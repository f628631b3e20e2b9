package id.posyandu.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Age computed from two calendar dates, never from a clock.
 *
 * <p>Three measures, each used where its source uses it:
 * <ul>
 *   <li>{@link #days} in whole days ({@link ChronoUnit#DAYS}), as WHO Anthro computes age for the
 *       growth standards;</li>
 *   <li>{@link #completedMonths} in completed calendar months ({@link ChronoUnit#MONTHS}), as
 *       Permenkes 2/2020 and the Buku KIA count age ("umur dalam bulan penuh"); a child born on the
 *       31st completes a month on the last day of a shorter month only when that month has the
 *       day, so 31 January to 29 February is 0 completed months;</li>
 *   <li>{@link #completedYears} in completed calendar years (age at the last birthday); a child
 *       born on 29 February completes a year on 1 March of a common year.</li>
 * </ul>
 * Every method rejects an as-of date before the birth date.
 */
public final class Age {

  private Age() {}

  /**
   * Whole days from {@code birthDate} to {@code asOf}: 0 on the day of birth.
   *
   * @throws IllegalArgumentException when {@code asOf} is before {@code birthDate}
   */
  public static long days(LocalDate birthDate, LocalDate asOf) {
    check(birthDate, asOf);
    return ChronoUnit.DAYS.between(birthDate, asOf);
  }

  /**
   * Completed calendar months from {@code birthDate} to {@code asOf}.
   *
   * @throws IllegalArgumentException when {@code asOf} is before {@code birthDate}
   */
  public static long completedMonths(LocalDate birthDate, LocalDate asOf) {
    check(birthDate, asOf);
    return ChronoUnit.MONTHS.between(birthDate, asOf);
  }

  /**
   * Completed calendar years (age at the last birthday) from {@code birthDate} to {@code asOf}.
   *
   * @throws IllegalArgumentException when {@code asOf} is before {@code birthDate}
   */
  public static long completedYears(LocalDate birthDate, LocalDate asOf) {
    check(birthDate, asOf);
    return ChronoUnit.YEARS.between(birthDate, asOf);
  }

  private static void check(LocalDate birthDate, LocalDate asOf) {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(asOf, "asOf");
    if (asOf.isBefore(birthDate)) {
      throw new IllegalArgumentException("Tanggal acuan " + asOf + " sebelum tanggal lahir / as-of date "
          + asOf + " is before the birth date");
    }
  }
}
