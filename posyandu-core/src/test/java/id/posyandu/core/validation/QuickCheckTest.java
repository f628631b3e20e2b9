package id.posyandu.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.Sex;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.BloodPressure;
import id.posyandu.core.record.Immunization;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.core.record.ServiceRecord;
import id.posyandu.core.record.Supplement;
import id.posyandu.core.record.Visit;
import id.posyandu.core.record.VisitSetting;
import id.posyandu.core.testing.ValidInstances;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quick check changes speed, never violations: for valid and invalid objects the validator
 * gives what Hibernate Validator alone gives ({@link PosyanduValidator#engineOnly()}), and valid
 * objects are proved valid without the engine.
 */
class QuickCheckTest {

  static final LocalDate AS_OF = LocalDate.of(2025, 11, 25);
  static final PosyanduValidator VALIDATOR = PosyanduValidator.asOf(AS_OF);
  static final PosyanduValidator ENGINE = VALIDATOR.engineOnly();
  static final QuickCheck QUICK = new QuickCheck(ENGINE.engineValidator(), AS_OF);

  @Test
  void validInstancesOfEveryTypeAreProvedValidWithoutTheEngine() {
    for (long seed = 1; seed <= 200; seed++) {
      ValidInstances v = new ValidInstances(seed, AS_OF);
      List<Object> all = new ArrayList<>(v.everyRecord());
      all.add(v.resident(seed % 2 == 0 ? Sex.FEMALE : Sex.MALE, AS_OF.minusYears(seed % 70)));
      all.add(v.posyandu());
      all.add(v.kader());
      all.add(v.household());
      all.add(v.residentRecords());
      all.add(v.serviceRequest());
      all.add(Visit.builder().id("v-" + seed).residentId("r-1").kaderId("k-1")
          .posyandu(ValidInstances.POSYANDU).date(AS_OF).setting(VisitSetting.HOME_VISIT)
          .addAllRecords(v.everyRecord()).build());
      for (Object o : all) {
        assertThat(ENGINE.validate(o)).as("seed %d: %s", seed, o).isEmpty();
        if (!holdsUnwrappedListConstraint(o)) {
          assertThat(QUICK.certainlyValid(o)).as("seed %d: %s", seed, o).isTrue();
        }
      }
    }
  }

  /**
   * PUMA and PHQ-4 answers carry a constraint on each element of a list ({@code payload =
   * Unwrapping.Unwrap}, so that the default Jakarta validator sees it on the generated field); the
   * quick check does not unwrap lists and leaves such records to Hibernate Validator (slower, never
   * wrong: see {@link #mutatedRecordsGetTheEnginesViolations()}).
   */
  private static boolean holdsUnwrappedListConstraint(Object o) {
    String s = o.toString();
    return s.contains("PumaScreening") || s.contains("Phq4Screening");
  }

  @Test
  void mutatedRecordsGetTheEnginesViolations() {
    long seed = 20261205L;
    Random r = new Random(seed);
    int invalid = 0;
    for (int i = 0; i < 5_000; i++) {
      List<ServiceRecord> records = new ArrayList<>();
      Anthropometry.Builder a = Anthropometry.builder();
      if (r.nextInt(4) > 0) {
        a.weightKg(pickD(r, 0.49, 0.5, 250, 250.01, Double.NaN, 7.9, 790));
      }
      if (r.nextBoolean()) {
        a.lengthOrHeightCm(pickD(r, 29.9, 30, 250, 250.1, 75));
        if (r.nextInt(3) > 0) {
          a.position(r.nextBoolean() ? MeasurePosition.RECUMBENT : MeasurePosition.STANDING);
        }
      }
      if (r.nextBoolean()) {
        a.muacCm(pickD(r, 4.9, 5, 60, 60.1, 12.5));
      }
      records.add(a.build());
      if (r.nextBoolean()) {
        records.add(BloodPressure.builder().systolicMmHg(r.nextInt(320))
            .diastolicMmHg(r.nextInt(220)).build());
      }
      if (r.nextBoolean()) {
        records.add(Supplement.builder().kind(Supplement.Kind.TTD).quantity(r.nextInt(200) - 5)
            .build());
      }
      if (r.nextBoolean()) {
        Immunization.Builder im = Immunization.builder().antigen(Immunization.Antigen.BCG);
        if (r.nextBoolean()) {
          im.batchNumber("x".repeat(r.nextInt(45)));
        }
        records.add(im.build());
      }
      Visit v = visit(r, records);
      List<Violation> engine = ENGINE.validate(v);
      assertThat(VALIDATOR.validate(v)).as("seed %d, visit %d: %s", seed, i, v).isEqualTo(engine);
      if (!engine.isEmpty()) {
        invalid++;
        assertThat(QUICK.certainlyValid(v)).as("seed %d, visit %d: %s", seed, i, v).isFalse();
      }
      for (ServiceRecord s : records) {
        assertThat(VALIDATOR.validate(s)).isEqualTo(ENGINE.validate(s));
      }
    }
    assertThat(invalid).as("the mutations make invalid visits").isGreaterThan(1_000);
  }

  @Test
  void batchesGetTheEnginesViolations() {
    Random r = new Random(7);
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      items.add(visit(r, List.of(Anthropometry.builder()
          .weightKg(pickD(r, 0.49, 7.5, 251)).build())));
    }
    assertThat(VALIDATOR.validateAll(items)).isEqualTo(ENGINE.validateAll(items));
  }

  private static Visit visit(Random r, List<? extends ServiceRecord> records) {
    return Visit.builder()
        .id(pick(r, "v-1", " ", "", "x".repeat(64), "x".repeat(65)))
        .residentId(pick(r, "r-1", "r-2", " \t"))
        .kaderId(pick(r, "k-1", "k".repeat(65)))
        .posyandu(ValidInstances.POSYANDU)
        .date(AS_OF.plusDays(r.nextInt(5) - 3))
        .setting(VisitSetting.POSYANDU_SESSION)
        .addAllRecords(records)
        .build();
  }

  @SafeVarargs
  private static <T> T pick(Random r, T... options) {
    return options[r.nextInt(options.length)];
  }

  private static double pickD(Random r, double... options) {
    return options[r.nextInt(options.length)];
  }
}
