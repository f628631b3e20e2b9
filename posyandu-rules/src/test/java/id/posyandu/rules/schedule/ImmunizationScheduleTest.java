package id.posyandu.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.core.record.Immunization;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Immunization statuses on the exact boundary days. Ages and windows come from the Buku KIA
 * immunization table and the Kemenkes letters summarised in VERIFIED.md section 4 (see the notes of
 * the schedule tables).
 */
class ImmunizationScheduleTest {

  private static final ImmunizationSchedule S = ImmunizationSchedule.standard();
  // Born 10 January 2024: the national NIP-2024 schedule is in force throughout 2024-2025.
  private static final LocalDate BIRTH = LocalDate.of(2024, 1, 10);

  private static DoseStatus status(String slot, LocalDate asOf, GivenDose... given) {
    return S.assess(BIRTH, asOf, List.of(given)).dose(slot).orElseThrow().status();
  }

  @Test
  void versionIsChosenByProvinceAndDate() {
    assertThat(S.versionName(Optional.empty(), LocalDate.of(2025, 9, 30))).isEqualTo("NIP-2024");
    assertThat(S.versionName(Optional.of("34"), LocalDate.of(2025, 9, 30))).isEqualTo("NIP-2024");
    assertThat(S.versionName(Optional.of("34"), LocalDate.of(2025, 10, 1)))
        .isEqualTo("HEXA-PILOT-2025");
    assertThat(S.versionName(Optional.of("95"), LocalDate.of(2025, 12, 31)))
        .isEqualTo("HEXA-PILOT-2025");
    assertThat(S.versionName(Optional.of("32"), LocalDate.of(2025, 12, 31))).isEqualTo("NIP-2024");
    assertThat(S.versionName(Optional.of("32"), LocalDate.of(2026, 1, 1)))
        .isEqualTo("HEXA-NATIONAL-2026");
    assertThatThrownBy(() -> S.versionName(Optional.empty(), LocalDate.of(2023, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2024-01-01");
    assertThatThrownBy(() -> S.versionName(Optional.of("3"), LocalDate.of(2025, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dpt1NotYetDueDueOverdueAndExpiredOnTheBoundaryDays() {
    // DPT-HB-Hib 1: recommended at 2 months (10 Mar 2024), white until 3 months (10 Apr),
    // allowed to 11 months, catch-up to 59 months (latest 10 Jan 2029).
    assertThat(status("DPT_HB_HIB1", LocalDate.of(2024, 3, 9))).isEqualTo(DoseStatus.NOT_YET_DUE);
    assertThat(status("DPT_HB_HIB1", LocalDate.of(2024, 3, 10))).isEqualTo(DoseStatus.DUE);
    assertThat(status("DPT_HB_HIB1", LocalDate.of(2024, 4, 9))).isEqualTo(DoseStatus.DUE);
    assertThat(status("DPT_HB_HIB1", LocalDate.of(2024, 4, 10))).isEqualTo(DoseStatus.OVERDUE);
    assertThat(status("DPT_HB_HIB1", LocalDate.of(2025, 12, 31))).isEqualTo(DoseStatus.OVERDUE);
  }

  @Test
  void givenOnTimeLateOrInvalidOnTheBoundaryDays() {
    LocalDate asOf = LocalDate.of(2025, 12, 1);
    // Earliest 2 months: a day before is invalid.
    assertThat(status("DPT_HB_HIB1", asOf, GivenDose.of("DPT_HB_HIB1", LocalDate.of(2024, 3, 9))))
        .isEqualTo(DoseStatus.GIVEN_INVALID);
    assertThat(status("DPT_HB_HIB1", asOf, GivenDose.of("DPT_HB_HIB1", LocalDate.of(2024, 3, 10))))
        .isEqualTo(DoseStatus.GIVEN_ON_TIME);
    // On time until the day before 12 months (10 Jan 2025), then catch-up.
    assertThat(status("DPT_HB_HIB1", asOf, GivenDose.of("DPT_HB_HIB1", LocalDate.of(2025, 1, 9))))
        .isEqualTo(DoseStatus.GIVEN_ON_TIME);
    assertThat(status("DPT_HB_HIB1", asOf, GivenDose.of("DPT_HB_HIB1", LocalDate.of(2025, 1, 10))))
        .isEqualTo(DoseStatus.GIVEN_LATE);
  }

  @Test
  void bcgIsNotAllowedFromTwelveMonths() {
    LocalDate asOf = LocalDate.of(2025, 6, 1);
    assertThat(status("BCG", LocalDate.of(2025, 1, 9))).isEqualTo(DoseStatus.OVERDUE);
    assertThat(status("BCG", LocalDate.of(2025, 1, 10))).isEqualTo(DoseStatus.EXPIRED);
    assertThat(status("BCG", asOf, GivenDose.of("BCG", LocalDate.of(2025, 1, 9))))
        .isEqualTo(DoseStatus.GIVEN_ON_TIME);
    assertThat(status("BCG", asOf, GivenDose.of("BCG", LocalDate.of(2025, 1, 10))))
        .isEqualTo(DoseStatus.GIVEN_INVALID);
  }

  @Test
  void rotavirusLastDoseAtTheLatestSixMonthsTwentyNineDays() {
    // SE Dirjen P2P IM.02.02/C/3052/2023: last dose at the latest at 6 months 29 days.
    // 7 months after 10 Jan 2024 is 10 Aug 2024; 9 Aug 2024 is 6 months 30 days here, still < 7 m.
    LocalDate asOf = LocalDate.of(2024, 12, 1);
    GivenDose rv1 = GivenDose.of("RV1", LocalDate.of(2024, 3, 10));
    GivenDose rv2 = GivenDose.of("RV2", LocalDate.of(2024, 4, 10));
    assertThat(status("RV3", asOf, rv1, rv2, GivenDose.of("RV3", LocalDate.of(2024, 8, 9))))
        .isEqualTo(DoseStatus.GIVEN_ON_TIME);
    assertThat(status("RV3", asOf, rv1, rv2, GivenDose.of("RV3", LocalDate.of(2024, 8, 10))))
        .isEqualTo(DoseStatus.GIVEN_INVALID);
    assertThat(status("RV3", LocalDate.of(2024, 8, 9), rv1, rv2)).isEqualTo(DoseStatus.OVERDUE);
    assertThat(status("RV3", LocalDate.of(2024, 8, 10), rv1, rv2)).isEqualTo(DoseStatus.EXPIRED);
  }

  @Test
  void minimumIntervalPushesTheDueDateAndMakesAnEarlyDoseInvalid() {
    // RV2 at least 4 weeks after RV1: RV1 on 20 Mar 2024 -> RV2 due from 17 Apr 2024.
    GivenDose rv1 = GivenDose.of("RV1", LocalDate.of(2024, 3, 20));
    ImmunizationStatus st = S.assess(BIRTH, LocalDate.of(2024, 4, 16), List.of(rv1));
    DoseAssessment rv2 = st.dose("RV2").orElseThrow();
    assertThat(rv2.dueFrom()).contains(LocalDate.of(2024, 4, 17));
    assertThat(rv2.status()).isEqualTo(DoseStatus.NOT_YET_DUE);
    assertThat(status("RV2", LocalDate.of(2024, 4, 17), rv1)).isEqualTo(DoseStatus.DUE);
    assertThat(status("RV2", LocalDate.of(2024, 5, 10), rv1)).isEqualTo(DoseStatus.OVERDUE);
    assertThat(
            status(
                "RV2",
                LocalDate.of(2024, 5, 1),
                rv1,
                GivenDose.of("RV2", LocalDate.of(2024, 4, 16))))
        .isEqualTo(DoseStatus.GIVEN_INVALID);
    DoseAssessment early =
        S.assess(
                BIRTH,
                LocalDate.of(2024, 5, 1),
                List.of(rv1, GivenDose.of("RV2", LocalDate.of(2024, 4, 16))))
            .dose("RV2")
            .orElseThrow();
    assertThat(early.explanation().en())
        .contains("less than 28 days after the previous dose")
        .contains("2024-04-17");
    // Without the previous dose the next one waits.
    DoseAssessment waiting =
        S.assess(BIRTH, LocalDate.of(2024, 5, 1), List.of()).dose("RV2").orElseThrow();
    assertThat(waiting.status()).isEqualTo(DoseStatus.NOT_YET_DUE);
    assertThat(waiting.dueFrom()).isEmpty();
    assertThat(waiting.explanation().id()).contains("menunggu dosis sebelumnya");
  }

  @Test
  void ipv2NeedsFourMonthsAfterIpv1() {
    // Dirjen P2P letter of 31 May 2023: IPV2 at 9 months, at least 4 months after IPV1.
    GivenDose ipv1 = GivenDose.of("IPV1", LocalDate.of(2024, 7, 1));
    DoseAssessment ipv2 =
        S.assess(BIRTH, LocalDate.of(2024, 10, 10), List.of(ipv1)).dose("IPV2").orElseThrow();
    assertThat(ipv2.dueFrom()).contains(LocalDate.of(2024, 11, 1));
    assertThat(ipv2.status()).isEqualTo(DoseStatus.NOT_YET_DUE);
  }

  private static List<GivenDose> idlOnSchedule(LocalDate birth) {
    return List.of(
        GivenDose.of("HB0", birth),
        GivenDose.of("BCG", birth.plusMonths(1)),
        GivenDose.of("OPV1", birth.plusMonths(1)),
        GivenDose.of("OPV2", birth.plusMonths(2)),
        GivenDose.of("DPT_HB_HIB1", birth.plusMonths(2)),
        GivenDose.of("PCV1", birth.plusMonths(2)),
        GivenDose.of("RV1", birth.plusMonths(2)),
        GivenDose.of("OPV3", birth.plusMonths(3)),
        GivenDose.of("DPT_HB_HIB2", birth.plusMonths(3)),
        GivenDose.of("PCV2", birth.plusMonths(3)),
        GivenDose.of("RV2", birth.plusMonths(3)),
        GivenDose.of("OPV4", birth.plusMonths(4)),
        GivenDose.of("DPT_HB_HIB3", birth.plusMonths(4)),
        GivenDose.of("IPV1", birth.plusMonths(4)),
        GivenDose.of("RV3", birth.plusMonths(4)),
        GivenDose.of("MR1", birth.plusMonths(9)),
        GivenDose.of("IPV2", birth.plusMonths(9)));
  }

  @Test
  void completeBasicImmunizationAtTwelveMonths() {
    List<GivenDose> all = idlOnSchedule(BIRTH);
    ImmunizationStatus st = S.assess(BIRTH, LocalDate.of(2024, 12, 1), all);
    assertThat(st.doses())
        .filteredOn(d -> d.givenOn().isPresent())
        .allSatisfy(d -> assertThat(d.status()).as(d.slot()).isEqualTo(DoseStatus.GIVEN_ON_TIME));
    assertThat(st.completeness("IDL").orElseThrow().state()).isEqualTo(Completeness.State.COMPLETE);
    assertThat(st.completeness("IBL").orElseThrow().state())
        .isEqualTo(Completeness.State.IN_PROGRESS);
    // Without MR1: in progress the day before 12 months, incomplete on the 12-month day.
    List<GivenDose> noMr = all.stream().filter(g -> !g.dose().equals("MR1")).toList();
    Completeness before =
        S.assess(BIRTH, LocalDate.of(2025, 1, 9), noMr).completeness("IDL").orElseThrow();
    assertThat(before.state()).isEqualTo(Completeness.State.IN_PROGRESS);
    assertThat(before.missing()).containsExactly("MR1");
    Completeness on =
        S.assess(BIRTH, LocalDate.of(2025, 1, 10), noMr).completeness("IDL").orElseThrow();
    assertThat(on.state()).isEqualTo(Completeness.State.INCOMPLETE);
    assertThat(on.assessedOn()).isEqualTo(LocalDate.of(2025, 1, 10));
    // MR1 given in catch-up at 12 months is valid but does not make IDL complete.
    List<GivenDose> lateMr = new java.util.ArrayList<>(noMr);
    lateMr.add(GivenDose.of("MR1", LocalDate.of(2025, 1, 10)));
    ImmunizationStatus late = S.assess(BIRTH, LocalDate.of(2025, 2, 1), lateMr);
    assertThat(late.dose("MR1").orElseThrow().status()).isEqualTo(DoseStatus.GIVEN_LATE);
    assertThat(late.completeness("IDL").orElseThrow().state())
        .isEqualTo(Completeness.State.INCOMPLETE);
  }

  @Test
  void hexavalentScheduleInAPilotProvinceAcceptsEarlierDptDoses() {
    LocalDate birth = LocalDate.of(2025, 8, 1);
    List<GivenDose> h =
        List.of(
            GivenDose.of("DPT_HB_HIB1", LocalDate.of(2025, 10, 1)),
            GivenDose.of("HEXA2", LocalDate.of(2025, 11, 1)));
    ImmunizationStatus st = S.assess(birth, LocalDate.of(2025, 12, 1), Optional.of("34"), h, false);
    assertThat(st.scheduleVersion()).isEqualTo("HEXA-PILOT-2025");
    assertThat(st.dose("DPT_HB_HIB1")).isEmpty();
    // IPV1 is a slot of its own: only the third hexavalent dose (or a separate IPV1) fills it.
    assertThat(st.dose("IPV1").orElseThrow().status()).isEqualTo(DoseStatus.DUE);
    DoseAssessment hexa1 = st.dose("HEXA1").orElseThrow();
    assertThat(hexa1.status()).isEqualTo(DoseStatus.GIVEN_ON_TIME);
    assertThat(hexa1.givenAs()).contains("DPT_HB_HIB1");
    assertThat(hexa1.explanation().en())
        .startsWith(
            "Hexavalent DTP-HepB-Hib-IPV 1 (DPT_HB_HIB1) " + "given on 2025-10-01 (age 2 months)");
    assertThat(st.dose("HEXA2").orElseThrow().status()).isEqualTo(DoseStatus.GIVEN_ON_TIME);
    assertThat(st.dose("HEXA3").orElseThrow().status()).isEqualTo(DoseStatus.DUE);
    // The same child in West Java (32) is still on the 2024 schedule until 2026.
    ImmunizationStatus jabar =
        S.assess(birth, LocalDate.of(2025, 12, 1), Optional.of("32"), h, false);
    assertThat(jabar.scheduleVersion()).isEqualTo("NIP-2024");
    assertThat(jabar.dose("DPT_HB_HIB2").orElseThrow().givenAs()).contains("HEXA2");
  }

  @Test
  void jeOnlyInEndemicDistrictsAndUnknownOrImpossibleInputsAreRejected() {
    LocalDate asOf = LocalDate.of(2024, 11, 15);
    assertThat(S.assess(BIRTH, asOf, List.of()).dose("JE")).isEmpty();
    assertThat(
            S.assess(BIRTH, asOf, Optional.empty(), List.of(), true)
                .dose("JE")
                .orElseThrow()
                .status())
        .isEqualTo(DoseStatus.DUE);
    ImmunizationStatus st = S.assess(BIRTH, asOf, List.of(GivenDose.of("JE", asOf)));
    assertThat(st.unmatched()).extracting(GivenDose::dose).containsExactly("JE");
    assertThatThrownBy(() -> S.assess(BIRTH, asOf, List.of(GivenDose.of("XYZ", asOf))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XYZ");
    assertThatThrownBy(
            () -> S.assess(BIRTH, asOf, List.of(GivenDose.of("BCG", BIRTH.minusDays(1)))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> S.assess(BIRTH, BIRTH.minusDays(1), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(GivenDose.of("dpt-hb-hib1", asOf).dose()).isEqualTo("DPT_HB_HIB1");
  }

  @Test
  void dosesAfterTheAsOfDateAreIgnored() {
    GivenDose later = GivenDose.of("BCG", LocalDate.of(2024, 3, 1));
    assertThat(status("BCG", LocalDate.of(2024, 2, 29), later)).isEqualTo(DoseStatus.DUE);
    assertThat(status("BCG", LocalDate.of(2024, 3, 1), later)).isEqualTo(DoseStatus.GIVEN_ON_TIME);
  }

  @Test
  void hb0IsDueOnTheBirthDayOnlyAndExpiresAtOneMonth() {
    assertThat(status("HB0", BIRTH)).isEqualTo(DoseStatus.DUE);
    assertThat(status("HB0", BIRTH.plusDays(1))).isEqualTo(DoseStatus.OVERDUE);
    assertThat(status("HB0", LocalDate.of(2024, 2, 9))).isEqualTo(DoseStatus.OVERDUE);
    assertThat(status("HB0", LocalDate.of(2024, 2, 10))).isEqualTo(DoseStatus.EXPIRED);
    LocalDate asOf = LocalDate.of(2024, 3, 1);
    assertThat(status("HB0", asOf, GivenDose.of("HB0", BIRTH.plusDays(7))))
        .isEqualTo(DoseStatus.GIVEN_ON_TIME);
    assertThat(status("HB0", asOf, GivenDose.of("HB0", BIRTH.plusDays(8))))
        .isEqualTo(DoseStatus.GIVEN_LATE);
  }

  @Test
  void anExpiredIdlDoseMakesIdlIncompleteBeforeTwelveMonths() {
    // No rotavirus dose by 7 months: RV1-3 expired, IDL can no longer be complete.
    List<GivenDose> noRv =
        idlOnSchedule(BIRTH).stream().filter(g -> !g.dose().startsWith("RV")).toList();
    Completeness c =
        S.assess(BIRTH, LocalDate.of(2024, 8, 10), noRv).completeness("IDL").orElseThrow();
    assertThat(c.state()).isEqualTo(Completeness.State.INCOMPLETE);
    assertThat(c.missing()).contains("RV1", "RV2", "RV3", "MR1");
    assertThat(
            S.assess(BIRTH, LocalDate.of(2024, 8, 9), noRv)
                .completeness("IDL")
                .orElseThrow()
                .state())
        .isEqualTo(Completeness.State.IN_PROGRESS);
  }

  @Test
  void everyCoreAntigenOfTheChildScheduleHasAKnownDoseCode() {
    Set<String> outside = new TreeSet<>();
    for (Immunization.Antigen a : Immunization.Antigen.values()) {
      if (!ImmunizationSchedule.standard().knownDoses().contains(GivenDose.code(a))) {
        outside.add(a.name());
      }
    }
    assertThat(outside)
        .as("only the school and adult doses are outside the child schedule")
        .containsExactly("DT", "HPV1", "HPV2", "TD1", "TD2", "TD3", "TD4", "TD5");
    assertThat(GivenDose.code(Immunization.Antigen.DPT_HB_HIB_2))
        .isEqualTo("DPT_HB_HIB2");
    assertThat(
            GivenDose.of(Immunization.Antigen.HEXAVALENT_3,
                    LocalDate.of(2026, 1, 1))
                .dose())
        .isEqualTo("HEXA3");
  }
}
