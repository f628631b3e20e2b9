package id.posyandu.rules.screening;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.Sex;
import id.posyandu.rules.Finding;
import id.posyandu.rules.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the screening rules over generated inputs (seeded; the seed is in each message).
 */
class ScreeningProperties {

  private static final Screening S = Screening.standard();
  private static final int RUNS = 2000;

  @Test
  void bloodPressureClassAndSeverityAreMonotoneInBothPressures() {
    long seed = 20261125L;
    Random r = new Random(seed);
    for (int n = 0; n < RUNS; n++) {
      double sys = 60 + r.nextInt(180) + (r.nextBoolean() ? 0 : r.nextInt(10) / 10.0);
      double dia = 40 + r.nextInt(100) + (r.nextBoolean() ? 0 : r.nextInt(10) / 10.0);
      double dsys = r.nextInt(30);
      double ddia = r.nextInt(30);
      String base = S.bloodPressureGrade(sys, dia);
      for (double[] up : new double[][] {{sys + dsys, dia}, {sys, dia + ddia}}) {
        String raised = S.bloodPressureGrade(up[0], up[1]);
        assertThat(S.bloodPressureRank(raised))
            .as("seed %d: %s/%s -> %s/%s", seed, sys, dia, up[0], up[1])
            .isGreaterThanOrEqualTo(S.bloodPressureRank(base));
        Severity before =
            S.bloodPressure(OptionalDouble.of(sys), OptionalDouble.of(dia)).severity();
        Severity after =
            S.bloodPressure(OptionalDouble.of(up[0]), OptionalDouble.of(up[1])).severity();
        assertThat(after.isAtLeast(before))
            .as(
                "seed %d: severity %s/%s %s -> %s/%s %s",
                seed, sys, dia, before, up[0], up[1], after)
            .isTrue();
      }
    }
  }

  @Test
  void higherClassWinsTheGradeIsTheMaxOfTheSingleClasses() {
    long seed = 77L;
    Random r = new Random(seed);
    for (int n = 0; n < RUNS; n++) {
      double sys = 80 + r.nextInt(150);
      double dia = 50 + r.nextInt(80);
      int rank = S.bloodPressureRank(S.bloodPressureGrade(sys, dia));
      // Pairing each pressure with the lowest value of the other isolates its own class.
      int sysOnly = S.bloodPressureRank(S.bloodPressureGrade(sys, 0));
      int diaOnly = S.bloodPressureRank(S.bloodPressureGrade(0, dia));
      assertThat(rank).as("seed %d: %s/%s", seed, sys, dia).isEqualTo(Math.max(sysOnly, diaOnly));
    }
  }

  @Test
  void aMissingInputNeverGivesNormal() {
    long seed = 4242L;
    Random r = new Random(seed);
    for (int n = 0; n < RUNS / 4; n++) {
      for (Finding f : withSomethingMissing(r)) {
        assertThat(f.severity()).as("seed %d: %s", seed, f.code()).isEqualTo(Severity.NOT_ASSESSED);
        assertThat(f.missingInputs()).as("seed %d: %s", seed, f.code()).isNotEmpty();
        assertThat(f.explanation().id()).as("seed %d", seed).startsWith("Tidak dapat dinilai: ");
        assertThat(f.explanation().en()).as("seed %d", seed).startsWith("Not assessed: ");
      }
    }
  }

  @Test
  void everyAssessedFindingNamesItsInputsThresholdAndSourceInBothLanguages() {
    long seed = 99L;
    Random r = new Random(seed);
    for (int n = 0; n < RUNS / 4; n++) {
      for (Finding f : complete(r)) {
        assertThat(f.isAssessed()).as("seed %d: %s", seed, f).isTrue();
        assertThat(f.inputs()).as("seed %d", seed).isNotEmpty();
        assertThat(f.explanation().id())
            .as("seed %d", seed)
            .contains("Sumber: ")
            .contains(f.referenceId())
            .contains("[" + f.citation().confidence().tag() + "]")
            .contains("Tindak lanjut: ")
            .contains(f.categoryLabel().id());
        assertThat(f.explanation().en())
            .as("seed %d", seed)
            .contains("Source: ")
            .contains(f.referenceId())
            .contains("Follow-up: ")
            .contains(f.categoryLabel().en());
        if (f.severity().isAtLeast(Severity.REFER)) {
          assertThat(f.referral()).as("seed %d: a referral names its target", seed).isPresent();
        }
      }
    }
  }

  private static List<Finding> withSomethingMissing(Random r) {
    List<Finding> out = new ArrayList<>();
    OptionalDouble none = OptionalDouble.empty();
    out.add(S.kek(r.nextBoolean() ? KekGroup.PREGNANT : KekGroup.WUS, none));
    out.add(S.anaemia(AnaemiaGroup.values()[r.nextInt(6)], none));
    out.add(
        r.nextBoolean()
            ? S.bloodPressure(OptionalDouble.of(100 + r.nextInt(120)), none)
            : S.bloodPressure(none, OptionalDouble.of(60 + r.nextInt(80))));
    out.add(S.glucose(GlucoseTest.values()[r.nextInt(4)], none));
    out.add(S.adultBmi(r.nextBoolean() ? OptionalDouble.of(40 + r.nextInt(60)) : none, none));
    out.add(S.centralObesity(r.nextBoolean() ? Sex.MALE : Sex.FEMALE, none));
    out.add(S.childMuac(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), none));
    out.add(S.headCircumference(none));
    out.add(S.adl(OptionalInt.empty()));
    out.add(S.kpsp(OptionalInt.empty()));
    out.add(S.puma(OptionalInt.of(40 + r.nextInt(40)), OptionalInt.empty()));
    Map<TbSymptom, Boolean> tb = new EnumMap<>(TbSymptom.class);
    tb.put(TbSymptom.values()[r.nextInt(8)], r.nextBoolean());
    out.add(S.tbSymptoms(tb, 2));
    Map<Integer, Boolean> srq = new HashMap<>();
    for (int k = 1; k <= 20; k++) {
      if (k != 17 && r.nextInt(4) == 0) {
        srq.put(k, false);
      }
    }
    out.add(S.srq20(srq));
    out.add(
        S.phq4(
            new Phq4Answers(
                OptionalInt.of(r.nextInt(2)),
                OptionalInt.empty(),
                OptionalInt.of(r.nextInt(2)),
                OptionalInt.empty())));
    Map<SkilasDomain, Boolean> sk = new EnumMap<>(SkilasDomain.class);
    sk.put(SkilasDomain.values()[r.nextInt(6)], false);
    out.add(S.skilas(sk));
    return out;
  }

  private static List<Finding> complete(Random r) {
    List<Finding> out = new ArrayList<>();
    out.add(
        S.kek(r.nextBoolean() ? KekGroup.PREGNANT : KekGroup.WUS, d(15 + r.nextInt(200) / 10.0)));
    out.add(S.anaemia(AnaemiaGroup.values()[r.nextInt(6)], d(5 + r.nextInt(120) / 10.0)));
    out.add(S.bloodPressure(d(90 + r.nextInt(130)), d(50 + r.nextInt(80))));
    out.add(S.glucose(GlucoseTest.values()[r.nextInt(3)], d(60 + r.nextInt(250))));
    out.add(S.adultBmi(d(35 + r.nextInt(80)), d(140 + r.nextInt(50))));
    out.add(S.centralObesity(r.nextBoolean() ? Sex.MALE : Sex.FEMALE, d(60 + r.nextInt(60))));
    out.add(
        S.childMuac(
            LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), d(9 + r.nextInt(80) / 10.0)));
    out.add(S.headCircumference(d(r.nextGaussian() * 2)));
    out.add(S.adl(OptionalInt.of(r.nextInt(21))));
    out.add(S.kpsp(OptionalInt.of(r.nextInt(11))));
    out.add(S.puma(OptionalInt.of(40 + r.nextInt(40)), OptionalInt.of(r.nextInt(10))));
    Map<TbSymptom, Boolean> tb = new EnumMap<>(TbSymptom.class);
    for (TbSymptom s : TbSymptom.values()) {
      tb.put(s, r.nextInt(5) == 0);
    }
    out.add(S.tbSymptoms(tb));
    Map<Integer, Boolean> srq = new HashMap<>();
    for (int k = 1; k <= 20; k++) {
      srq.put(k, r.nextInt(4) == 0);
    }
    out.add(S.srq20(srq));
    out.add(S.phq4(Phq4Answers.of(r.nextInt(4), r.nextInt(4), r.nextInt(4), r.nextInt(4))));
    Map<SkilasDomain, Boolean> sk = new EnumMap<>(SkilasDomain.class);
    for (SkilasDomain s : SkilasDomain.values()) {
      sk.put(s, r.nextInt(6) == 0);
    }
    out.add(S.skilas(sk));
    return out;
  }

  private static OptionalDouble d(double x) {
    return OptionalDouble.of(x);
  }
}
