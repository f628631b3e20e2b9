package id.posyandu.rules.anthro;

import id.posyandu.rules.anthro.internal.GrowthEngine;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A child's age as WHO's software takes it: in days (from the dates of birth and measurement, or
 * given), or in months. WHO converts with {@value #DAYS_PER_MONTH} days per month: an age given in
 * months is months x 30.4375 days for the daily 0-5 y tables, and stays unrounded in months for the
 * 60-month limit and the monthly 5-19 y tables.
 */
public final class Age {

  /** WHO's days per month ({@code ANTHRO_DAYS_OF_MONTH}, anthro R/anthro-package.R). */
  public static final double DAYS_PER_MONTH = GrowthEngine.DAYS_PER_MONTH;

  private final double days;
  private final double months;
  private final boolean givenInMonths;

  private Age(double days, double months, boolean givenInMonths) {
    this.days = days;
    this.months = months;
    this.givenInMonths = givenInMonths;
  }

  /**
   * An age in days (fractions allowed, as in WHO Anthro).
   *
   * @throws IllegalArgumentException when negative or not finite
   */
  public static Age ofDays(double days) {
    check(days, "days");
    return new Age(days, days / DAYS_PER_MONTH, false);
  }

  /**
   * An age in months (fractions allowed).
   *
   * @throws IllegalArgumentException when negative or not finite
   */
  public static Age ofMonths(double months) {
    check(months, "months");
    return new Age(months * DAYS_PER_MONTH, months, true);
  }

  /**
   * The age in whole days between birth and measurement ({@link ChronoUnit#DAYS}).
   *
   * @throws IllegalArgumentException when the measurement precedes the birth
   */
  public static Age between(LocalDate birthDate, LocalDate measurementDate) {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(measurementDate, "measurementDate");
    long d = ChronoUnit.DAYS.between(birthDate, measurementDate);
    if (d < 0) {
      throw new IllegalArgumentException("Tanggal ukur sebelum tanggal lahir / measurement date "
          + measurementDate + " precedes the birth date");
    }
    return ofDays(d);
  }

  private static void check(double v, String unit) {
    if (!Double.isFinite(v) || v < 0) {
      throw new IllegalArgumentException("Umur tidak valid / invalid age: " + v + " " + unit);
    }
  }

  /** The age in days as WHO uses it (months x 30.4375 when given in months); unrounded. */
  public double days() {
    return days;
  }

  /** The age in months as WHO uses it (days / 30.4375 when given in days); unrounded. */
  public double months() {
    return months;
  }

  /** Whether the age was given in months. */
  public boolean givenInMonths() {
    return givenInMonths;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Age && Double.compare(days, ((Age) o).days) == 0
        && Double.compare(months, ((Age) o).months) == 0 && givenInMonths == ((Age) o).givenInMonths;
  }

  @Override
  public int hashCode() {
    return Objects.hash(days, months, givenInMonths);
  }

  @Override
  public String toString() {
    return givenInMonths ? months + " months" : days + " days";
  }
}
