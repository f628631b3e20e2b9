package id.posyandu.examples;

import id.posyandu.core.Sex;
import id.posyandu.core.code.Nik;
import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.core.model.RelationToHead;
import id.posyandu.core.model.Resident;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.BloodPressure;
import id.posyandu.core.record.Immunization;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.core.record.ResidentRecords;
import id.posyandu.core.record.Visit;
import id.posyandu.core.record.VisitSetting;
import id.posyandu.core.validation.PosyanduValidator;
import id.posyandu.core.validation.Violation;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds a few records of one Posyandu session, some of them wrong, validates them and prints the
 * violations in Indonesian and English. Run it with {@code posyandu demo} or its {@code main}.
 */
public final class ValidateRecordsExample {

  /** The day the records are checked on: dates after it are in the future. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 11, 25);

  private static final PosyanduRegistrationNumber POSYANDU =
      PosyanduRegistrationNumber.parse("31.74.01.1001.002");

  private ValidateRecordsExample() {}

  /** The records: a child's file with a good and two bad visits, and an adult's visit. */
  public static List<Object> records() {
    LocalDate birth = LocalDate.of(2025, 2, 3);
    Resident child = Resident.builder().id("warga-17").name("Putri Ayu").sex(Sex.FEMALE)
        .birthDate(birth).householdId("kk-5").relationToHead(RelationToHead.ANAK)
        .nik(Nik.parse("3174014302250003")).build();
    Visit good = visit("kunjungan-1", child.id(), LocalDate.of(2025, 10, 6),
        Anthropometry.builder().weightKg(7.9).lengthOrHeightCm(67.4)
            .position(MeasurePosition.RECUMBENT).headCircumferenceCm(42.0).build(),
        Immunization.builder().antigen(Immunization.Antigen.DPT_HB_HIB_3).build());
    Visit wrong = visit("kunjungan-2", child.id(), LocalDate.of(2025, 10, 27),
        // 790 kg is a typing error for 7.90 kg; a standing height at 8 months is unusual
        Anthropometry.builder().weightKg(790).lengthOrHeightCm(68.0)
            .position(MeasurePosition.STANDING).build());
    Visit beforeBirth = visit("kunjungan-3", child.id(), LocalDate.of(2025, 1, 20),
        Anthropometry.builder().weightKg(3.1).build());
    ResidentRecords file = ResidentRecords.builder().resident(child)
        .addVisits(good, wrong, beforeBirth).build();
    Visit adult = visit("kunjungan-4", "warga-3", LocalDate.of(2025, 11, 26),
        BloodPressure.builder().systolicMmHg(85).diastolicMmHg(130).build());
    return List.of(file, adult);
  }

  private static Visit visit(String id, String residentId, LocalDate date,
      id.posyandu.core.record.ServiceRecord... records) {
    return Visit.builder().id(id).residentId(residentId).date(date)
        .setting(VisitSetting.POSYANDU_SESSION).posyandu(POSYANDU).kaderId("kader-2")
        .addRecords(records).build();
  }

  /** Validates {@link #records()} and prints every violation in both languages. */
  public static List<Violation> run(PrintWriter out) {
    List<Violation> violations = PosyanduValidator.asOf(AS_OF).validateAll(records());
    out.printf("Validasi %d data per %s / validating %d items as of %s%n",
        records().size(), AS_OF, records().size(), AS_OF);
    for (Violation v : violations) {
      out.printf("[%d] %-7s %-30s %s%n", v.index().orElse(-1), v.severity(), v.code(),
          v.path().isEmpty() ? "(" + v.rootType() + ")" : v.path());
      out.printf("      id: %s%n", v.messageId());
      out.printf("      en: %s%n", v.messageEn());
      v.invalidValue().ifPresent(x -> out.printf("      nilai / value: %s%n", x));
    }
    long errors = violations.stream().filter(Violation::isError).count();
    out.printf("%d galat, %d peringatan / %d errors, %d warnings%n", errors,
        violations.size() - errors, errors, violations.size() - errors);
    out.flush();
    return violations;
  }

  /** Prints the violations on standard output. */
  public static void main(String[] args) {
    run(new PrintWriter(System.out, true));
  }
}
