package id.posyandu.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.core.Age;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import id.posyandu.rules.schedule.internal.ScheduleData;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The examples of issue 24 (an independent check of KES-IDL against the domain texts), each as a
 * fixture: IPV2 less than 4 months after IPV1 under the hexavalent schedule, a pentavalent DPT-HB-Hib
 * 3 standing in for IPV1, an invalid early dose blocking a valid repeat; and the month-end birth.
 */
class ImmunizationScheduleIssue24Test {

  private static final ImmunizationSchedule S = ImmunizationSchedule.standard();

  /** Every IDL dose on its recommended day, with pentavalent DPT-HB-Hib 1-3 and a separate IPV1. */
  private static List<GivenDose> pentavalentOnSchedule(LocalDate birth) {
    List<GivenDose> h = new ArrayList<>();
    h.add(GivenDose.of("HB0", birth));
    h.add(GivenDose.of("BCG", at(birth, 1)));
    h.add(GivenDose.of("OPV1", at(birth, 1)));
    for (int n = 1; n <= 3; n++) {
      LocalDate d = at(birth, n + 1);
      h.add(GivenDose.of("OPV" + (n + 1), d));
      h.add(GivenDose.of("DPT_HB_HIB" + n, d));
      h.add(GivenDose.of("RV" + n, d));
      if (n < 3) {
        h.add(GivenDose.of("PCV" + n, d));
      }
    }
    h.add(GivenDose.of("IPV1", at(birth, 4)));
    h.add(GivenDose.of("MR1", at(birth, 9)));
    h.add(GivenDose.of("IPV2", at(birth, 9)));
    return h;
  }

  private static LocalDate at(LocalDate birth, int months) {
    return Age.reachedOn(birth, Period.ofMonths(months));
  }

  private static List<GivenDose> replace(List<GivenDose> h, String dose, GivenDose... with) {
    List<GivenDose> out = new ArrayList<>(h.stream().filter(g -> !g.dose().equals(dose)).toList());
    out.addAll(List.of(with));
    return out;
  }

  private static Completeness idl(LocalDate birth, LocalDate asOf, List<GivenDose> h) {
    return S.assess(birth, asOf, Optional.empty(), h, false).completeness("IDL").orElseThrow();
  }

  // ---- 1. IPV2 at least 4 months after IPV1, under every version ----

  @Test
  void ipv2FiftyFourDaysAfterIpv1IsInvalidUnderTheHexavalentSchedule() {
    // The issue's child: born 2025-09-11, IPV1 on 2026-06-25, IPV2 on 2026-08-18 (54 days),
    // every other dose valid; assessed in 2026-09, when the national hexavalent schedule is in force.
    LocalDate birth = LocalDate.of(2025, 9, 11);
    List<GivenDose> h =
        replace(
            replace(pentavalentOnSchedule(birth), "IPV1", GivenDose.of("IPV1", LocalDate.of(2026, 6, 25))),
            "IPV2",
            GivenDose.of("IPV2", LocalDate.of(2026, 8, 18)));
    ImmunizationStatus st = S.assess(birth, LocalDate.of(2026, 9, 30), Optional.empty(), h, false);
    assertThat(st.scheduleVersion()).isEqualTo("HEXA-NATIONAL-2026");
    DoseAssessment ipv2 = st.dose("IPV2").orElseThrow();
    assertThat(ipv2.status()).isEqualTo(DoseStatus.GIVEN_INVALID);
    assertThat(ipv2.explanation().en())
        .contains("less than 4 months after the previous dose (earliest 2026-10-25)");
    assertThat(st.dose("IPV1").orElseThrow().status()).isEqualTo(DoseStatus.GIVEN_ON_TIME);
    Completeness idl = st.completeness("IDL").orElseThrow();
    assertThat(idl.state()).isEqualTo(Completeness.State.INCOMPLETE);
    assertThat(idl.missing()).containsExactly("IPV2");
    // The same child with IPV1 at 6 months (4+ months before IPV2) is complete.
    List<GivenDose> ok = replace(h, "IPV1", GivenDose.of("IPV1", LocalDate.of(2026, 3, 11)));
    assertThat(idl(birth, LocalDate.of(2026, 9, 30), ok).state())
        .isEqualTo(Completeness.State.COMPLETE);
  }

  @Test
  void everyScheduleVersionChecksIpv2AgainstIpv1() {
    for (String version : List.of("NIP-2024", "HEXA-PILOT-2025", "HEXA-NATIONAL-2026")) {
      LocalDate birth =
          version.equals("NIP-2024") ? LocalDate.of(2024, 3, 5) : LocalDate.of(2025, 3, 5);
      Optional<String> province = version.equals("HEXA-PILOT-2025") ? Optional.of("51") : Optional.empty();
      LocalDate asOf = version.equals("HEXA-PILOT-2025") ? LocalDate.of(2025, 12, 31)
          : version.equals("NIP-2024") ? LocalDate.of(2024, 12, 31) : LocalDate.of(2026, 1, 31);
      List<GivenDose> h =
          replace(pentavalentOnSchedule(birth), "IPV1", GivenDose.of("IPV1", at(birth, 7)));
      ImmunizationStatus st = S.assess(birth, asOf, province, h, false);
      assertThat(st.scheduleVersion()).isEqualTo(version);
      assertThat(st.dose("IPV2").orElseThrow().status()).as(version)
          .isEqualTo(DoseStatus.GIVEN_INVALID);
    }
  }

  // ---- 2. only the hexavalent vaccine contains IPV ----

  @Test
  void aPentavalentDptHbHib3DoesNotStandInForIpv1() {
    LocalDate birth = LocalDate.of(2025, 9, 11);
    LocalDate asOf = LocalDate.of(2026, 9, 30);
    List<GivenDose> full = pentavalentOnSchedule(birth);
    assertThat(idl(birth, asOf, full).state()).isEqualTo(Completeness.State.COMPLETE);
    List<GivenDose> noIpv1 = replace(full, "IPV1");
    Completeness idl = idl(birth, asOf, noIpv1);
    assertThat(idl.state()).isEqualTo(Completeness.State.INCOMPLETE);
    assertThat(idl.missing()).contains("IPV1");
    // A hexavalent third dose contains IPV: it fills both HEXA3 and IPV1.
    List<GivenDose> hexa3 = replace(noIpv1, "DPT_HB_HIB3", GivenDose.of("HEXA3", at(birth, 4)));
    ImmunizationStatus st = S.assess(birth, asOf, Optional.empty(), hexa3, false);
    assertThat(st.dose("IPV1").orElseThrow().givenAs()).contains("HEXA3");
    assertThat(st.dose("HEXA3").orElseThrow().givenAs()).contains("HEXA3");
    assertThat(st.completeness("IDL").orElseThrow().state()).isEqualTo(Completeness.State.COMPLETE);
    // The 2024 schedule likewise (born 2024: NIP-2024 in force through 2025).
    LocalDate b24 = LocalDate.of(2024, 2, 1);
    assertThat(idl(b24, LocalDate.of(2025, 3, 1), replace(pentavalentOnSchedule(b24), "IPV1")).missing())
        .containsExactly("IPV1");
  }

  @Test
  void aTableThatLetsAPentavalentDoseFillAnIpvSlotDoesNotLoad() {
    Map<String, Set<String>> products =
        ScheduleData.products(ScheduleData.load("vaccine-products.tsv"));
    assertThat(products.get("DPT_HB_HIB3")).containsExactly("DTP");
    assertThat(products.get("HEXA3")).containsExactlyInAnyOrder("DTP", "IPV");
    String header =
        "slot\tseries\tnumber\taccepts\tearliest\trecommended\tdue_until\ton_time_until\tlatest"
            + "\tmin_interval\tprogramme\tcondition\tlabel_id\tlabel_en\n";
    ReferenceTable bad =
        ReferenceTable.parse(
            "bad.tsv",
            new StringReader(
                "# id: t\n# title: t\n# source: t\n# locator: t\n# confidence: B\n"
                    + header
                    + "IPV1\tIPV\t1\tIPV1 DPT_HB_HIB3\tP4M\tP4M\tP5M\tP12M\tP60M\t\tIDL\t\tI\tI\n"));
    assertThatThrownBy(() -> ScheduleData.doses(bad, products))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("DPT_HB_HIB3 contains [DTP], not IPV");
    ReferenceTable gap =
        ReferenceTable.parse(
            "gap.tsv",
            new StringReader(
                "# id: t\n# title: t\n# source: t\n# locator: t\n# confidence: B\n"
                    + header
                    + "IPV2\tIPV\t2\tIPV2\tP9M\tP9M\tP10M\tP12M\tP60M\tP4M\tIDL\t\tI\tI\n"));
    assertThatThrownBy(() -> ScheduleData.doses(gap, products))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("dose 1 of the series is not listed before it");
  }

  // ---- 3. the first valid dose of a slot counts ----

  @Test
  void anInvalidEarlyRv1DoesNotBlockAValidRepeat() {
    LocalDate birth = LocalDate.of(2024, 5, 20);
    LocalDate asOf = LocalDate.of(2025, 6, 1);
    List<GivenDose> valid = pentavalentOnSchedule(birth);
    assertThat(idl(birth, asOf, valid).state()).isEqualTo(Completeness.State.COMPLETE);
    List<GivenDose> withEarly = new ArrayList<>(valid);
    GivenDose early = GivenDose.of("RV1", at(birth, 1));
    withEarly.add(early);
    ImmunizationStatus st = S.assess(birth, asOf, Optional.empty(), withEarly, false);
    DoseAssessment rv1 = st.dose("RV1").orElseThrow();
    assertThat(rv1.status()).isEqualTo(DoseStatus.GIVEN_ON_TIME);
    assertThat(rv1.givenOn()).contains(at(birth, 2));
    assertThat(rv1.explanation().en()).contains("The earlier dose (RV1 " + early.given() + ") was invalid");
    assertThat(st.unmatched()).containsExactly(early);
    assertThat(st.completeness("IDL").orElseThrow().state()).isEqualTo(Completeness.State.COMPLETE);
    // Only the early dose: invalid, and IDL incomplete.
    List<GivenDose> onlyEarly = replace(valid, "RV1", early);
    ImmunizationStatus alone = S.assess(birth, asOf, Optional.empty(), onlyEarly, false);
    assertThat(alone.dose("RV1").orElseThrow().status()).isEqualTo(DoseStatus.GIVEN_INVALID);
    assertThat(alone.completeness("IDL").orElseThrow().missing()).contains("RV1");
  }

  @Test
  void aDoseTooSoonAfterThePreviousOneDoesNotBlockARepeatAfterTheInterval() {
    LocalDate birth = LocalDate.of(2024, 5, 20);
    List<GivenDose> h = new ArrayList<>(pentavalentOnSchedule(birth));
    // OPV2 at 3 months; OPV3 repeated: first 10 days after OPV2 (too soon), then 4 weeks after it.
    LocalDate opv2 = at(birth, 3);
    h = replace(h, "OPV2", GivenDose.of("OPV2", opv2));
    h = replace(h, "OPV3", GivenDose.of("OPV3", opv2.plusDays(10)),
        GivenDose.of("OPV3", opv2.plusDays(28)));
    h = replace(h, "OPV4", GivenDose.of("OPV4", opv2.plusDays(56)));
    ImmunizationStatus st = S.assess(birth, LocalDate.of(2025, 6, 1), Optional.empty(), h, false);
    assertThat(st.dose("OPV3").orElseThrow().givenOn()).contains(opv2.plusDays(28));
    assertThat(st.dose("OPV3").orElseThrow().status()).isEqualTo(DoseStatus.GIVEN_ON_TIME);
    assertThat(st.dose("OPV4").orElseThrow().status()).isEqualTo(DoseStatus.GIVEN_ON_TIME);
  }

  // ---- completed months: the schedule and growth monitoring agree ----

  @Test
  void aChildBornOnThe31stDecemberIsTwoMonthsOldOnThe1stMarch() {
    LocalDate birth = LocalDate.of(2025, 12, 31);
    // Growth monitoring: 1 completed month on 28 February (Age.completedMonths).
    assertThat(Age.completedMonths(birth, LocalDate.of(2026, 2, 28))).isEqualTo(1);
    // The schedule reads P2M the same way: DPT1 on 28 February is too early, on 1 March valid.
    assertThat(
            S.assess(birth, LocalDate.of(2026, 3, 5),
                    List.of(GivenDose.of("HEXA1", LocalDate.of(2026, 2, 28))))
                .dose("HEXA1").orElseThrow().status())
        .isEqualTo(DoseStatus.GIVEN_INVALID);
    DoseAssessment onTime =
        S.assess(birth, LocalDate.of(2026, 3, 5), List.of(GivenDose.of("HEXA1", LocalDate.of(2026, 3, 1))))
            .dose("HEXA1").orElseThrow();
    assertThat(onTime.status()).isEqualTo(DoseStatus.GIVEN_ON_TIME);
    assertThat(onTime.explanation().en()).contains("(age 2 months)");
  }

  @Test
  void idlOfAChildBornOn29FebruaryIsJudgedOn1March() {
    LocalDate birth = LocalDate.of(2024, 2, 29);
    List<GivenDose> h = replace(pentavalentOnSchedule(birth), "MR1");
    Completeness onFeb28 = idl(birth, LocalDate.of(2025, 2, 28), h);
    assertThat(onFeb28.state()).isEqualTo(Completeness.State.IN_PROGRESS);
    assertThat(onFeb28.assessedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
    List<GivenDose> lastDay = new ArrayList<>(h);
    lastDay.add(GivenDose.of("MR1", LocalDate.of(2025, 2, 28)));
    assertThat(idl(birth, LocalDate.of(2025, 3, 1), lastDay).state())
        .isEqualTo(Completeness.State.COMPLETE);
  }
}
