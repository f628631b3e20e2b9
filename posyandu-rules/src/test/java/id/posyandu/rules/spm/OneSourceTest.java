package id.posyandu.rules.spm;

import static id.posyandu.rules.spm.SixSpmCriteriaTest.test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.core.Sex;
import id.posyandu.core.record.AncContact;
import id.posyandu.core.record.Immunization;
import id.posyandu.core.record.Supplement;
import id.posyandu.core.record.TbSymptomScreening;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.schedule.AncSchedule;
import id.posyandu.rules.schedule.Completeness;
import id.posyandu.rules.schedule.DoseStatus;
import id.posyandu.rules.schedule.GivenDose;
import id.posyandu.rules.schedule.ImmunizationSchedule;
import id.posyandu.rules.schedule.ImmunizationStatus;
import id.posyandu.rules.schedule.SupplementSchedules;
import id.posyandu.rules.schedule.SupplementStatus;
import id.posyandu.rules.screening.Screening;
import id.posyandu.rules.screening.TbSymptom;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One source for every threshold: the six-SPM criteria that a schedule or screening rule owns
 * agree with that rule at its boundaries and over generated inputs, and {@code
 * spm_thresholds.tsv} holds none of their values.
 */
class OneSourceTest {

  static final YearMonth MARCH = YearMonth.of(2026, 3);

  static Immunization dose(Immunization.Antigen a) {
    return Immunization.builder().antigen(a).build();
  }

  /**
   * Every IDL dose of the 2024 national schedule at its recommended age, except MR1: HB0 at birth;
   * BCG, OPV1 at 1 month; OPV2, DPT-HB-Hib 1 (or hexavalent 1), PCV1, RV1 at 2; the second doses
   * at 3; OPV4, DPT-HB-Hib 3 + IPV1 (or hexavalent 3), RV3 at 4; IPV2 at 9 months.
   */
  static void giveIdlExceptMr1(World w, String id, LocalDate birth, boolean hexavalent) {
    w.visit(id, birth, dose(Immunization.Antigen.HB0));
    w.visit(id, birth.plusMonths(1), dose(Immunization.Antigen.BCG),
        dose(Immunization.Antigen.OPV1));
    w.visit(id, birth.plusMonths(2), dose(Immunization.Antigen.OPV2),
        dose(hexavalent ? Immunization.Antigen.HEXAVALENT_1 : Immunization.Antigen.DPT_HB_HIB_1),
        dose(Immunization.Antigen.PCV1), dose(Immunization.Antigen.RV1));
    w.visit(id, birth.plusMonths(3), dose(Immunization.Antigen.OPV3),
        dose(hexavalent ? Immunization.Antigen.HEXAVALENT_2 : Immunization.Antigen.DPT_HB_HIB_2),
        dose(Immunization.Antigen.PCV2), dose(Immunization.Antigen.RV2));
    if (hexavalent) {
      w.visit(id, birth.plusMonths(4), dose(Immunization.Antigen.OPV4),
          dose(Immunization.Antigen.HEXAVALENT_3), dose(Immunization.Antigen.RV3));
    } else {
      w.visit(id, birth.plusMonths(4), dose(Immunization.Antigen.OPV4),
          dose(Immunization.Antigen.DPT_HB_HIB_3), dose(Immunization.Antigen.IPV1),
          dose(Immunization.Antigen.RV3));
    }
    w.visit(id, birth.plusMonths(9), dose(Immunization.Antigen.IPV2));
  }

  @Nested
  class Thresholds {

    @Test
    void spmThresholdsHoldExactlyTheSpmOnlyKeys() {
      assertThat(SpmReference.INSTANCE.thresholds.keySet())
          .containsExactlyInAnyOrderElementsOf(SpmReference.SPM_ONLY_KEYS);
    }

    @Test
    void aCopyOfAScheduleOrScreeningValueIsRejectedOnLoad() {
      Set<String> keys = new HashSet<>(SpmReference.SPM_ONLY_KEYS);
      keys.add("tb_min_symptoms_for_referral");
      assertThatThrownBy(() -> SpmReference.checkSpmOnly(keys))
          .isInstanceOf(ReferenceDataException.class)
          .hasMessageContaining("tb_min_symptoms_for_referral");
      Set<String> fewer = new HashSet<>(SpmReference.SPM_ONLY_KEYS);
      fewer.remove("balita_min_weighings_year");
      assertThatThrownBy(() -> SpmReference.checkSpmOnly(fewer))
          .hasMessageContaining("balita_min_weighings_year");
    }

    @Test
    void noSpmOnlyKeyNamesAValueThatAScheduleOrScreeningOwns() {
      for (String key : SpmReference.SPM_ONLY_KEYS) {
        assertThat(key).as("owned by rules.schedule or rules.screening")
            .doesNotStartWith("ttd_").doesNotStartWith("anc_").doesNotStartWith("idl_")
            .doesNotStartWith("tb_").doesNotStartWith("vitamin_a").doesNotStartWith("kek_")
            .doesNotStartWith("bp_").doesNotContain("immuni");
      }
    }
  }

  @Nested
  class Tb {

    final World w = new World();

    boolean presumptive(Set<TbSymptomScreening.Symptom> symptoms) {
      String id = "r" + w.residents.size();
      w.child(id, Sex.MALE, LocalDate.of(1980, 1, 1));
      w.visit(id, LocalDate.of(2026, 3, 10),
          TbSymptomScreening.builder().symptoms(symptoms).build());
      return test("TB_PRESUMPTIVE_IN_PERIOD", w.residentSubject(id), MARCH,
          MARCH.atEndOfMonth());
    }

    @Test
    void oneSymptomIsNotPresumptiveTbAndTwoAre() {
      assertThat(presumptive(Set.of())).isFalse();
      assertThat(presumptive(Set.of(TbSymptomScreening.Symptom.COUGH_2_WEEKS)))
          .as("1 symptom: the old spm row said yes, tb-symptoms.tsv says no").isFalse();
      assertThat(presumptive(Set.of(TbSymptomScreening.Symptom.COUGH_2_WEEKS,
          TbSymptomScreening.Symptom.NIGHT_SWEATS))).isTrue();
    }

    @Test
    void everySymptomSetAgreesWithTheScreeningPackage() {
      TbSymptomScreening.Symptom[] all = TbSymptomScreening.Symptom.values();
      for (int mask = 0; mask < 1 << all.length; mask++) {
        Set<TbSymptomScreening.Symptom> found = EnumSet.noneOf(TbSymptomScreening.Symptom.class);
        Map<TbSymptom, Boolean> answers = new EnumMap<>(TbSymptom.class);
        for (TbSymptom s : TbSymptom.values()) {
          answers.put(s, false);
        }
        for (int i = 0; i < all.length; i++) {
          if ((mask & 1 << i) != 0) {
            found.add(all[i]);
            answers.put(tbSymptom(all[i]), true);
          }
        }
        boolean owner = "PRESUMPTIVE_TB".equals(
            Screening.standard().tbSymptoms(answers).category());
        assertThat(SixSpmCriteria.tbPresumptive(
            TbSymptomScreening.builder().symptoms(found).build())).as("symptoms " + found)
            .isEqualTo(owner);
      }
    }

    /** The screening package's name of a symptom of the core record. */
    static TbSymptom tbSymptom(TbSymptomScreening.Symptom s) {
      return switch (s) {
        case COUGH_2_WEEKS -> TbSymptom.COUGH_2_WEEKS;
        case FEVER_2_WEEKS -> TbSymptom.FEVER_2_WEEKS;
        case WEIGHT_NOT_GAINED_2_MONTHS -> TbSymptom.WEIGHT_LOSS;
        case TB_CONTACT -> TbSymptom.TB_CONTACT;
        case MALAISE -> TbSymptom.MALAISE;
        case NIGHT_SWEATS -> TbSymptom.NIGHT_SWEATS;
        case HAEMOPTYSIS -> TbSymptom.HAEMOPTYSIS;
        case DYSPNOEA -> TbSymptom.DYSPNOEA;
      };
    }

    @Test
    void everyCoreSymptomMapsToADistinctScreeningSymptom() {
      Set<TbSymptom> mapped = EnumSet.noneOf(TbSymptom.class);
      for (TbSymptomScreening.Symptom s : TbSymptomScreening.Symptom.values()) {
        mapped.add(tbSymptom(s));
      }
      assertThat(mapped).containsExactlyInAnyOrder(TbSymptom.values());
    }
  }

  @Nested
  class Ttd {

    static final LocalDate LMP = LocalDate.of(2025, 6, 1);

    boolean ninety(int... quantities) {
      World w = new World();
      w.child("m", Sex.FEMALE, LocalDate.of(2000, 1, 1));
      w.pregnancy("p", "m", LMP, LocalDate.of(2026, 3, 5));
      int week = 8;
      for (int q : quantities) {
        w.visit("m", LMP.plusWeeks(week), Supplement.builder().kind(Supplement.Kind.TTD)
            .quantity(q).build());
        week += 4;
      }
      return test("TTD_90_TABLETS", w.subjects().pregnancies().get(0), MARCH,
          MARCH.atEndOfMonth());
    }

    @Test
    void eightyNineTabletsAreNotEnoughAndNinetyAre() {
      assertThat(ninety(60, 29)).isFalse();
      assertThat(ninety(60, 30)).isTrue();
      assertThat(ninety(30, 30, 30, 1)).isTrue();
    }

    @Test
    void theCriterionAgreesWithTheIronFolicSchedule() {
      long seed = 20261125L;
      Random rnd = new Random(seed);
      for (int i = 0; i < 200; i++) {
        int a = rnd.nextInt(100) + 1;
        int b = rnd.nextInt(60) + 1;
        boolean owner = SupplementSchedules.standard()
            .ironFolicPregnancy(LMP, MARCH.atEndOfMonth(), a + b).state()
            == SupplementStatus.State.TARGET_MET;
        assertThat(ninety(a, b)).as("seed " + seed + ": " + a + " + " + b).isEqualTo(owner);
      }
    }
  }

  @Nested
  class Anc {

    static final LocalDate LMP = LocalDate.of(2025, 6, 1);
    static final LocalDate END = LocalDate.of(2026, 3, 5);

    World w;

    PregnancySubject pregnancy() {
      return w.subjects().pregnancies().get(0);
    }

    void newPregnancy() {
      w = new World();
      w.child("m", Sex.FEMALE, LocalDate.of(2000, 1, 1));
      w.pregnancy("p", "m", LMP, END);
    }

    void contact(LocalDate day, AncContact.Provider who, boolean usg) {
      int weeks = (int) Math.max(1, java.time.temporal.ChronoUnit.WEEKS.between(LMP, day));
      w.visit("m", day, AncContact.builder().pregnancyId("p").gestationalAgeWeeks(weeks)
          .provider(who).ultrasound(usg).build());
    }

    @Test
    void aFirstContactInWeek12IsInTrimester1AndInWeek13IsNot() {
      newPregnancy();
      contact(LMP.plusDays(90), AncContact.Provider.MIDWIFE, false);
      assertThat(test("K1_IN_TRIMESTER_1", pregnancy(), MARCH, MARCH.atEndOfMonth()))
          .as("day 90 = 12 weeks 6 days").isTrue();
      newPregnancy();
      contact(LMP.plusDays(91), AncContact.Provider.MIDWIFE, false);
      assertThat(test("K1_IN_TRIMESTER_1", pregnancy(), MARCH, MARCH.atEndOfMonth()))
          .as("day 91 = 13 weeks").isFalse();
      assertThat(AncSchedule.standard().trimester(90)).isEqualTo(1);
      assertThat(AncSchedule.standard().trimester(91)).isEqualTo(2);
    }

    void sixContacts(int thirdTrimesterFirstDay, boolean k5Usg) {
      newPregnancy();
      contact(LMP.plusWeeks(10), AncContact.Provider.DOCTOR, true);
      contact(LMP.plusWeeks(16), AncContact.Provider.MIDWIFE, false);
      contact(LMP.plusWeeks(22), AncContact.Provider.MIDWIFE, false);
      contact(LMP.plusDays(thirdTrimesterFirstDay), AncContact.Provider.MIDWIFE, false);
      contact(LMP.plusWeeks(32), AncContact.Provider.DOCTOR, k5Usg);
      contact(LMP.plusWeeks(36), AncContact.Provider.MIDWIFE, false);
    }

    @Test
    void k6NeedsThreeContactsFromDay175AndADoctorWithUltrasoundAtK5() {
      sixContacts(175, true);
      assertThat(test("K6_COMPLETE", pregnancy(), MARCH, MARCH.atEndOfMonth())).isTrue();
      sixContacts(174, true);
      assertThat(test("K6_COMPLETE", pregnancy(), MARCH, MARCH.atEndOfMonth()))
          .as("the 4th contact on day 174 is in trimester 2: only 2 in trimester 3").isFalse();
      sixContacts(175, false);
      assertThat(test("K6_COMPLETE", pregnancy(), MARCH, MARCH.atEndOfMonth()))
          .as("K5 by a doctor without ultrasound").isFalse();
    }

    @Test
    void theCriteriaAgreeWithTheAncScheduleOnGeneratedContacts() {
      long seed = 20261126L;
      Random rnd = new Random(seed);
      AncContact.Provider[] who = AncContact.Provider.values();
      for (int i = 0; i < 300; i++) {
        newPregnancy();
        List<id.posyandu.rules.schedule.AncContact> mine = new ArrayList<>();
        int n = rnd.nextInt(9);
        LocalDate day = LMP.plusDays(rnd.nextInt(60) + 7);
        for (int k = 0; k < n && day.isBefore(END); k++) {
          AncContact.Provider p = who[rnd.nextInt(who.length)];
          boolean usg = rnd.nextBoolean();
          contact(day, p, usg);
          mine.add(new id.posyandu.rules.schedule.AncContact(day, PregnancyCriteria.provider(p),
              usg));
          day = day.plusDays(rnd.nextInt(50) + 1);
        }
        LocalDate asOf = LMP.plusDays(rnd.nextInt(300));
        YearMonth month = YearMonth.from(asOf);
        var owner = AncSchedule.standard().assess(LMP, asOf, mine);
        assertThat(test("K6_COMPLETE", pregnancy(), month, asOf)).as("seed " + seed + " #" + i)
            .isEqualTo(owner.complete());
        assertThat(test("K1_IN_TRIMESTER_1", pregnancy(), month, asOf))
            .as("seed " + seed + " #" + i).isEqualTo(owner.k1InTrimester1());
      }
    }
  }

  @Nested
  class Idl {

    @Test
    void idlIsCompleteWithHexavalentDosesAndWithDptHbHibPlusIpv() {
      World w = new World();
      LocalDate birth = LocalDate.of(2025, 3, 10);
      w.child("hexa", Sex.FEMALE, birth);
      w.child("penta", Sex.MALE, birth);
      giveIdlExceptMr1(w, "hexa", birth, true);
      giveIdlExceptMr1(w, "penta", birth, false);
      for (String id : List.of("hexa", "penta")) {
        w.visit(id, birth.plusMonths(9), dose(Immunization.Antigen.MR1));
        assertThat(test("IDL_COMPLETE", w.residentSubject(id), MARCH, birth.plusMonths(12)))
            .as(id).isTrue();
      }
    }

    @Test
    void underTheNip2024ScheduleIpv1OrHexavalent3CompletesIdl() {
      World w = new World();
      LocalDate birth = LocalDate.of(2024, 3, 10);
      w.child("hexa", Sex.FEMALE, birth);
      w.child("penta", Sex.MALE, birth);
      giveIdlExceptMr1(w, "hexa", birth, true);
      giveIdlExceptMr1(w, "penta", birth, false);
      YearMonth march2025 = YearMonth.of(2025, 3);
      assertThat(ImmunizationSchedule.standard().versionName(Optional.of("31"),
          march2025.atEndOfMonth())).isEqualTo("NIP-2024");
      for (String id : List.of("hexa", "penta")) {
        w.visit(id, birth.plusMonths(9), dose(Immunization.Antigen.MR1));
        assertThat(test("IDL_COMPLETE", w.residentSubject(id), march2025,
            march2025.atEndOfMonth())).as(id).isTrue();
      }
    }

    @Test
    void theOldElevenDoseListIsNoLongerEnough() {
      World w = new World();
      LocalDate birth = LocalDate.of(2025, 3, 10);
      w.child("c", Sex.FEMALE, birth);
      w.visit("c", birth, dose(Immunization.Antigen.HB0));
      w.visit("c", birth.plusMonths(1), dose(Immunization.Antigen.BCG),
          dose(Immunization.Antigen.OPV1));
      w.visit("c", birth.plusMonths(2), dose(Immunization.Antigen.OPV2),
          dose(Immunization.Antigen.HEXAVALENT_1));
      w.visit("c", birth.plusMonths(3), dose(Immunization.Antigen.OPV3),
          dose(Immunization.Antigen.HEXAVALENT_2));
      w.visit("c", birth.plusMonths(4), dose(Immunization.Antigen.OPV4),
          dose(Immunization.Antigen.HEXAVALENT_3));
      w.visit("c", birth.plusMonths(9), dose(Immunization.Antigen.MR1));
      assertThat(test("IDL_COMPLETE", w.residentSubject("c"), MARCH, birth.plusMonths(12)))
          .as("PCV1-2, RV1-3 and IPV2 are IDL doses from 2024 [B]").isFalse();
    }

    @Test
    void theCriteriaAgreeWithTheImmunizationScheduleOnGeneratedHistories() {
      long seed = 20261127L;
      Random rnd = new Random(seed);
      Immunization.Antigen[] antigens = Immunization.Antigen.values();
      for (int i = 0; i < 200; i++) {
        World w = new World();
        LocalDate birth = LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(700));
        w.child("c", Sex.MALE, birth);
        List<GivenDose> history = new ArrayList<>();
        int n = rnd.nextInt(25);
        for (int k = 0; k < n; k++) {
          Immunization.Antigen a = antigens[rnd.nextInt(antigens.length)];
          LocalDate day = birth.plusDays(rnd.nextInt(500));
          w.visit("c", day, dose(a));
          if (ImmunizationSchedule.standard().knownDoses().contains(GivenDose.code(a))) {
            history.add(GivenDose.of(a, day));
          }
        }
        LocalDate asOf = birth.plusDays(rnd.nextInt(700));
        if (asOf.isBefore(LocalDate.of(2024, 1, 1))) {
          continue;
        }
        ImmunizationStatus owner = ImmunizationSchedule.standard()
            .assess(birth, asOf, Optional.of("31"), history, false);
        Completeness idl = owner.completeness("IDL").orElseThrow();
        boolean overdue = SixSpmCriteria.months(birth, asOf) < SixSpmCriteria.BALITA_END_MONTHS
            && idl.missing().stream().anyMatch(s ->
                owner.dose(s).orElseThrow().status() == DoseStatus.OVERDUE);
        YearMonth month = YearMonth.from(asOf);
        assertThat(test("IDL_COMPLETE", w.residentSubject("c"), month, asOf))
            .as("seed " + seed + " #" + i).isEqualTo(idl.state() == Completeness.State.COMPLETE);
        assertThat(test("IMMUNIZATION_OVERDUE", w.residentSubject("c"), month, asOf))
            .as("seed " + seed + " #" + i).isEqualTo(overdue);
      }
    }
  }

  @Nested
  class VitaminA {

    @Test
    void aBlueCapsuleCountsFromTheDayTheChildIsSixMonthsOld() {
      World w = new World();
      LocalDate birth = LocalDate.of(2025, 8, 15);
      w.child("early", Sex.MALE, birth);
      w.child("onTime", Sex.MALE, birth);
      w.visit("early", birth.plusMonths(6).minusDays(1),
          Supplement.builder().kind(Supplement.Kind.VITAMIN_A_BLUE).build());
      w.visit("onTime", birth.plusMonths(6),
          Supplement.builder().kind(Supplement.Kind.VITAMIN_A_BLUE).build());
      YearMonth feb = YearMonth.of(2026, 2);
      assertThat(test("VITAMIN_A_IN_PERIOD", w.residentSubject("early"), feb, feb.atEndOfMonth()))
          .isFalse();
      assertThat(test("VITAMIN_A_IN_PERIOD", w.residentSubject("onTime"), feb,
          feb.atEndOfMonth())).isTrue();
    }

    @Test
    void theVitaminAAgeGroupsAgreeWithTheCapsuleOfTheSchedule() {
      long seed = 20261128L;
      Random rnd = new Random(seed);
      for (int i = 0; i < 20_000; i++) {
        LocalDate birth = LocalDate.of(2019, 1, 1).plusDays(rnd.nextInt(2_500));
        LocalDate day = birth.plusDays(rnd.nextInt(2_000));
        long m = SixSpmCriteria.months(birth, day);
        Optional<String> capsule = SupplementSchedules.standard().vitaminACapsule(birth, day);
        String expected = m >= SixSpmCriteria.VITAMIN_A_START_MONTHS
            && m < SixSpmCriteria.INFANT_END_MONTHS ? "BLUE"
            : m >= SixSpmCriteria.INFANT_END_MONTHS && m < SixSpmCriteria.BALITA_END_MONTHS
                ? "RED" : null;
        assertThat(capsule.orElse(null)).as("seed " + seed + ": " + birth + " " + day)
            .isEqualTo(expected);
      }
    }
  }

  @Nested
  class AdolescentGirls {

    @Test
    void theRemajaPutriAgesAgreeWithTheWeeklyTtdSchedule() {
      long seed = 20261129L;
      Random rnd = new Random(seed);
      for (int i = 0; i < 5_000; i++) {
        LocalDate birth = LocalDate.of(2000, 1, 1).plusDays(rnd.nextInt(7_000));
        LocalDate day = birth.plusDays(rnd.nextInt(9_000));
        long y = SixSpmCriteria.years(birth, day);
        boolean group = y >= SixSpmCriteria.REMAJA_PUTRI_START_YEARS
            && y <= SixSpmCriteria.REMAJA_PUTRI_LAST_YEAR;
        boolean target = SupplementSchedules.standard()
            .ironFolicAdolescentGirl(Sex.FEMALE, birth, day, List.of()).state()
            != SupplementStatus.State.NOT_ELIGIBLE;
        assertThat(group).as("seed " + seed + ": " + birth + " " + day).isEqualTo(target);
      }
    }
  }
}
