package id.posyandu.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.rules.schedule.AncContact.Provider;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the ANC and supplement schedules over generated histories (seeded). */
class AncAndSupplementProperties {

  @Test
  void ancCompleteImpliesSixContactsTheOneTwoThreePatternAndBothDoctorContacts() {
    long seed = 31L;
    Random r = new Random(seed);
    AncSchedule s = AncSchedule.standard();
    LocalDate hpht = LocalDate.of(2026, 1, 1);
    for (int n = 0; n < 2000; n++) {
      List<AncContact> cs = new ArrayList<>();
      int k = r.nextInt(10);
      for (int i = 0; i < k; i++) {
        cs.add(new AncContact(hpht.plusDays(r.nextInt(280)),
            Provider.values()[r.nextInt(3)], r.nextBoolean()));
      }
      AncStatus st = s.assess(hpht, hpht.plusDays(r.nextInt(300)), cs);
      int done = st.trimesters().stream().mapToInt(AncStatus.TrimesterCount::done).sum();
      assertThat(done).as("seed %d", seed).isEqualTo(st.contacts().size());
      if (st.complete()) {
        assertThat(st.contacts().size()).as("seed %d", seed).isGreaterThanOrEqualTo(6);
        assertThat(st.k1InTrimester1()).as("seed %d", seed).isTrue();
        assertThat(st.contacts().get(0).contact().provider()).as("seed %d", seed)
            .isEqualTo(Provider.DOCTOR);
        assertThat(st.contacts().get(4).contact().provider()).as("seed %d", seed)
            .isEqualTo(Provider.DOCTOR);
        assertThat(st.contacts().get(4).trimester()).as("seed %d", seed).isEqualTo(3);
      }
      for (AncStatus.TrimesterCount c : st.trimesters()) {
        if (c.state() == AncStatus.State.MISSED) {
          assertThat(c.done()).as("seed %d", seed).isLessThan(c.required());
        }
      }
    }
  }

  @Test
  void vitaminAIsGivenOnlyWithACapsuleInTheRoundAndOnlyToChildrenSixToFiftyNineMonths() {
    long seed = 8L;
    Random r = new Random(seed);
    SupplementSchedules s = SupplementSchedules.standard();
    for (int n = 0; n < 2000; n++) {
      LocalDate birth = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(2000));
      LocalDate asOf = birth.plusDays(r.nextInt(2200));
      List<LocalDate> caps = new ArrayList<>();
      for (int i = r.nextInt(4); i > 0; i--) {
        caps.add(birth.plusDays(r.nextInt(2200)));
      }
      SupplementStatus st = s.vitaminA(birth, asOf, caps);
      if (st.state() == SupplementStatus.State.GIVEN) {
        YearMonth round = YearMonth.from(asOf).getMonthValue() % 6 == 2 ? YearMonth.from(asOf)
            : null;
        assertThat(caps.stream().anyMatch(d -> !d.isAfter(asOf)
            && (round == null || YearMonth.from(d).equals(round)))).as("seed %d", seed).isTrue();
      }
      if (st.state() == SupplementStatus.State.DUE) {
        assertThat(asOf).as("seed %d", seed).isAfterOrEqualTo(birth.plusMonths(6))
            .isBefore(birth.plusMonths(60));
        assertThat(asOf.getMonthValue()).as("seed %d", seed).isIn(2, 8);
      }
    }
  }
}
