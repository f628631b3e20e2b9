package id.posyandu.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the immunization statuses over generated histories (seeded). */
class ImmunizationScheduleProperties {

  private static final ImmunizationSchedule S = ImmunizationSchedule.standard();
  private static final List<String> DOSES =
      List.of(
          "HB0",
          "BCG",
          "OPV1",
          "OPV2",
          "OPV3",
          "OPV4",
          "DPT_HB_HIB1",
          "DPT_HB_HIB2",
          "DPT_HB_HIB3",
          "PCV1",
          "PCV2",
          "RV1",
          "RV2",
          "RV3",
          "IPV1",
          "MR1",
          "IPV2",
          "PCV3",
          "DPT_HB_HIB4",
          "MR2");
  private static final Map<DoseStatus, Integer> ORDER =
      new EnumMap<>(
          Map.of(
              DoseStatus.NOT_YET_DUE,
              0,
              DoseStatus.DUE,
              1,
              DoseStatus.OVERDUE,
              2,
              DoseStatus.EXPIRED,
              3));

  /** Births in the first half of 2024; as-of dates to the end of 2025 (national NIP-2024). */
  private static LocalDate birth(Random r) {
    return LocalDate.of(2024, 1, 1).plusDays(r.nextInt(182));
  }

  private static List<GivenDose> history(Random r, LocalDate birth, LocalDate until) {
    List<GivenDose> h = new ArrayList<>();
    long span = until.toEpochDay() - birth.toEpochDay();
    for (String d : DOSES) {
      if (r.nextInt(3) > 0 && span > 0) {
        h.add(GivenDose.of(d, birth.plusDays(r.nextInt((int) span + 1))));
      }
    }
    return h;
  }

  @Test
  void aMissingDoseOnlyMovesForwardFromNotYetDueToDueOverdueAndExpired() {
    long seed = 5L;
    Random r = new Random(seed);
    for (int n = 0; n < 60; n++) {
      LocalDate birth = birth(r);
      LocalDate start = birth.plusDays(r.nextInt(60));
      List<GivenDose> h = history(r, birth, start);
      Map<String, DoseStatus> last = new HashMap<>();
      for (LocalDate asOf = start;
          asOf.isBefore(LocalDate.of(2025, 12, 31));
          asOf = asOf.plusDays(1 + r.nextInt(9))) {
        for (DoseAssessment a : S.assess(birth, asOf, h).doses()) {
          DoseStatus before = last.put(a.slot(), a.status());
          if (a.givenOn().isPresent()) {
            assertThat(before == null || before == a.status())
                .as("seed %d: a given dose keeps its status (%s on %s)", seed, a.slot(), asOf)
                .isTrue();
          } else if (before != null) {
            assertThat(ORDER.get(a.status()))
                .as(
                    "seed %d: %s %s -> %s on %s (birth %s)",
                    seed, a.slot(), before, a.status(), asOf, birth)
                .isGreaterThanOrEqualTo(ORDER.get(before));
          }
          assertThat(a.status() == DoseStatus.EXPIRED)
              .as("seed %d: %s", seed, a.slot())
              .isEqualTo(a.givenOn().isEmpty() && !asOf.isBefore(a.latest()));
        }
      }
    }
  }

  @Test
  void completeMeansEveryProgrammeDoseValidlyGivenBeforeTheAssessmentDay() {
    long seed = 11L;
    Random r = new Random(seed);
    for (int n = 0; n < 500; n++) {
      LocalDate birth = birth(r);
      LocalDate asOf = birth.plusDays(r.nextInt(540));
      if (asOf.isAfter(LocalDate.of(2025, 12, 31))) {
        continue;
      }
      ImmunizationStatus st = S.assess(birth, asOf, history(r, birth, asOf));
      for (Completeness c : st.completeness()) {
        boolean allGiven = c.missing().isEmpty();
        assertThat(c.state() == Completeness.State.COMPLETE)
            .as("seed %d", seed)
            .isEqualTo(allGiven);
        if (c.state() == Completeness.State.IN_PROGRESS) {
          assertThat(asOf).as("seed %d", seed).isBefore(c.assessedOn());
        }
      }
      assertThat(st.doses())
          .as("seed %d", seed)
          .allSatisfy(
              d ->
                  assertThat(d.givenOn().isPresent())
                      .isEqualTo(d.status().name().startsWith("GIVEN")));
    }
  }
}
