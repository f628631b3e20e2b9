package id.posyandu.core.code;

import id.posyandu.core.MessageValue;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * The shared format of the two 16-digit personal numbers, NIK and KK number: a kecamatan code, a
 * date DDMMYY and a serial. They differ in the date: a NIK's is the birth date with 40 added to the
 * day for women and must exist on the calendar; a KK number's is the issue date, checked leniently.
 */
final class PersonalNumbers {
  static final int LENGTH = Nik.LENGTH;
  private static final int REGION_DIGITS = 6;
  private static final int YEARS_PER_CENTURY = 100;
  /** Centuries tried when resolving a date; 29 February of a year 00 needs up to 4 steps back. */
  private static final int MAX_CENTURIES_BACK = 4;

  private PersonalNumbers() {}

  /**
   * The first broken rule of {@code s} (stripped), as a code suffix optionally followed by a space
   * and the offending part, or {@code null}.
   *
   * @param birthDate true for a NIK (day 01-31 or 41-71, date must exist), false for a KK number
   *     (day 01-31, month 01-12)
   */
  static String check(String s, boolean birthDate) {
    if (s.isEmpty()) {
      return "EMPTY";
    }
    if (!Codes.isAsciiDigits(s)) {
      return "NOT_DIGITS";
    }
    if (s.length() != LENGTH) {
      return "LENGTH";
    }
    String region = Codes.regionError(s.substring(0, REGION_DIGITS));
    if (region != null) {
      return region;
    }
    int day = Codes.twoDigits(s, 6);
    int month = Codes.twoDigits(s, 8);
    int dayOfMonth = birthDate && day > Nik.FEMALE_DAY_OFFSET ? day - Nik.FEMALE_DAY_OFFSET : day;
    if (dayOfMonth < 1 || dayOfMonth > 31) {
      return "DAY " + s.substring(6, 8);
    }
    if (month < 1 || month > 12) {
      return "MONTH " + s.substring(8, 10);
    }
    if (birthDate) {
      // 29 February exists in some century exactly when YY is a multiple of 4 (00: the year 2000).
      boolean leapSomeCentury = Codes.twoDigits(s, 10) % 4 == 0;
      if (dayOfMonth > Codes.monthLength(month, leapSomeCentury)) {
        return "DATE " + s.substring(6, 8) + "-" + s.substring(8, 10);
      }
    }
    if ("0000".equals(s.substring(12))) {
      return "SERIAL 0000";
    }
    return null;
  }

  /** Raises (or returns {@code null} for) an error found by {@link #check}, masking the input. */
  static <T> T fail(boolean throwing, String prefix, String error, String s) {
    if (!throwing) {
      return null;
    }
    if ("EMPTY".equals(error)) {
      return Codes.fail(throwing, prefix + ".EMPTY");
    }
    MessageValue masked = Codes.shown(s);
    String length = Integer.toString(s.length());
    int space = error.indexOf(' ');
    if (space < 0) {
      return Codes.fail(throwing, prefix + "." + error, "value", masked, "length", length);
    }
    return Codes.fail(throwing, prefix + "." + error.substring(0, space), "value", masked,
        "length", length, "part", error.substring(space + 1));
  }

  /**
   * The latest existing date with this day, month and year of century that is not after
   * {@code reference}, or {@code null} when none exists in the last four centuries.
   */
  static LocalDate latestDateNotAfterOrNull(int day, int month, int yearOfCentury,
      LocalDate reference) {
    Objects.requireNonNull(reference, "referenceDate");
    int year = reference.getYear()
        - Math.floorMod(reference.getYear() - yearOfCentury, YEARS_PER_CENTURY);
    for (int i = 0; i <= MAX_CENTURIES_BACK; i++, year -= YEARS_PER_CENTURY) {
      if (day <= Codes.monthLength(month, Year.isLeap(year))) {
        LocalDate d = LocalDate.of(year, month, day);
        if (!d.isAfter(reference)) {
          return d;
        }
      }
    }
    return null;
  }

  /** As {@link #latestDateNotAfterOrNull}, for dates known to exist in some century. */
  static LocalDate latestDateNotAfter(int day, int month, int yearOfCentury, LocalDate reference) {
    LocalDate d = latestDateNotAfterOrNull(day, month, yearOfCentury, reference);
    if (d == null) {
      throw new IllegalStateException("no such date: " + day + "-" + month);
    }
    return d;
  }
}
