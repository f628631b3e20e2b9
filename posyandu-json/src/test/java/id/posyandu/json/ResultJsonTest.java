package id.posyandu.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import id.posyandu.rules.Finding;
import id.posyandu.rules.anthro.Indicator;
import id.posyandu.rules.anthro.NotComputedReason;
import id.posyandu.rules.anthro.ZScore;
import id.posyandu.rules.indicator.Count;
import id.posyandu.rules.indicator.FollowUp;
import id.posyandu.rules.indicator.IndicatorDefinition;
import id.posyandu.rules.indicator.ReportLevel;
import id.posyandu.rules.indicator.ReportRow;
import id.posyandu.rules.indicator.ReportingPeriod;
import id.posyandu.rules.indicator.WilsonInterval;
import id.posyandu.rules.spm.HomeVisit;
import id.posyandu.rules.spm.SixSpm;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The rules' results as canonical JSON: real results (z-scores, nutrition status, findings, an
 * indicator report of a seeded synthetic population, follow-up and home-visit lists) are written
 * as the golden files say, validate against the shipped schemas, and the plain values read back
 * equal.
 */
class ResultJsonTest {

  private static final PosyanduJson JSON = PosyanduJson.withoutValidation();
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final String GOLDEN = "src/test/resources/id/posyandu/json/golden/";
  /** The result types that are plain values, read back by the module. */
  private static final Map<String, Class<?>> READABLE = Map.of("zScore", ZScore.class,
      "finding", Finding.class, "reportingPeriod", ReportingPeriod.class,
      "followUp", FollowUp.class, "homeVisit", HomeVisit.class);

  @Test
  void everyResultTypeHasASchemaAndARealSample() {
    assertThat(RecordTypes.results().asMap().keySet())
        .containsExactlyInAnyOrderElementsOf(ResultSchemas.ROOTS.keySet())
        .containsExactlyInAnyOrderElementsOf(ResultSamples.all().keySet());
    ResultSamples.all().forEach((name, o) -> assertThat(ResultSamples.values(name))
        .as(name).isNotEmpty()
        .allSatisfy(v -> assertThat(RecordTypes.results().nameOf(v.getClass())).contains(name)));
  }

  @Test
  void shippedResultSchemasAreTheGeneratedOnes() throws IOException {
    for (String name : RecordTypes.results().asMap().keySet()) {
      GoldenFiles.assertHolds(Path.of("src/main/resources", RecordTypes.schemaResource(name)),
          ResultSchemas.schemaText(name), "posyandu.updateSchemas");
    }
  }

  @Test
  void realResultsValidateAgainstTheirSchemas() {
    int checked = 0;
    for (String name : RecordTypes.results().asMap().keySet()) {
      for (Object v : ResultSamples.values(name)) {
        String text = JSON.write(v);
        List<Error> errors = SchemaResourcesGoldenTest.schema(name).validate(text,
            InputFormat.JSON);
        assertThat(errors).as(name + " " + text).isEmpty();
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(20);
  }

  @Test
  void realResultsAreWrittenAsTheGoldenFilesSay() throws IOException {
    for (Map.Entry<String, Object> e : ResultSamples.all().entrySet()) {
      String text = JSON.writer().withDefaultPrettyPrinter().writeValueAsString(e.getValue())
          + "\n";
      GoldenFiles.assertHolds(Path.of(GOLDEN, e.getKey() + ".json"), text,
          "posyandu.updateGolden");
    }
  }

  @Test
  void plainResultsRoundTripAndTheirJsonIsStable() {
    READABLE.forEach((name, type) -> {
      for (Object v : ResultSamples.values(name)) {
        String text = JSON.write(v);
        RecordResult<?> back = JSON.read(text, type);
        assertThat(back.problems()).as(name + " " + text).isEmpty();
        assertThat(back.value().map(Object.class::cast)).as(name).contains(v);
        assertThat(JSON.write(back.value().orElseThrow())).as(name).isEqualTo(text);
      }
    });
  }

  @Test
  void everyObjectOfEveryResultHasItsPropertiesInNameOrder() throws IOException {
    for (Map.Entry<String, Object> e : ResultSamples.all().entrySet()) {
      assertSorted(e.getKey(), TREE.readTree(JSON.write(e.getValue())));
    }
  }

  private static void assertSorted(String where, JsonNode n) {
    if (n.isObject()) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      assertThat(names).as(where).isSorted();
      names.forEach(k -> assertSorted(where + "/" + k, n.get(k)));
    } else if (n.isArray()) {
      n.forEach(c -> assertSorted(where + "[]", c));
    }
  }

  @Test
  void aZScoreNotComputedSaysWhyAndHasNoValue() {
    ZScore z = ZScore.notComputed(Indicator.WEIGHT_FOR_LENGTH_HEIGHT,
        NotComputedReason.OUT_OF_RANGE);
    assertThat(JSON.write(z)).isEqualTo("{\"computed\":false,"
        + "\"indicator\":\"WEIGHT_FOR_LENGTH_HEIGHT\",\"reason\":\"OUT_OF_RANGE\"}");
    assertThat(JSON.write(ZScore.computed(Indicator.WEIGHT_FOR_AGE, -2.3079, -2.31, false)))
        .isEqualTo("{\"computed\":true,\"flagged\":false,\"indicator\":\"WEIGHT_FOR_AGE\","
            + "\"rounded\":-2.31,\"value\":-2.3079}");
  }

  @Test
  void aZScoreIsReadStrictly() {
    assertProblem("{\"computed\":false,\"indicator\":\"WEIGHT_FOR_AGE\",\"reason\":\"OEDEMA\","
        + "\"value\":0.0}", ZScore.class, "JSON.UNKNOWN_PROPERTY", "/value");
    assertProblem("{\"computed\":false,\"indicator\":\"WEIGHT_FOR_AGE\"}", ZScore.class,
        "JSON.MISSING_PROPERTY", "");
    assertProblem("{\"computed\":true,\"flagged\":false,\"indicator\":\"WEIGHT_FOR_AGE\","
        + "\"rounded\":-2.31,\"value\":-2.3,\"reason\":\"OEDEMA\"}", ZScore.class,
        "JSON.UNKNOWN_PROPERTY", "/reason");
    assertProblem("{\"computed\":true,\"flagged\":false,\"indicator\":\"WEIGHT_FOR_AGE\","
        + "\"rounded\":null,\"value\":-2.3}", ZScore.class, "JSON.NULL", "/rounded");
    assertProblem("{\"computed\":\"yes\",\"indicator\":\"WEIGHT_FOR_AGE\",\"reason\":\"OEDEMA\"}",
        ZScore.class, "JSON.WRONG_TYPE", "/computed");
    assertProblem("{\"computed\":false,\"indicator\":\"zwei\",\"reason\":\"OEDEMA\"}",
        ZScore.class, "JSON.INVALID_VALUE", "/indicator");
    assertProblem("{\"end\":\"2026-08-31\",\"label\":\"2026-09\",\"start\":\"2026-08-01\","
        + "\"type\":\"MONTH\"}", ReportingPeriod.class, "JSON.INVALID_VALUE", "");
    assertProblem("{\"end\":\"2026-08-30\",\"start\":\"2026-08-01\",\"type\":\"MONTH\"}",
        ReportingPeriod.class, "JSON.INVALID_VALUE", "");
    assertProblem("{\"indicatorId\":\"KES-DS\",\"subjectId\":\"R1\",\"posyanduId\":\"P1\","
        + "\"inDenominator\":true,\"excluded\":false,\"inNumerator\":false,\"reasons\":[],"
        + "\"needsService\":true}", FollowUp.class, "JSON.UNKNOWN_PROPERTY", "/needsService");
  }

  @Test
  void theZScoreSchemaRejectsWhatTheReaderRejects() {
    for (String bad : List.of(
        "{\"computed\":false,\"indicator\":\"WEIGHT_FOR_AGE\",\"reason\":\"OEDEMA\","
            + "\"value\":0.0}",
        "{\"computed\":false,\"indicator\":\"WEIGHT_FOR_AGE\"}",
        "{\"computed\":true,\"flagged\":false,\"indicator\":\"WEIGHT_FOR_AGE\","
            + "\"rounded\":-2.31,\"value\":-2.3,\"reason\":\"OEDEMA\"}",
        "{\"computed\":true,\"indicator\":\"WEIGHT_FOR_AGE\",\"rounded\":-2.31}",
        "{\"computed\":false,\"indicator\":\"zwei\",\"reason\":\"OEDEMA\"}")) {
      assertThat(SchemaResourcesGoldenTest.schema("zScore").validate(bad, InputFormat.JSON))
          .as(bad).isNotEmpty();
      assertThat(JSON.read(bad, ZScore.class).value()).as(bad).isEmpty();
    }
  }

  private static void assertProblem(String json, Class<?> type, String code, String pointer) {
    RecordResult<?> r = JSON.read(json, type);
    assertThat(r.value()).as(json).isEmpty();
    assertThat(r.problems()).as(json).hasSize(1);
    JsonProblem p = r.problems().get(0);
    assertThat(p.code()).as(json + " " + p).isEqualTo(code);
    assertThat(p.pointer()).as(json + " " + p).isEqualTo(pointer);
  }

  @Test
  void aRowWithoutDenominatorLeavesOutPercentMetAndInterval() throws IOException {
    IndicatorDefinition d = SixSpm.catalog().definitions().get(0);
    ReportRow row = new ReportRow(d, ReportLevel.DESA, "11.01.01.2001",
        ReportingPeriod.month(YearMonth.of(2026, 8)), Count.ZERO);
    JsonNode n = TREE.readTree(JSON.write(row));
    assertThat(n.has("percent")).isFalse();
    assertThat(n.has("met")).isFalse();
    assertThat(n.has("wilson95")).isFalse();
    assertThat(n.get("denominator").asLong()).isZero();
    assertThat(n.get("level").asText()).isEqualTo("DESA");
    assertThat(n.get("indicator").has("numerator")).as("a reference, not the conditions")
        .isFalse();
    assertThat(n.get("indicator").get("id").asText()).isEqualTo(d.id());
    assertThat(SchemaResourcesGoldenTest.schema("reportRow").validate(JSON.write(row),
        InputFormat.JSON)).isEmpty();
  }

  @Test
  void generatedZScoresCountsAndIntervalsRoundTrip() {
    long seed = Long.getLong("posyandu.seed", 20261205L); // seed policy: docs/TESTING.md
    Random r = new Random(seed);
    for (int i = 0; i < 500; i++) {
      Indicator ind = Indicator.values()[r.nextInt(Indicator.values().length)];
      ZScore z = r.nextInt(4) == 0
          ? ZScore.notComputed(ind, NotComputedReason.values()[r.nextInt(
              NotComputedReason.values().length)])
          : ZScore.computed(ind, r.nextGaussian() * 3, Math.round(r.nextGaussian() * 300) / 100.0,
              r.nextBoolean());
      long den = r.nextInt(1000);
      Count c = new Count(den == 0 ? 0 : r.nextInt((int) den + 1), den);
      List<Object> values = new ArrayList<>(List.of(z, c));
      c.wilson95().ifPresent(values::add);
      for (Object v : values) {
        String text = JSON.write(v);
        assertThat(JSON.read(text, v.getClass()).value().map(Object.class::cast))
            .as("seed " + seed + ": " + text)
            .contains(v);
      }
      assertThat(SchemaResourcesGoldenTest.schema("zScore").validate(JSON.write(z),
          InputFormat.JSON)).as("seed " + seed + ": " + z).isEmpty();
    }
    assertThat(JSON.read("{\"confidence\":0.95,\"lower\":0.1,\"upper\":0.2}",
        WilsonInterval.class).value()).contains(new WilsonInterval(0.1, 0.2, 0.95));
  }
}
