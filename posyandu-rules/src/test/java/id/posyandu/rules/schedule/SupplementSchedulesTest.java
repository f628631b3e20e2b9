package id.posyandu.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.core.Sex;
import id.posyandu.rules.schedule.SupplementStatus.State;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Vitamin A (Permenkes 21/2015: blue 6-11 months once, red 12-59 months in February and August),
 * deworming (Permenkes 15/2017) and TTD (juknis ILP; rematri guideline) on their boundary days.
 */
class SupplementSchedulesTest {

  private static final SupplementSchedules S = SupplementSchedules.standard();

  @Test
  void vitaminABlueCapsuleFromSixMonthsInTheRoundMonth() {
    LocalDate birth = LocalDate.of(2025, 8, 15);
    // 15 Feb 2026 is the 6-month day: eligible from that day in the February round.
    assertThat(S.vitaminA(birth, LocalDate.of(2026, 2, 14), List.of()).state())
        .isEqualTo(State.NOT_ELIGIBLE);
    SupplementStatus due = S.vitaminA(birth, LocalDate.of(2026, 2, 15), List.of());
    assertThat(due.state()).isEqualTo(State.DUE);
    assertThat(due.product().orElseThrow().id()).startsWith("kapsul biru 100.000 IU");
    assertThat(due.explanation().id()).contains("Februari 2026").contains("umur 6 bulan");
    assertThat(
            S.vitaminA(birth, LocalDate.of(2026, 2, 20), List.of(LocalDate.of(2026, 2, 16)))
                .state())
        .isEqualTo(State.GIVEN);
    // Once only: after the blue capsule in February, August (11 months) is not needed.
    SupplementStatus aug =
        S.vitaminA(birth, LocalDate.of(2026, 8, 1), List.of(LocalDate.of(2026, 2, 16)));
    assertThat(aug.state()).isEqualTo(State.NOT_NEEDED);
    assertThat(aug.explanation().en()).contains("red capsule from 12 months");
  }

  @Test
  void vitaminARedCapsuleTwiceAYearAndUpcomingOutsideTheRoundMonths() {
    LocalDate birth = LocalDate.of(2024, 1, 10);
    SupplementStatus upcoming = S.vitaminA(birth, LocalDate.of(2025, 5, 3), List.of());
    assertThat(upcoming.state()).isEqualTo(State.UPCOMING);
    assertThat(upcoming.dueOn()).contains(LocalDate.of(2025, 8, 1));
    assertThat(upcoming.product().orElseThrow().en()).startsWith("red capsule 200,000 IU");
    assertThat(S.vitaminA(birth, LocalDate.of(2025, 11, 3), List.of()).dueOn())
        .contains(LocalDate.of(2026, 2, 1));
    // 60 months on 10 Jan 2029: the February 2029 round is past the age limit.
    assertThat(S.vitaminA(birth, LocalDate.of(2028, 12, 1), List.of()).state())
        .isEqualTo(State.NOT_ELIGIBLE);
    assertThat(S.vitaminA(birth, LocalDate.of(2028, 8, 31), List.of()).state())
        .isEqualTo(State.DUE);
  }

  @Test
  void vitaminANotAgainWithinAMonthOfACapsule() {
    LocalDate birth = LocalDate.of(2024, 1, 10);
    SupplementStatus s =
        S.vitaminA(birth, LocalDate.of(2025, 8, 5), List.of(LocalDate.of(2025, 7, 20)));
    assertThat(s.state()).isEqualTo(State.NOT_NEEDED);
    assertThat(s.explanation().en()).contains("less than 1 month ago");
  }

  @Test
  void dewormingDoseByAgeAndFrequencyByPrevalence() {
    LocalDate birth = LocalDate.of(2024, 1, 10);
    assertThat(S.deworming(birth, LocalDate.of(2025, 1, 9), 60, List.of()).state())
        .isEqualTo(State.NOT_ELIGIBLE);
    SupplementStatus small = S.deworming(birth, LocalDate.of(2025, 1, 10), 60, List.of());
    assertThat(small.state()).isEqualTo(State.DUE);
    assertThat(small.product().orElseThrow().id()).isEqualTo("albendazol 200 mg");
    assertThat(
            S.deworming(birth, LocalDate.of(2026, 1, 10), 60, List.of())
                .product()
                .orElseThrow()
                .en())
        .isEqualTo("albendazole 400 mg");
    // Twice a year: a dose in February covers January-June only.
    List<LocalDate> feb = List.of(LocalDate.of(2026, 2, 10));
    assertThat(S.deworming(birth, LocalDate.of(2026, 6, 30), 50, feb).state())
        .isEqualTo(State.GIVEN);
    assertThat(S.deworming(birth, LocalDate.of(2026, 7, 1), 50, feb).state()).isEqualTo(State.DUE);
    // Once a year (20 to < 50 %): the February dose covers the whole year.
    assertThat(S.deworming(birth, LocalDate.of(2026, 7, 1), 49.9, feb).state())
        .isEqualTo(State.GIVEN);
    assertThat(S.deworming(birth, LocalDate.of(2026, 7, 1), 19.9, feb).state())
        .isEqualTo(State.NOT_PROGRAMMED);
    assertThat(S.deworming(birth, LocalDate.of(2037, 1, 9), 60, List.of()).state())
        .isEqualTo(State.DUE);
    assertThat(S.deworming(birth, LocalDate.of(2037, 1, 10), 60, List.of()).state())
        .isEqualTo(State.NOT_ELIGIBLE);
    assertThatThrownBy(() -> S.deworming(birth, LocalDate.of(2026, 1, 1), 101, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ninetyTabletsInPregnancyMetOnTrackOrBehind() {
    LocalDate hpht = LocalDate.of(2026, 1, 1); // expected delivery 8 Oct 2026 (HPHT + 280 days)
    assertThat(S.ironFolicPregnancy(hpht, LocalDate.of(2026, 5, 1), 90).state())
        .isEqualTo(State.TARGET_MET);
    // 90 days before 8 Oct 2026 is 10 Jul 2026: with no tablet yet, still reachable that day.
    assertThat(S.ironFolicPregnancy(hpht, LocalDate.of(2026, 7, 10), 0).state())
        .isEqualTo(State.ON_TRACK);
    SupplementStatus behind = S.ironFolicPregnancy(hpht, LocalDate.of(2026, 7, 11), 0);
    assertThat(behind.state()).isEqualTo(State.BEHIND);
    assertThat(behind.explanation().id())
        .contains("0 dari minimal 90 tablet")
        .contains("89 hari sampai taksiran persalinan 2026-10-08");
  }

  @Test
  void weeklyTabletForAdolescentGirlsTwelveToEighteen() {
    LocalDate birth = LocalDate.of(2012, 3, 1);
    assertThat(
            S.ironFolicAdolescentGirl(Sex.FEMALE, birth, LocalDate.of(2024, 2, 29), List.of())
                .state())
        .isEqualTo(State.NOT_ELIGIBLE);
    assertThat(
            S.ironFolicAdolescentGirl(Sex.FEMALE, birth, LocalDate.of(2024, 3, 1), List.of())
                .state())
        .isEqualTo(State.DUE);
    assertThat(
            S.ironFolicAdolescentGirl(Sex.MALE, birth, LocalDate.of(2024, 3, 1), List.of()).state())
        .isEqualTo(State.NOT_ELIGIBLE);
    LocalDate asOf = LocalDate.of(2025, 6, 10);
    assertThat(
            S.ironFolicAdolescentGirl(Sex.FEMALE, birth, asOf, List.of(asOf.minusDays(6))).state())
        .isEqualTo(State.GIVEN);
    SupplementStatus lastWeek =
        S.ironFolicAdolescentGirl(Sex.FEMALE, birth, asOf, List.of(asOf.minusDays(7)));
    assertThat(lastWeek.state()).isEqualTo(State.DUE);
    assertThat(lastWeek.explanation().en()).contains("1 of the last 52 weeks");
    assertThat(
            S.ironFolicAdolescentGirl(Sex.FEMALE, birth, LocalDate.of(2031, 3, 1), List.of())
                .state())
        .isEqualTo(State.NOT_ELIGIBLE);
  }

  @Test
  void theVitaminACapsuleIsBlueFromSixMonthsAndRedFromTwelveToTheDayBeforeSixtyMonths() {
    LocalDate birth = LocalDate.of(2024, 1, 31);
    assertThat(S.vitaminACapsule(birth, birth.plusMonths(6).minusDays(1))).isEmpty();
    assertThat(S.vitaminACapsule(birth, birth.plusMonths(6))).contains("BLUE");
    assertThat(S.vitaminACapsule(birth, birth.plusMonths(12).minusDays(1))).contains("BLUE");
    assertThat(S.vitaminACapsule(birth, birth.plusMonths(12))).contains("RED");
    assertThat(S.vitaminACapsule(birth, birth.plusMonths(60).minusDays(1))).contains("RED");
    assertThat(S.vitaminACapsule(birth, birth.plusMonths(60))).isEmpty();
    assertThat(S.vitaminACapsule(birth, birth.minusDays(1))).isEmpty();
  }
}
