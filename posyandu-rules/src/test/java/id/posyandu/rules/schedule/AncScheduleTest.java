package id.posyandu.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.rules.schedule.AncContact.Provider;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ANC contacts by the juknis ILP "ANC terpadu": six contacts 1-2-3, doctor and USG at K1 and K5.
 */
class AncScheduleTest {

  private static final AncSchedule S = AncSchedule.standard();
  private static final LocalDate HPHT = LocalDate.of(2026, 1, 1);

  private static AncContact c(int day, Provider p, boolean usg) {
    return new AncContact(HPHT.plusDays(day), p, usg);
  }

  @Test
  void trimesterBoundariesInCompletedWeeks() {
    assertThat(S.trimester(0)).isEqualTo(1);
    assertThat(S.trimester(90)).isEqualTo(1); // 12 weeks 6 days
    assertThat(S.trimester(91)).isEqualTo(2); // 13 weeks
    assertThat(S.trimester(174)).isEqualTo(2); // 24 weeks 6 days
    assertThat(S.trimester(175)).isEqualTo(3); // 25 weeks
  }

  @Test
  void theOneTwoThreePatternWithTwoDoctorContactsIsComplete() {
    List<AncContact> six =
        List.of(
            c(60, Provider.DOCTOR, true),
            c(110, Provider.MIDWIFE, false),
            c(150, Provider.MIDWIFE, false),
            c(180, Provider.MIDWIFE, false),
            c(220, Provider.DOCTOR, true),
            c(250, Provider.MIDWIFE, false));
    AncStatus st = S.assess(HPHT, HPHT.plusDays(260), six);
    assertThat(st.complete()).isTrue();
    assertThat(st.k1InTrimester1()).isTrue();
    assertThat(st.contacts())
        .extracting(AncStatus.Labelled::label)
        .containsExactly("K1", "K2", "K3", "K4", "K5", "K6");
    assertThat(st.trimesters())
        .extracting(AncStatus.TrimesterCount::state)
        .containsOnly(AncStatus.State.MET);
    assertThat(st.explanation().id())
        .contains("6 kontak ANC (TM1 1/1, TM2 2/2, TM3 3/3")
        .contains("ANC lengkap.");
  }

  @Test
  void k5WithAMidwifeLeavesTheDoctorRequirementUnmet() {
    List<AncContact> six =
        List.of(
            c(60, Provider.DOCTOR, true),
            c(110, Provider.MIDWIFE, false),
            c(150, Provider.MIDWIFE, false),
            c(180, Provider.MIDWIFE, false),
            c(220, Provider.MIDWIFE, true),
            c(250, Provider.MIDWIFE, false));
    AncStatus st = S.assess(HPHT, HPHT.plusDays(260), six);
    assertThat(st.doctorContactsMet()).isFalse();
    assertThat(st.complete()).isFalse();
    assertThat(st.contacts().get(4).requirementMet()).isFalse();
    assertThat(st.explanation().en()).contains("doctor contacts with ultrasound (K1, K5): not met");
  }

  @Test
  void aTrimesterIsMissedOnlyOnceItIsOver() {
    List<AncContact> late = List.of(c(100, Provider.DOCTOR, true));
    assertThat(S.assess(HPHT, HPHT.plusDays(90), List.of()).trimesters().get(0).state())
        .isEqualTo(AncStatus.State.PENDING);
    AncStatus st = S.assess(HPHT, HPHT.plusDays(120), late);
    assertThat(st.trimesters().get(0).state()).isEqualTo(AncStatus.State.MISSED);
    assertThat(st.trimesters().get(1).state()).isEqualTo(AncStatus.State.PENDING);
    assertThat(st.k1InTrimester1()).isFalse();
    assertThat(st.gestationalAgeDays()).isEqualTo(120);
    assertThatThrownBy(() -> S.assess(HPHT, HPHT.minusDays(1), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
