package id.posyandu.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgeTest {

  /** Every month's last day of 2023-2025, the 29th and 30th of each month, and 29 February 2024. */
  private static List<LocalDate> monthEndBirths() {
    List<LocalDate> out = new ArrayList<>();
    for (YearMonth m = YearMonth.of(2023, 1); !m.isAfter(YearMonth.of(2025, 12)); m = m.plusMonths(1)) {
      out.add(m.atEndOfMonth());
      for (int d = 28; d < m.lengthOfMonth(); d++) {
        out.add(m.atDay(d));
      }
    }
    return out;
  }

  @Test
  void aMonthEndBirthCompletesAMonthOnTheSameDayOrTheFirstDayOfTheNextMonth() {
    LocalDate dec31 = LocalDate.of(2025, 12, 31);
    assertThat(Age.completedMonths(dec31, LocalDate.of(2026, 1, 31))).isEqualTo(1);
    assertThat(Age.completedMonths(dec31, LocalDate.of(2026, 2, 28))).isEqualTo(1);
    assertThat(Age.completedMonths(dec31, LocalDate.of(2026, 3, 1))).isEqualTo(2);
    assertThat(Age.reachedOn(dec31, Period.ofMonths(2))).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(Age.reachedOn(dec31, Period.ofMonths(3))).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(Age.reachedOn(dec31, Period.ofMonths(4))).isEqualTo(LocalDate.of(2026, 5, 1));
    LocalDate jan31 = LocalDate.of(2024, 1, 31);
    assertThat(Age.completedMonths(jan31, LocalDate.of(2024, 2, 29))).isZero();
    assertThat(Age.reachedOn(jan31, Period.ofMonths(1))).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(Age.monthsAndDays(dec31, LocalDate.of(2026, 2, 28))).isEqualTo(Period.of(0, 1, 28));
    assertThat(Age.monthsAndDays(dec31, LocalDate.of(2026, 3, 3))).isEqualTo(Period.of(0, 2, 2));
  }

  @Test
  void bornOnTwentyNinthFebruary() {
    LocalDate leap = LocalDate.of(2024, 2, 29);
    assertThat(Age.completedMonths(leap, LocalDate.of(2024, 3, 29))).isEqualTo(1);
    assertThat(Age.completedMonths(leap, LocalDate.of(2025, 2, 28))).isEqualTo(11);
    assertThat(Age.completedMonths(leap, LocalDate.of(2025, 3, 1))).isEqualTo(12);
    assertThat(Age.completedYears(leap, LocalDate.of(2025, 2, 28))).isZero();
    assertThat(Age.completedYears(leap, LocalDate.of(2025, 3, 1))).isEqualTo(1);
    assertThat(Age.completedYears(leap, LocalDate.of(2028, 2, 29))).isEqualTo(4);
    assertThat(Age.reachedOn(leap, Period.ofMonths(12))).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(Age.reachedOn(leap, Period.ofYears(4))).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(Age.reachedOn(leap, Period.ofMonths(60))).isEqualTo(LocalDate.of(2029, 3, 1));
  }

  @Test
  void everyMonthEndBirthAgreesWithChronoUnitAndReachedOnIsTheInverse() {
    for (LocalDate birth : monthEndBirths()) {
      for (int day = 0; day <= 62 * 31; day++) {
        LocalDate on = birth.plusDays(day);
        long m = Age.completedMonths(birth, on);
        assertThat(m).as("%s -> %s", birth, on).isEqualTo(ChronoUnit.MONTHS.between(birth, on));
        assertThat(Age.completedYears(birth, on)).as("%s -> %s", birth, on)
            .isEqualTo(ChronoUnit.YEARS.between(birth, on)).isEqualTo(m / 12);
        assertThat(Period.between(birth, on).toTotalMonths()).isEqualTo(m);
        Period md = Age.monthsAndDays(birth, on);
        assertThat(Age.reachedOn(birth, md)).isEqualTo(on);
      }
      for (int n = 1; n <= 61; n++) {
        LocalDate reached = Age.reachedOn(birth, Period.ofMonths(n));
        assertThat(Age.completedMonths(birth, reached)).as("%s + %d", birth, n).isEqualTo(n);
        assertThat(Age.completedMonths(birth, reached.minusDays(1))).as("%s + %d", birth, n)
            .isEqualTo(n - 1);
      }
    }
  }

  @Test
  void daysAndIntervals() {
    LocalDate b = LocalDate.of(2026, 1, 30);
    assertThat(Age.reachedOn(b, Period.ofWeeks(4))).isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(Age.reachedOn(b, Period.ZERO)).isEqualTo(b);
    assertThat(Age.reachedOn(b, Period.ofMonths(1))).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(Age.days(b, b.plusDays(731))).isEqualTo(731);
    assertThatThrownBy(() -> Age.reachedOn(b, Period.ofMonths(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Age.completedMonths(b, b.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
