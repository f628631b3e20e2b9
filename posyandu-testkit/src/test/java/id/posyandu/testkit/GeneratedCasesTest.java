package id.posyandu.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.Age;
import id.posyandu.core.model.Resident;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.Immunization;
import id.posyandu.core.record.ServiceRecord;
import id.posyandu.core.record.Visit;
import id.posyandu.rules.population.Population;
import id.posyandu.rules.schedule.DoseAssessment;
import id.posyandu.rules.schedule.DoseStatus;
import id.posyandu.rules.schedule.GivenDose;
import id.posyandu.rules.schedule.ImmunizationSchedule;
import id.posyandu.rules.schedule.ImmunizationStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The generator makes the cases the rules must handle (issue 24): hexavalent doses where and when
 * that version is in force, early invalid doses and their valid repeats, late doses, weighings in the
 * first month of life, month-end and 29 February births. {@code -Dcases.residents=20000
 * -Dcases.seed=3} prints the counts of a larger population.
 */
class GeneratedCasesTest {

  static final YearMonth END = YearMonth.of(2026, 10);

  /** Counts each case in a population. */
  static Map<String, Long> count(Population p, LocalDate asOf) {
    ImmunizationSchedule schedule = ImmunizationSchedule.standard();
    Map<String, Long> n = new LinkedHashMap<>();
    for (String k : List.of("balita", "birth on a month's last day", "birth on 29 February",
        "hexavalent doses", "hexavalent doses while not in force", "invalid doses (any reason)",
        "invalid doses before the earliest age", "valid repeats after an invalid dose",
        "late doses (catch-up)", "weighings at age 0", "second weighings at age 0 (KBM month 1)")) {
      n.put(k, 0L);
    }
    for (Resident r : p.residents()) {
      LocalDate birth = r.birthDate();
      if (birth.isAfter(asOf) || Age.completedMonths(birth, asOf) > 59) {
        continue;
      }
      n.merge("balita", 1L, Long::sum);
      if (birth.getDayOfMonth() == birth.lengthOfMonth()) {
        n.merge("birth on a month's last day", 1L, Long::sum);
      }
      if (birth.getMonthValue() == 2 && birth.getDayOfMonth() == 29) {
        n.merge("birth on 29 February", 1L, Long::sum);
      }
      List<GivenDose> history = new ArrayList<>();
      List<YearMonth> age0Months = new ArrayList<>();
      Optional<String> province = p.householdOf(r.id())
          .map(h -> h.address().kodeDesa().provinsi().plain());
      for (Visit v : p.visitsOf(r.id())) {
        for (ServiceRecord rec : v.records()) {
          if (rec instanceof Immunization im) {
            String code = GivenDose.code(im.antigen());
            if (schedule.knownDoses().contains(code)) {
              history.add(GivenDose.of(code, v.date()));
            }
            if (code.startsWith("HEXA")) {
              n.merge("hexavalent doses", 1L, Long::sum);
              if (!schedule.versionName(province, v.date()).startsWith("HEXA")) {
                n.merge("hexavalent doses while not in force", 1L, Long::sum);
              }
            }
          }
          if (rec instanceof Anthropometry a && a.weightKg().isPresent()
              && Age.completedMonths(birth, v.date()) == 0) {
            n.merge("weighings at age 0", 1L, Long::sum);
            YearMonth ym = YearMonth.from(v.date());
            if (age0Months.contains(ym.minusMonths(1))) {
              n.merge("second weighings at age 0 (KBM month 1)", 1L, Long::sum);
            }
            age0Months.add(ym);
          }
        }
      }
      if (asOf.isBefore(LocalDate.of(2024, 1, 1))) {
        continue;
      }
      ImmunizationStatus st = schedule.assess(birth, asOf, province, history, false);
      for (DoseAssessment d : st.doses()) {
        if (d.status() == DoseStatus.GIVEN_LATE) {
          n.merge("late doses (catch-up)", 1L, Long::sum);
        }
        if (d.status() == DoseStatus.GIVEN_INVALID) {
          n.merge("invalid doses (any reason)", 1L, Long::sum);
        }
        if (d.explanation().en().contains("was invalid and does not count")) {
          n.merge("valid repeats after an invalid dose", 1L, Long::sum);
        }
      }
      for (GivenDose g : st.unmatched()) {
        n.merge("invalid doses (any reason)", 1L, Long::sum);
      }
      for (DoseAssessment d : st.doses()) {
        if (d.explanation().en().contains("before the earliest allowed age")
            || d.explanation().en().contains("was invalid")) {
          n.merge("invalid doses before the earliest age", 1L, Long::sum);
        }
      }
    }
    return n;
  }

  @Test
  void theGeneratorMakesEveryCase() {
    int residents = Integer.getInteger("cases.residents", 5_000);
    long seed = Long.getLong("cases.seed", 3L);
    Population p = SyntheticPopulation.builder().residents(residents).seed(seed).months(12)
        .endMonth(END).build().generate();
    Map<String, Long> n = count(p, END.atEndOfMonth());
    System.out.println("generated cases, " + residents + " residents, seed " + seed + ": " + n);
    assertThat(n).allSatisfy((k, v) -> {
      if (k.endsWith("while not in force")) {
        assertThat(v).as(k).isZero();
      } else if (!k.equals("birth on 29 February")) {
        assertThat(v).as(k).isPositive();
      }
    });
    // 29 February births among all residents (few balita were born in a leap February)
    assertThat(p.residents()).anyMatch(r -> r.birthDate().getMonthValue() == 2
        && r.birthDate().getDayOfMonth() == 29);
  }
}
