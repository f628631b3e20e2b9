package id.posyandu.core;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Age computed from two calendar dates, never from a clock: the library's one definition of age in
 * days, completed months and completed years, and of the day an age in months is reached.
 *
 * <p>Three measures, each used where its source uses it:
 * <ul>
 *   <li>{@link #days} in whole days ({@link ChronoUnit#DAYS}), as WHO Anthro computes age for the
 *       growth standards;</li>
 *   <li>{@link #completedMonths} in completed calendar months, as Permenkes 2/2020 and the Buku
 *       KIA count age ("umur dalam bulan penuh": 2 months 29 days is 2 months);</li>
 *   <li>{@link #completedYears} in completed calendar years (age at the last birthday), always
 *       {@code completedMonths / 12}.</li>
 * </ul>
 *
 * <p><b>A month is completed on the same day of the month, or, when the month has no such day, on
 * the first day of the next month.</b> A child born on 31 December is 1 month old on 31 January, 1
 * month old still on 28 February and 2 months old on 1 March; a child born on 29 February 2024 is
 * 11 months old on 28 February 2025 and 12 months (1 year) old on 1 March 2025. The sources say
 * "completed months" but not what a month-end birth completes in a shorter month; this rule is the
 * library's judgment [I]: it is what {@link ChronoUnit#MONTHS} and {@link ChronoUnit#YEARS} count
 * (and {@code Period.between}), it keeps years equal to months / 12, and an age is never reached
 * before the child has lived the days of the same calendar day. Every rule of the library that
 * speaks of an age in months uses it: growth monitoring (KBM, SKDN's balita ages), the schedules
 * ({@link #reachedOn}: "P2M" is the day the child is 2 months old, "at least 4 months after IPV1"
 * the day 4 months after it), screening and the six-SPM criteria.
 *
 * <p>Every method rejects an as-of date before the birth date.
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
   * Completed calendar months from {@code birthDate} to {@code asOf}: a month is completed on the
   * same day of the month, or on the first day of the next month when the month has no such day
   * (see the class comment). Equal to {@code ChronoUnit.MONTHS.between(birthDate, asOf)}.
   *
   * @throws IllegalArgumentException when {@code asOf} is before {@code birthDate}
   */
  public static long completedMonths(LocalDate birthDate, LocalDate asOf) {
    check(birthDate, asOf);
    long m = (asOf.getYear() * 12L + asOf.getMonthValue())
        - (birthDate.getYear() * 12L + birthDate.getMonthValue());
    return asOf.getDayOfMonth() < birthDate.getDayOfMonth() ? m - 1 : m;
  }

  /**
   * The first day on which an age (or an interval) counted from {@code from} is reached: for an
   * age of {@code m} months and {@code d} days, the first day on which {@link #completedMonths} is
   * {@code m}, plus {@code d} days. {@code P2M} from 31 December is 1 March (28 February has not
   * completed the second month); {@code P12M} from 29 February 2024 is 1 March 2025; {@code P4W} is
   * 28 days. The inverse of {@link #completedMonths}: {@code completedMonths(b, reachedOn(b, PnM))
   * == n} and the day before gives {@code n - 1}.
   *
   * @param from the birth date, or the date an interval starts (a previous dose)
   * @param age a period of years, months and days, none negative
   * @throws IllegalArgumentException when the period has a negative part
   */
  public static LocalDate reachedOn(LocalDate from, Period age) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(age, "age");
    if (age.isNegative()) {
      throw new IllegalArgumentException("negative age: " + age);
    }
    long months = age.toTotalMonths();
    LocalDate d = from.plusMonths(months);
    if (d.getDayOfMonth() < from.getDayOfMonth()) {
      d = d.plusDays(1); // the month has no such day: completed on the first day of the next one
    }
    return d.plusDays(age.getDays());
  }

  /**
   * The age on a day as completed months and the days since the last completed month (years
   * always 0), for explanations such as "umur 2 bulan 3 hari".
   *
   * @throws IllegalArgumentException when {@code asOf} is before {@code birthDate}
   */
  public static Period monthsAndDays(LocalDate birthDate, LocalDate asOf) {
    long m = completedMonths(birthDate, asOf);
    LocalDate monthReached = reachedOn(birthDate, Period.ofMonths((int) m));
    return Period.of(0, (int) m, (int) ChronoUnit.DAYS.between(monthReached, asOf));
  }

  /**
   * Completed calendar years (age at the last birthday) from {@code birthDate} to {@code asOf}:
   * {@code completedMonths / 12}, so a child born on 29 February completes a year on 1 March of a
   * common year. Equal to {@code ChronoUnit.YEARS.between(birthDate, asOf)}.
   *
   * @throws IllegalArgumentException when {@code asOf} is before {@code birthDate}
   */
  public static long completedYears(LocalDate birthDate, LocalDate asOf) {
    return completedMonths(birthDate, asOf) / 12;
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
