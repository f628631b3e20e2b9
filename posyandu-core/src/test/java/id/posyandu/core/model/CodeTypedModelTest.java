package id.posyandu.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.Sex;
import id.posyandu.core.code.KodeWilayah;
import id.posyandu.core.code.Nik;
import id.posyandu.core.code.NomorKk;
import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.core.validation.PosyanduValidator;
import id.posyandu.core.validation.Severity;
import id.posyandu.core.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CodeTypedModelTest {

  static final PosyanduValidator VALIDATOR = PosyanduValidator.asOf(LocalDate.of(2025, 11, 25));
  static final String NIK_TEXT = "3174014504960001"; // female, born 5 April 1996
  static final String KK_TEXT = "3174010203150007";

  static Resident.Builder ani() {
    return Resident.builder().id("r").name("Ani Lestari").sex(Sex.FEMALE)
        .birthDate(LocalDate.of(1996, 4, 5)).householdId("h")
        .relationToHead(RelationToHead.ISTRI).nik(Nik.parse(NIK_TEXT));
  }

  static Address.Builder address() {
    return Address.builder().street("Jl. Kenanga 7").rt("003").rw("011")
        .kodeDesa(KodeWilayah.parse("31.74.01.1001"));
  }

  @Test
  void nikMatchingSexAndBirthDateIsValid() {
    assertThat(VALIDATOR.validate(ani().build())).isEmpty();
  }

  @Test
  void nikOfTheOtherSexOrAnotherBirthDateIsAWarningOnNik() {
    List<Violation> sex = VALIDATOR.validate(ani().sex(Sex.MALE).build());
    assertThat(sex).extracting(Violation::code, Violation::severity, Violation::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("NIK.SEX_MISMATCH", Severity.WARNING,
            "nik"));
    assertThat(VALIDATOR.validate(ani().birthDate(LocalDate.of(1996, 4, 6)).build()))
        .extracting(Violation::code).containsExactly("NIK.BIRTH_DATE_MISMATCH");
  }

  @Test
  void toStringMasksNikNameKkAndStreet() {
    String resident = ani().build().toString();
    assertThat(resident).doesNotContain(NIK_TEXT).doesNotContain("Ani").doesNotContain("Lestari");
    Household h = Household.builder().id("h").kkNumber(NomorKk.parse(KK_TEXT))
        .address(address().build())
        .posyandu(PosyanduRegistrationNumber.parse("31.74.01.1001.002")).build();
    assertThat(h.toString()).doesNotContain(KK_TEXT).doesNotContain("Kenanga").contains("rt=003");
    Kader k = Kader.builder().id("k").name("Wati Susanti")
        .posyandu(PosyanduRegistrationNumber.parse("31.74.01.1001.002")).build();
    assertThat(k.toString()).doesNotContain("Wati");
  }

  @Test
  void addressNeedsADesaCodeAndRtRwOfOneToThreeDigits() {
    assertThat(VALIDATOR.validate(address().build())).isEmpty();
    List<String> codes = VALIDATOR.validate(address().kodeDesa(KodeWilayah.parse("31.74.01"))
        .rt("0003").rw("A1").build()).stream().map(Violation::code).collect(Collectors.toList());
    assertThat(codes).containsExactly("ADDRESS.NOT_DESA", "ADDRESS.RT_RW", "ADDRESS.RT_RW");
  }

  @Test
  void posyanduKodeWilayahAndTimPembinaChainComeFromItsRegistrationNumber() {
    Posyandu p = Posyandu.builder()
        .registrationNumber(PosyanduRegistrationNumber.parse("11.01.10.2001.001"))
        .name("Posyandu Melati").build();
    assertThat(p.kodeWilayah()).isEqualTo(KodeWilayah.parse("11.01.10.2001"));
    assertThat(p.timPembinaChain()).extracting(KodeWilayah::dotted)
        .containsExactly("11.01.10.2001", "11.01.10", "11.01", "11");
    assertThat(VALIDATOR.validate(Posyandu.builder().from(p).name("").build()))
        .extracting(Violation::code).containsExactly("NOT_BLANK");
  }

  @Test
  void kaderTrainingDatesAreNotInTheFuture() {
    Kader k = Kader.builder().id("k").name("Wati")
        .posyandu(PosyanduRegistrationNumber.parse("11.01.10.2001.001"))
        .addTrainings(Kader.Training.builder().topic("KPSP").completedOn(LocalDate.of(2026, 1, 1))
            .build()).build();
    assertThat(VALIDATOR.validate(k)).extracting(Violation::code, Violation::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("FUTURE_DATE",
            "trainings[0].completedOn"));
  }
}
