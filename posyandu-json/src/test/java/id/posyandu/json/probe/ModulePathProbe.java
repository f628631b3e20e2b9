package id.posyandu.json.probe;

import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.Visit;
import id.posyandu.core.record.VisitSetting;
import id.posyandu.json.PosyanduJson;
import id.posyandu.json.RecordResult;
import id.posyandu.rules.Finding;
import id.posyandu.rules.LocalizedText;
import id.posyandu.rules.anthro.Indicator;
import id.posyandu.rules.anthro.NotComputedReason;
import id.posyandu.rules.anthro.ZScore;
import id.posyandu.rules.indicator.FollowUp;
import id.posyandu.rules.screening.KekGroup;
import id.posyandu.rules.screening.Screening;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Run by {@code ModulePathTest} in a JVM where core, rules, json and their dependencies are named
 * modules (this class stays on the class path): writes and reads back a core record, an
 * Immutables result and the plain records, so that every reflective access posyandu-json makes
 * into core and rules is checked under the module system. Prints {@code OK} and exits 0, or prints
 * what failed and exits 1. Its package is not one of posyandu-json's, which a class on the class
 * path could not share with a named module.
 */
public final class ModulePathProbe {

  private ModulePathProbe() {}

  public static void main(String[] args) {
    if (PosyanduJson.class.getModule().getName() == null) {
      System.out.println("posyandu-json is not a named module here");
      System.exit(1);
    }
    PosyanduJson json = PosyanduJson.asOf(LocalDate.of(2025, 6, 30));
    Visit visit = Visit.builder().id("v1").residentId("r1").kaderId("k1")
        .date(LocalDate.of(2025, 3, 11))
        .posyandu(PosyanduRegistrationNumber.parse("11.01.10.2001.001"))
        .setting(VisitSetting.POSYANDU_SESSION)
        .addRecords(Anthropometry.builder().weightKg(12.5).build())
        .build();
    Finding kek = Screening.standard().kek(KekGroup.PREGNANT, OptionalDouble.of(22.1));
    FollowUp followUp = new FollowUp("KES-DS", "R1", "P1", true, false, false,
        List.of(LocalizedText.of("belum ditimbang", "not weighed")));
    ZScore z = ZScore.notComputed(Indicator.WEIGHT_FOR_AGE, NotComputedReason.OEDEMA);
    boolean ok = roundTrips(json, visit, Visit.class) & roundTrips(json, kek, Finding.class)
        & roundTrips(json, followUp, FollowUp.class) & roundTrips(json, z, ZScore.class);
    System.out.println(ok ? "OK" : "FAILED");
    System.exit(ok ? 0 : 1);
  }

  private static <T> boolean roundTrips(PosyanduJson json, T value, Class<T> type) {
    try {
      RecordResult<T> back = json.read(json.write(value), type);
      if (back.value().filter(value::equals).isPresent()) {
        return true;
      }
      System.out.println(type.getSimpleName() + ": " + back.problems());
    } catch (RuntimeException e) {
      System.out.println(type.getSimpleName() + ": " + e);
    }
    return false;
  }
}
