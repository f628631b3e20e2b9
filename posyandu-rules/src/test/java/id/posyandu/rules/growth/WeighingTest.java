package id.posyandu.rules.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.BloodPressure;
import id.posyandu.core.record.KiaBook;
import id.posyandu.core.record.ServiceRecord;
import id.posyandu.core.record.Visit;
import id.posyandu.core.record.VisitSetting;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeighingTest {

  private static Visit visit(String date, ServiceRecord... records) {
    return Visit.builder().id("v" + date).residentId("r1").kaderId("k1")
        .posyandu(PosyanduRegistrationNumber.parse("32.04.01.2001.001"))
        .date(LocalDate.parse(date)).setting(VisitSetting.POSYANDU_SESSION).addRecords(records)
        .build();
  }

  @Test
  void weighingsComeFromTheAnthropometryOfVisitsUpToTheLastDay() {
    List<Visit> visits = List.of(
        visit("2026-08-10", Anthropometry.builder().weightKg(9.1).build()),
        visit("2026-09-10", Anthropometry.builder().lengthOrHeightCm(80).build(),
            BloodPressure.builder().systolicMmHg(100).diastolicMmHg(60).build()),
        visit("2026-10-10", Anthropometry.builder().weightKg(9.4).build()),
        visit("2026-10-20", Anthropometry.builder().weightKg(94).build()), // implausible for a child
        visit("2026-11-02", Anthropometry.builder().weightKg(9.6).build()));
    assertThat(Weighing.fromVisits(visits, LocalDate.of(2026, 10, 31))).containsExactly(
        new Weighing(LocalDate.of(2026, 8, 10), 9.1), new Weighing(LocalDate.of(2026, 10, 10), 9.4));
  }

  @Test
  void kCountsTheLatestBukuKiaRecordUpToTheDayAndUnknownIsNotCounted() {
    KiaBook yes = KiaBook.builder().owned(true).build();
    KiaBook no = KiaBook.builder().owned(false).build();
    List<Visit> visits = List.of(
        visit("2026-08-10", Anthropometry.builder().weightKg(9.1).build(), yes),
        visit("2026-09-10", no),
        visit("2026-11-02", yes));
    assertThat(SkdnChild.hasKiaBook(List.of(), LocalDate.of(2026, 10, 31))).isFalse();
    assertThat(SkdnChild.hasKiaBook(visits, LocalDate.of(2026, 8, 9))).isFalse();
    assertThat(SkdnChild.hasKiaBook(visits, LocalDate.of(2026, 8, 10))).isTrue();
    assertThat(SkdnChild.hasKiaBook(visits, LocalDate.of(2026, 10, 31))).isFalse();
    assertThat(SkdnChild.hasKiaBook(visits, LocalDate.of(2026, 11, 2))).isTrue();
  }

  @Test
  void implausibleWeightsAreRejected() {
    assertThatThrownBy(() -> new Weighing(LocalDate.of(2026, 1, 1), 0.4))
        .hasMessageContaining("0.5-60 kg");
    assertThatThrownBy(() -> new Weighing(LocalDate.of(2026, 1, 1), Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
