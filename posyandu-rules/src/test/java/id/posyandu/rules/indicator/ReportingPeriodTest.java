package id.posyandu.rules.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

  @Test
  void periodsAreClosedRangesOfDays() {
    ReportingPeriod feb = ReportingPeriod.month(YearMonth.of(2024, 2));
    assertThat(feb.start()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(feb.end()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(feb.lengthInDays()).isEqualTo(29);
    assertThat(feb.contains(LocalDate.of(2024, 2, 29))).isTrue();
    assertThat(feb.contains(LocalDate.of(2024, 3, 1))).isFalse();
    assertThat(feb.contains(LocalDate.of(2024, 1, 31))).isFalse();
    ReportingPeriod q4 = ReportingPeriod.quarter(2026, 4);
    assertThat(q4.start()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(q4.end()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(ReportingPeriod.containing(PeriodType.QUARTER, LocalDate.of(2026, 11, 25)))
        .isEqualTo(q4);
    assertThat(ReportingPeriod.year(2026).lengthInDays()).isEqualTo(365);
  }

  @Test
  void labelsRoundTrip() {
    for (String s : new String[] {"2026-10", "2026-Q4", "2026", "2024-02"}) {
      assertThat(ReportingPeriod.parse(s).label()).isEqualTo(s);
    }
    assertThat(ReportingPeriod.parse("2026-q1")).isEqualTo(ReportingPeriod.quarter(2026, 1));
  }

  @Test
  void malformedLabelsAreClearErrors() {
    for (String s : new String[] {"", "2026-13", "2026-Q5", "Oct 2026", "26-10", null}) {
      assertThatThrownBy(() -> ReportingPeriod.parse(s))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-Q4");
    }
  }

  @Test
  void campaignMonthsAreFebruaryAndAugustOnly() {
    ReportingPeriod aug = ReportingPeriod.campaign(YearMonth.of(2026, 8));
    assertThat(aug.type()).isEqualTo(PeriodType.CAMPAIGN_MONTH);
    assertThat(aug.previous()).isEqualTo(ReportingPeriod.campaign(YearMonth.of(2026, 2)));
    assertThatThrownBy(() -> ReportingPeriod.campaign(YearMonth.of(2026, 3)))
        .hasMessageContaining("February or August");
  }

  @Test
  void aPeriodMustBeWhatItsTypeSays() {
    assertThatThrownBy(() -> new ReportingPeriod(PeriodType.MONTH, LocalDate.of(2026, 1, 2),
        LocalDate.of(2026, 1, 31))).hasMessageContaining("not a MONTH period");
  }

  @Test
  void previousPeriods() {
    assertThat(ReportingPeriod.parse("2026-01").previous()).isEqualTo(ReportingPeriod.parse("2025-12"));
    assertThat(ReportingPeriod.parse("2026-Q1").previous()).isEqualTo(ReportingPeriod.parse("2025-Q4"));
    assertThat(ReportingPeriod.parse("2026").previous()).isEqualTo(ReportingPeriod.parse("2025"));
  }

  @Test
  void theSameInstantIsOctoberInJakartaAndNovemberInJayapura() {
    Instant t = Instant.parse("2026-10-31T16:30:00Z"); // 23:30 WIB, 00:30 WITA, 01:30 WIT
    assertThat(IndonesianTimeZone.WIB.dateOf(t)).isEqualTo(LocalDate.of(2026, 10, 31));
    assertThat(IndonesianTimeZone.WITA.dateOf(t)).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(IndonesianTimeZone.WIT.dateOf(t)).isEqualTo(LocalDate.of(2026, 11, 1));
  }

  @Test
  void provincesHaveTheirZones() {
    assertThat(IndonesianTimeZone.ofProvince("31")).contains(IndonesianTimeZone.WIB);
    assertThat(IndonesianTimeZone.ofProvince("62")).contains(IndonesianTimeZone.WIB);
    assertThat(IndonesianTimeZone.ofProvince("51")).contains(IndonesianTimeZone.WITA);
    assertThat(IndonesianTimeZone.ofProvince("65")).contains(IndonesianTimeZone.WITA);
    assertThat(IndonesianTimeZone.ofProvince("96")).contains(IndonesianTimeZone.WIT);
    assertThat(IndonesianTimeZone.ofProvince("99")).isEmpty();
  }
}
