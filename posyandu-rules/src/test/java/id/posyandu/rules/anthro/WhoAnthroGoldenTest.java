package id.posyandu.rules.anthro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.posyandu.core.Sex;
import id.posyandu.core.record.MeasurePosition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of WHO's golden outputs ({@code who2006-golden.tsv} from WHO {@code anthro} 1.1.0.9000,
 * {@code who2007-golden.tsv} from WHO {@code anthroplus}): each z equal to WHO's printed 2 decimals,
 * each flag equal, clenhei, cbmi and c9mo_flag equal, and nothing computed exactly where WHO computed
 * nothing. One dynamic test per row and indicator, named after the row's line and inputs.
 */
class WhoAnthroGoldenTest {

  private static final String G2006 = "/id/posyandu/rules/anthro/who2006-golden.tsv";
  private static final String G2007 = "/id/posyandu/rules/anthro/who2007-golden.tsv";
  private static final Set<Indicator> ANTHRO = EnumSet.range(Indicator.LENGTH_HEIGHT_FOR_AGE,
      Indicator.SUBSCAPULAR_SKINFOLD_FOR_AGE);
  private static final Set<Indicator> PLUS = EnumSet.range(Indicator.HEIGHT_FOR_AGE_2007,
      Indicator.BMI_FOR_AGE_2007);
  /** Relative tolerance for clenhei and cbmi, which WHO prints with 15 significant digits. */
  private static final double REL = 1e-13;

  private static final WhoGrowthStandards WHO = WhoGrowthStandards.standard();
  private static int comparedZ;
  private static int comparedEmpty;
  private static int comparedOther;

  static AnthroInput input2006(GoldenFile.Row r) {
    AnthroInput.Builder b = AnthroInput.builder()
        .sex(Sex.parse(r.get("sex")))
        .age(Age.ofDays(r.number("age_days")))
        .oedema(r.get("oedema").equals("y"));
    if (r.has("weight_kg")) {
      b.weightKg(r.number("weight_kg"));
    }
    if (r.has("lenhei_cm")) {
      b.lengthOrHeightCm(r.number("lenhei_cm"));
    }
    switch (r.get("measure")) {
      case "l" -> b.position(MeasurePosition.RECUMBENT);
      case "h" -> b.position(MeasurePosition.STANDING);
      default -> { }
    }
    if (r.has("headc_cm")) {
      b.headCircumferenceCm(r.number("headc_cm"));
    }
    if (r.has("armc_cm")) {
      b.armCircumferenceCm(r.number("armc_cm"));
    }
    if (r.has("triskin_mm")) {
      b.tricepsSkinfoldMm(r.number("triskin_mm"));
    }
    if (r.has("subskin_mm")) {
      b.subscapularSkinfoldMm(r.number("subskin_mm"));
    }
    return b.build();
  }

  static AnthroInput input2007(GoldenFile.Row r) {
    AnthroInput.Builder b = AnthroInput.builder()
        .sex(Sex.parse(r.get("sex")))
        .age(Age.ofMonths(r.number("age_months")))
        .oedema(r.get("oedema").equals("y"));
    if (r.has("weight_kg")) {
      b.weightKg(r.number("weight_kg"));
    }
    if (r.has("height_cm")) {
      b.lengthOrHeightCm(r.number("height_cm"));
    }
    return b.build();
  }

  private static String name(GoldenFile.Row r, String what) {
    return "line " + r.line() + " sex=" + r.get("sex") + " age="
        + (r.cells().containsKey("age_days") ? r.get("age_days") + "d" : r.get("age_months") + "mo")
        + ": " + what;
  }

  static void assertZ(String where, GoldenFile.Row r, ZScore z) {
    String zc = z.indicator().zColumn();
    String fc = z.indicator().flagColumn();
    if (!r.has(zc)) {
      assertThat(z.isComputed()).as(where + ": WHO computed no " + zc + ", we computed " + z)
          .isFalse();
      assertThat(r.get(fc)).as(where + ": flag without z").isEmpty();
      comparedEmpty++;
      return;
    }
    assertThat(z.isComputed()).as(where + ": WHO computed " + zc + "=" + r.get(zc) + ", we " + z)
        .isTrue();
    assertEquals(r.number(zc), z.rounded(), 0.0, where + ": " + zc + " (full precision "
        + z.value() + ")");
    assertThat(z.printed()).as(where + ": printed").isEqualTo(r.get(zc));
    assertThat(z.isFlagged() ? "1" : "0").as(where + ": " + fc).isEqualTo(r.get(fc));
    comparedZ++;
  }

  static void assertClose(String where, String expected, OptionalDouble actual) {
    if (expected.isEmpty() || expected.equals("NA")) {
      assertThat(actual).as(where).isEmpty();
      return;
    }
    double e = Double.parseDouble(expected);
    assertThat(actual).as(where).isPresent();
    assertThat(Math.abs(actual.getAsDouble() - e)).as(where + ": " + actual + " vs " + expected)
        .isLessThanOrEqualTo(REL * Math.max(1, Math.abs(e)));
    comparedOther++;
  }

  @TestFactory
  Stream<DynamicTest> who2006GoldenRowsAgreeWithWhoAnthro() {
    List<DynamicTest> tests = new ArrayList<>();
    for (GoldenFile.Row r : GoldenFile.rows(G2006)) {
      AnthroInput in = input2006(r);
      AnthroResult res = WHO.anthro(in);
      tests.add(DynamicTest.dynamicTest(name(r, "clenhei, cbmi, c9mo_flag"), () -> {
        assertClose(name(r, "clenhei"), r.get("clenhei"), res.clenhei());
        assertClose(name(r, "cbmi"), r.get("cbmi"), res.cbmi());
        assertThat(res.positionImplausible() ? "1" : "0").as(name(r, "c9mo_flag"))
            .isEqualTo(r.get("c9mo_flag"));
      }));
      for (Indicator i : ANTHRO) {
        tests.add(DynamicTest.dynamicTest(name(r, i.zColumn()),
            () -> assertZ(name(r, i.zColumn()), r, res.zScore(i))));
      }
    }
    assertThat(tests).hasSize(420 * 9);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> who2007GoldenRowsAgreeWithWhoAnthroPlus() {
    List<DynamicTest> tests = new ArrayList<>();
    for (GoldenFile.Row r : GoldenFile.rows(G2007)) {
      AnthroPlusResult res = WHO.anthroPlus(input2007(r));
      tests.add(DynamicTest.dynamicTest(name(r, "cbmi"),
          () -> assertClose(name(r, "cbmi"), r.get("cbmi"), res.cbmi())));
      for (Indicator i : PLUS) {
        tests.add(DynamicTest.dynamicTest(name(r, i.zColumn()),
            () -> assertZ(name(r, i.zColumn()), r, res.zScore(i))));
      }
    }
    assertThat(tests).hasSize(208 * 4);
    return tests.stream();
  }

  @Test
  void bulkApiAgreesWithWhoOnEveryGoldenRow() {
    List<GoldenFile.Row> rows = GoldenFile.rows(G2006);
    AnthroBatch batch = new AnthroBatch(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      AnthroInput in = input2006(rows.get(i));
      int at = i;
      batch.sex(at, in.sex().orElseThrow()).age(at, in.age().orElseThrow()).oedema(at, in.oedema());
      in.weightKg().ifPresent(v -> batch.weightKg(at, v));
      in.lengthOrHeightCm().ifPresent(v -> batch.lengthOrHeightCm(at, v, in.position().orElse(null)));
      in.headCircumferenceCm().ifPresent(v -> batch.headCircumferenceCm(at, v));
      in.armCircumferenceCm().ifPresent(v -> batch.armCircumferenceCm(at, v));
      in.tricepsSkinfoldMm().ifPresent(v -> batch.tricepsSkinfoldMm(at, v));
      in.subscapularSkinfoldMm().ifPresent(v -> batch.subscapularSkinfoldMm(at, v));
    }
    for (AnthroBatchResult res : new AnthroBatchResult[] {WHO.compute(batch),
        WHO.computeParallel(batch, ANTHRO)}) {
      for (int i = 0; i < rows.size(); i++) {
        GoldenFile.Row r = rows.get(i);
        for (Indicator k : ANTHRO) {
          String where = name(r, "bulk " + k.zColumn());
          if (r.has(k.zColumn())) {
            assertEquals(r.number(k.zColumn()), res.rounded(k, i), 0.0, where);
            assertThat(res.isFlagged(k, i) ? "1" : "0").as(where).isEqualTo(r.get(k.flagColumn()));
          } else {
            assertThat(res.isComputed(k, i)).as(where).isFalse();
            assertThat(res.reason(k, i)).as(where).isPresent();
          }
        }
        assertClose(name(r, "bulk clenhei"), r.get("clenhei"), res.clenhei(i));
        assertClose(name(r, "bulk cbmi"), r.get("cbmi"), res.cbmi(i));
      }
    }
  }

  @AfterAll
  static void report() {
    System.out.println("WHO golden: " + comparedZ + " z-scores (with flags) equal to WHO's, "
        + comparedEmpty + " empty where WHO's are empty, " + comparedOther
        + " clenhei/cbmi values equal (single-child and bulk API)");
  }
}
