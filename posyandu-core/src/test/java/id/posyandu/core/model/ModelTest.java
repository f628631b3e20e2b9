package id.posyandu.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.core.LifeStage;
import id.posyandu.core.MaternalState;
import id.posyandu.core.Sex;
import id.posyandu.core.validation.PosyanduValidator;
import id.posyandu.core.validation.Violation;
import id.posyandu.core.testing.ValidInstances;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {

  static Resident.Builder siti() {
    return Resident.builder().id("r-1").name("Siti Rahmawati").sex(Sex.FEMALE)
        .birthDate(LocalDate.of(1996, 4, 2)).householdId("h-1")
        .relationToHead(RelationToHead.ISTRI);
  }

  @Test
  void residentsWithoutADisabilityShareOneEmptySetAndOthersKeepTheirs() {
    Resident none = siti().build();
    assertThat(none.disabilities()).isEmpty();
    assertThat(none.disabilities()).isSameAs(siti().id("r-2").build().disabilities());
    Resident some = siti().addDisabilities(Disability.values()[0]).build();
    assertThat(some.disabilities()).containsExactly(Disability.values()[0]);
    assertThat(siti().from(some).build().disabilities()).containsExactly(Disability.values()[0]);
  }

  @Test
  void toStringMasksTheName() {
    String s = siti().build().toString();
    assertThat(s).doesNotContain("Siti").doesNotContain("Rahmawati").contains("name=****")
        .contains("r-1");
  }

  @Test
  void violationOfANameIsMasked() {
    List<Violation> vs = PosyanduValidator.asOf(LocalDate.of(2025, 1, 1))
        .validate(siti().name("Siti " + "x".repeat(200)).build());
    assertThat(vs).extracting(Violation::code).containsExactly("SIZE");
    assertThat(vs.get(0).invalidValue()).contains("****");
    assertThat(vs.toString()).doesNotContain("Siti");
  }

  @Test
  void buildersRejectMissingMandatoryAttributes() {
    assertThatThrownBy(() -> Resident.builder().id("r").name("A").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sex").hasMessageContaining("birthDate");
    assertThatThrownBy(() -> Pregnancy.builder().id("p").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("residentId");
    assertThatThrownBy(() -> ServiceRequest.StatusChange.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("status");
  }

  @Test
  void buildersRejectNulls() {
    assertThatThrownBy(() -> siti().name(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void pregnancyGivesTheMaternalStateOnADate() {
    Pregnancy p = Pregnancy.builder().id("p").residentId("r-1")
        .lastMenstrualPeriod(LocalDate.of(2025, 1, 1)).outcome(PregnancyOutcome.LIVE_BIRTH)
        .outcomeDate(LocalDate.of(2025, 10, 1)).build();
    assertThat(p.stateOn(LocalDate.of(2024, 12, 31))).isEqualTo(MaternalState.NONE);
    assertThat(p.stateOn(LocalDate.of(2025, 1, 1)).pregnant()).isTrue();
    assertThat(p.stateOn(LocalDate.of(2025, 10, 1)))
        .isEqualTo(MaternalState.deliveredOn(LocalDate.of(2025, 10, 1)));
    Resident r = siti().build();
    assertThat(id.posyandu.core.LifeStages.of(r.birthDate(), r.sex(),
        p.stateOn(LocalDate.of(2025, 10, 20)), LocalDate.of(2025, 10, 20)))
        .containsExactly(LifeStage.IBU_NIFAS, LifeStage.USIA_PRODUKTIF);
  }

  @Test
  void pregnancyKnownByHplStarts280DaysBefore() {
    Pregnancy p = Pregnancy.builder().id("p").residentId("r")
        .estimatedDeliveryDate(LocalDate.of(2025, 12, 1)).build();
    assertThat(p.start()).contains(LocalDate.of(2025, 12, 1).minusDays(280));
  }

  @Test
  void serviceRequestStatusIsTheLastOfItsHistory() {
    ServiceRequest r = ServiceRequest.builder().id("s").posyandu(ValidInstances.POSYANDU).area(id.posyandu.core.SpmArea.SOSIAL)
        .addHistory(ServiceRequest.StatusChange.builder().status(ServiceRequest.Status.RECEIVED)
            .date(LocalDate.of(2025, 1, 1)).build())
        .addHistory(ServiceRequest.StatusChange.builder().status(ServiceRequest.Status.VERIFIED)
            .date(LocalDate.of(2025, 1, 2)).build())
        .build();
    assertThat(r.status()).isEqualTo(ServiceRequest.Status.VERIFIED);
  }
}
