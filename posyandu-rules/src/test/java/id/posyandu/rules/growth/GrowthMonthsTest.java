package id.posyandu.rules.growth;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.Age;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Growth monitoring counts age in completed months as {@link Age#completedMonths} does (the
 * library's one definition), at every month end and on 29 February; a weighing at age 0 is judged
 * with the month-1 KBM and says so.
 */
class GrowthMonthsTest {

  private static final GrowthMonitor MONITOR = GrowthMonitor.standard();

  private static MonthlyGrowth at(LocalDate birth, LocalDate previous, LocalDate current) {
    List<Weighing> ws = List.of(new Weighing(previous, 4.0), new Weighing(current, 4.5));
    return MONITOR.assess(birth, ws, YearMonth.from(current), WeightForAge.NONE);
  }

  @Test
  void bornOn31DecemberWeighedOn28FebruaryIsOneMonthOld() {
    // The example: Period.between and the schedule's P2M used to disagree here.
    LocalDate birth = LocalDate.of(2025, 12, 31);
    MonthlyGrowth feb28 = at(birth, LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28));
    assertThat(feb28.ageInMonths()).isEqualTo(1);
    assertThat(feb28.kbmGrams()).hasValue(800);
    MonthlyGrowth mar1 = at(birth, LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1));
    assertThat(mar1.ageInMonths()).isEqualTo(2);
    assertThat(mar1.kbmGrams()).hasValue(900);
  }

  @Test
  void everyMonthEndAnd29FebruaryBirthAgreesWithAgeAtEveryWeighingDay() {
    for (YearMonth m = YearMonth.of(2023, 1); !m.isAfter(YearMonth.of(2025, 12)); m = m.plusMonths(1)) {
      for (int d = 28; d <= m.lengthOfMonth(); d++) {
        LocalDate birth = m.atDay(d);
        for (int months = 1; months <= 13; months++) {
          LocalDate reached = Age.reachedOn(birth, Period.ofMonths(months));
          for (LocalDate day : List.of(reached.minusDays(1), reached)) {
            LocalDate prev = YearMonth.from(day).minusMonths(1).atEndOfMonth();
            if (prev.isBefore(birth)) {
              continue;
            }
            MonthlyGrowth g = at(birth, prev, day);
            assertThat(g.ageInMonths()).as("%s weighed %s", birth, day)
                .isEqualTo((int) Age.completedMonths(birth, day))
                .isEqualTo(day.equals(reached) ? months : months - 1);
            int age = g.ageInMonths();
            assertThat(g.kbmGrams()).as("%s weighed %s", birth, day)
                .isEqualTo(MONITOR.kbmTable().gramsToJudge(age));
          }
        }
      }
    }
  }

  @Test
  void aWeighingAtAgeZeroIsJudgedWithTheMonthOneKbmAndSaysSo() {
    LocalDate birth = LocalDate.of(2026, 1, 15);
    MonthlyGrowth g = at(birth, LocalDate.of(2026, 1, 16), LocalDate.of(2026, 2, 12));
    assertThat(g.ageInMonths()).isZero();
    assertThat(g.kbmGrams()).hasValue(800);
    assertThat(g.status()).contains(GrowthStatus.T);
    assertThat(g.explanation().id()).contains("umur 0 bulan: Buku KIA tidak memuat KBM");
    assertThat(g.explanation().en()).contains("age 0 months: the Buku KIA has no KBM");
    assertThat(KbmTable.bukuKia2020().kbmGrams(0)).isEmpty();
    assertThat(KbmTable.bukuKia2020().gramsToJudge(0)).hasValue(800);
    assertThat(KbmTable.kms2010().gramsToJudge(0)).isEqualTo(KbmTable.kms2010().kbmGrams(1));
  }
}
