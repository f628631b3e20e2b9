package id.posyandu.rules.indicator;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A reporting period: a month, a quarter, a year or a campaign month, as a closed range of days.
 * Periods are calendar periods of the local date in the area's time zone (see
 * {@link IndonesianTimeZone}); no clock is read here.
 *
 * @param type the kind of period
 * @param start the first day
 * @param end the last day (inclusive)
 */
public record ReportingPeriod(PeriodType type, LocalDate start, LocalDate end)
    implements Comparable<ReportingPeriod>, java.io.Serializable {

  /** Checks that the days form a period of the given type. */
  public ReportingPeriod {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    LocalDate[] range = range(type, start);
    if (!range[0].equals(start) || !range[1].equals(end)) {
      throw new IllegalArgumentException("not a " + type + " period: " + start + ".." + end);
    }
    if (type == PeriodType.CAMPAIGN_MONTH && start.getMonth() != Month.FEBRUARY
        && start.getMonth() != Month.AUGUST) {
      throw new IllegalArgumentException("a campaign month is February or August: " + start);
    }
  }

  /** The first and last day of the period of this type containing the day. */
  private static LocalDate[] range(PeriodType type, LocalDate day) {
    return switch (type) {
      case MONTH, CAMPAIGN_MONTH -> new LocalDate[] {
          YearMonth.from(day).atDay(1), YearMonth.from(day).atEndOfMonth()};
      case QUARTER -> {
        int firstMonth = (day.getMonthValue() - 1) / 3 * 3 + 1;
        yield new LocalDate[] {LocalDate.of(day.getYear(), firstMonth, 1),
            YearMonth.of(day.getYear(), firstMonth + 2).atEndOfMonth()};
      }
      case YEAR -> new LocalDate[] {
          LocalDate.of(day.getYear(), 1, 1), LocalDate.of(day.getYear(), 12, 31)};
    };
  }

  /** The calendar month. */
  public static ReportingPeriod month(YearMonth month) {
    return containing(PeriodType.MONTH, month.atDay(1));
  }

  /** The calendar quarter ({@code quarter} 1 to 4) of a year. */
  public static ReportingPeriod quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1-4: " + quarter);
    }
    return containing(PeriodType.QUARTER, LocalDate.of(year, quarter * 3 - 2, 1));
  }

  /** The calendar year. */
  public static ReportingPeriod year(int year) {
    return containing(PeriodType.YEAR, LocalDate.of(year, 1, 1));
  }

  /**
   * The vitamin A campaign month (February or August) of a year.
   *
   * @throws IllegalArgumentException for any other month
   */
  public static ReportingPeriod campaign(YearMonth month) {
    if (month.getMonth() != Month.FEBRUARY && month.getMonth() != Month.AUGUST) {
      throw new IllegalArgumentException("a campaign month is February or August: " + month);
    }
    return containing(PeriodType.CAMPAIGN_MONTH, month.atDay(1));
  }

  /**
   * The period of this type that contains the day. For {@link PeriodType#CAMPAIGN_MONTH}, the day
   * must lie in February or August.
   */
  public static ReportingPeriod containing(PeriodType type, LocalDate day) {
    LocalDate[] r = range(type, day);
    return new ReportingPeriod(type, r[0], r[1]);
  }

  /** Whether the day lies in this period. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** The number of days in the period. */
  public long lengthInDays() {
    return end.toEpochDay() - start.toEpochDay() + 1;
  }

  /** The period of the same type just before this one (campaign months: the previous campaign). */
  public ReportingPeriod previous() {
    return switch (type) {
      case MONTH -> month(YearMonth.from(start).minusMonths(1));
      case QUARTER -> containing(PeriodType.QUARTER, start.minusMonths(3));
      case YEAR -> year(start.getYear() - 1);
      case CAMPAIGN_MONTH -> campaign(YearMonth.from(start).minusMonths(6));
    };
  }

  /** A stable label: {@code 2026-10}, {@code 2026-Q4}, {@code 2026}, {@code 2026-08} (campaign). */
  public String label() {
    return switch (type) {
      case MONTH, CAMPAIGN_MONTH -> YearMonth.from(start).toString();
      case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
      case YEAR -> Integer.toString(start.getYear());
    };
  }

  /**
   * Parses a label as {@link #label()} writes it: {@code 2026-10} (month), {@code 2026-Q4},
   * {@code 2026}.
   *
   * @throws IllegalArgumentException with the accepted forms when the text is none of them
   */
  public static ReportingPeriod parse(String label) {
    String s = label == null ? "" : label.trim();
    try {
      if (s.matches("\\d{4}")) {
        return year(Integer.parseInt(s));
      }
      if (s.matches("\\d{4}-[Qq][1-4]")) {
        return quarter(Integer.parseInt(s.substring(0, 4)), s.charAt(6) - '0');
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        return month(YearMonth.parse(s));
      }
    } catch (RuntimeException e) {
      // fall through to the clear message
    }
    throw new IllegalArgumentException("Periode tidak dikenal / unknown period '" + label
        + "' (contoh / e.g. 2026-10, 2026-Q4, 2026)");
  }

  @Override
  public int compareTo(ReportingPeriod o) {
    int c = start.compareTo(o.start);
    return c != 0 ? c : end.compareTo(o.end);
  }

  @Override
  public String toString() {
    return label();
  }
}
