package id.posyandu.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.posyandu.examples.data.PopulationFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** generate → validate → report → followup → homevisit → schema, and each error exit. */
class DataCommandsTest {

  private static final String SEED = "5";
  private static final String POSYANDU = "3204012001001";

  @TempDir static Path shared;
  private static Path data;

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return PosyanduCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @BeforeAll
  static void generate() {
    data = shared.resolve("pop");
    int code = PosyanduCli.execute(new String[] {"generate", "--residents", "500", "--seed", SEED,
        "--months", "4", "--end", "2026-10", "-o", data.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
  }

  @Test
  void generateWritesOneValidNdjsonFilePerRecordType() {
    assertThat(data.resolve(PopulationFiles.VISITS)).isNotEmptyFile();
    for (String f : List.of(PopulationFiles.POSYANDU, PopulationFiles.KADER,
        PopulationFiles.HOUSEHOLDS, PopulationFiles.RESIDENTS, PopulationFiles.PREGNANCIES,
        PopulationFiles.VISITS, PopulationFiles.SERVICE_REQUESTS)) {
      assertThat(run("validate", data.resolve(f).toString())).as(f + ": " + out).isZero();
    }
  }

  @Test
  void generateIsDeterministicForTheSameOptions() throws IOException {
    assertThat(run("generate", "--residents", "500", "--seed", SEED, "--months", "4", "--end",
        "2026-10", "-o", dir.toString())).isZero();
    assertThat(out.toString()).contains("residents=500");
    assertThat(Files.readAllBytes(dir.resolve(PopulationFiles.VISITS)))
        .isEqualTo(Files.readAllBytes(data.resolve(PopulationFiles.VISITS)));
    assertThat(err.toString()).as("no progress without a terminal").isEmpty();
  }

  @Test
  void generateRefusesBadOptionsWithExit2() throws IOException {
    assertThat(run("generate", "--residents", "0", "-o", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("residents").doesNotContain("Exception");
    assertThat(run("generate", "--residents", "10", "--months", "99", "-o", dir.toString()))
        .isEqualTo(2);
    assertThat(run("generate", "--residents", "10")).isEqualTo(2);
    assertThat(run("generate", "--residents", "10", "--end", "2026-13", "-o", dir.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("invalid month '2026-13'");
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    assertThat(run("generate", "--residents", "10", "--end", "2026-10", "-o",
        file.resolve("sub").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("tidak dapat ditulis").doesNotContain("Exception");
  }

  @Test
  void reportTableIsGroupedByAreaWithIndonesianLabels() {
    assertThat(run("report", data.toString(), "--period", "2026-10")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("== KES Kesehatan", "== PDD", "== PU", "Pembilang",
        "KES-DS", POSYANDU, "partisipasi penimbangan balita", "TRANTIB-INFO-BENCANA");
  }

  @Test
  void reportInEnglishUsesEnglishLabels() {
    assertThat(run("report", data.toString(), "--period", "2026-10", "--lang", "en")).isZero();
    assertThat(out.toString()).contains("== KES Health", "Numerator".substring(0, 3), "Met");
  }

  @Test
  void reportCsvHasOneRowPerIndicatorAndUnitAndTheAreaFilterWorks() {
    assertThat(run("report", data.toString(), "--period", "2026-10", "--level", "desa",
        "--format", "csv", "--area", "PU")).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).startsWith("indicator,area,label_id,label_en,level,unit,period,"
        + "numerator,denominator,value_percent,target_percent");
    assertThat(lines.subList(1, lines.size())).isNotEmpty()
        .allMatch(l -> l.contains(",PU,") && l.contains(",desa,32.04.01.2001,"));
  }

  @Test
  void reportJsonRowsAddUpAndCarryTheWilsonInterval() throws IOException {
    assertThat(run("report", data.toString(), "--period", "2026-10", "--level", "kecamatan",
        "--format", "json", "--as-of", "2026-10-20")).isZero();
    JsonNode doc = new ObjectMapper().readTree(out.toString());
    assertThat(doc.get("level").asText()).isEqualTo("KECAMATAN");
    assertThat(doc.get("asOf").asText()).isEqualTo("2026-10-20");
    assertThat(doc.get("rows").size()).isPositive();
    for (JsonNode r : doc.get("rows")) {
      long num = r.get("numerator").asLong();
      long den = r.get("denominator").asLong();
      assertThat(num).as(r.toString()).isBetween(0L, den);
      assertThat(r.get("level").asText()).isEqualTo("KECAMATAN");
      assertThat(r.get("indicator").get("id").asText()).isNotEmpty();
      assertThat(r.get("period").get("label").asText()).startsWith("2026");
      if (den == 0) {
        assertThat(r.has("percent")).as("left out, never null or 0").isFalse();
        assertThat(r.has("wilson95")).isFalse();
        assertThat(r.has("met")).isFalse();
      } else {
        double v = r.get("percent").asDouble();
        assertThat(v).isEqualTo(100.0 * num / den, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.get("wilson95").get("lower").asDouble() * 100)
            .isLessThanOrEqualTo(v + 1e-9);
        assertThat(r.get("wilson95").get("upper").asDouble() * 100)
            .isGreaterThanOrEqualTo(v - 1e-9);
      }
    }
  }

  @Test
  void reportRefusesAQuarterPeriodABadLevelAreaOrFormatWithExit2() {
    assertThat(run("report", data.toString(), "--period", "2026-Q4")).isEqualTo(2);
    assertThat(err.toString()).contains("periode harus satu bulan");
    assertThat(run("report", data.toString(), "--period", "Oktober")).isEqualTo(2);
    assertThat(run("report", data.toString(), "--period", "2026-10", "--level", "rt"))
        .isEqualTo(2);
    assertThat(run("report", data.toString(), "--period", "2026-10", "--area", "XYZ"))
        .isEqualTo(2);
    assertThat(run("report", data.toString(), "--period", "2026-10", "--format", "xml"))
        .isEqualTo(2);
    assertThat(run("report", data.toString())).isEqualTo(2);
    assertThat(run("report", data.toString(), "--period", "2026-10", "--as-of", "31/10/2026"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("invalid date '31/10/2026'");
    assertThat(err.toString()).doesNotContain("Exception");
  }

  @Test
  void reportOnMissingDataIsExit2AndOnInvalidDataExit1WithFileAndLine() throws IOException {
    assertThat(run("report", dir.resolve("none").toString(), "--period", "2026-10"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("data tidak dapat dibaca");
    Path copy = copyOfData();
    Path visits = copy.resolve(PopulationFiles.VISITS);
    long lines = Files.readAllLines(visits).size();
    Files.writeString(visits, "{\"type\":\"visit\",\"id\":\"x\"}\n", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    assertThat(run("report", copy.toString(), "--period", "2026-10")).isEqualTo(1);
    assertThat(err.toString()).contains("visits.ndjson:" + (lines + 1) + ":")
        .contains("1 tidak sah").doesNotContain("Exception");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void followupListsDenominatorMinusNumeratorOfTheReport() {
    assertThat(run("report", data.toString(), "--period", "2026-10", "--format", "csv")).isZero();
    String row = out.toString().lines().filter(l -> l.startsWith("KES-DS,")
        && l.contains("," + POSYANDU + ",")).findFirst().orElseThrow();
    List<String> cells = Arrays.asList(row.split(","));
    long num = Long.parseLong(cells.get(7));
    long den = Long.parseLong(cells.get(8));
    out.getBuffer().setLength(0);
    assertThat(run("followup", data.toString(), "--indicator", "KES-DS", "--posyandu",
        "32.04.01.2001.001", "--period", "2026-10")).as(err.toString()).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).startsWith("KES-DS").contains(POSYANDU);
    assertThat(lines.subList(1, lines.size() - 1)).hasSize((int) (den - num))
        .allMatch(l -> l.startsWith("R") && l.contains("WEIGHED_IN_PERIOD"));
    assertThat(lines.get(lines.size() - 1)).isEqualTo((den - num)
        + " sasaran perlu ditindaklanjuti.");
  }

  @Test
  void followupAndHomevisitWriteOneCanonicalJsonObjectALineAsNdjson() throws IOException {
    assertThat(run("followup", data.toString(), "--indicator", "KES-DS", "--posyandu",
        POSYANDU, "--period", "2026-10")).isZero();
    long textEntries = out.toString().lines().count() - 2;
    out.getBuffer().setLength(0);
    assertThat(run("followup", data.toString(), "--indicator", "KES-DS", "--posyandu",
        POSYANDU, "--period", "2026-10", "--format", "ndjson")).as(err.toString()).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat((long) lines.size()).isEqualTo(textEntries);
    for (String l : lines) {
      JsonNode f = new ObjectMapper().readTree(l);
      assertThat(f.get("indicatorId").asText()).isEqualTo("KES-DS");
      assertThat(f.get("inDenominator").asBoolean()).isTrue();
      assertThat(f.get("inNumerator").asBoolean()).isFalse();
      assertThat(f.get("reasons").get(0).has("id")).isTrue();
    }
    out.getBuffer().setLength(0);
    assertThat(run("homevisit", data.toString(), "--posyandu", POSYANDU, "--period", "2026-10",
        "--format", "ndjson")).as(err.toString()).isZero();
    for (String l : out.toString().lines().toList()) {
      JsonNode v = new ObjectMapper().readTree(l);
      assertThat(v.get("findings").size()).isEqualTo(v.get("reasons").size()).isPositive();
      assertThat(v.get("urgency").isInt()).isTrue();
    }
  }

  @Test
  void followupRefusesUnknownIndicatorOrPosyanduWithExit2() {
    assertThat(run("followup", data.toString(), "--indicator", "KES-NOPE", "--posyandu", POSYANDU,
        "--period", "2026-10")).isEqualTo(2);
    assertThat(err.toString()).contains("indikator tidak dikenal: KES-NOPE");
    assertThat(run("followup", data.toString(), "--indicator", "KES-DS", "--posyandu",
        "3204012001999", "--period", "2026-10")).isEqualTo(2);
    assertThat(err.toString()).contains("Posyandu tidak ada dalam data");
    assertThat(run("followup", data.toString(), "--indicator", "KES-DS", "--posyandu", "12",
        "--period", "2026-10", "--lang", "en")).isEqualTo(2);
    assertThat(err.toString()).contains("malformed Posyandu registration number");
    assertThat(run("followup", data.toString(), "--indicator", "KES-DS", "--period", "2026-10"))
        .isEqualTo(2);
    assertThat(err.toString()).doesNotContain("Exception");
  }

  @Test
  void followupOnInvalidDataIsExit1() throws IOException {
    Path copy = copyOfData();
    Files.delete(copy.resolve(PopulationFiles.HOUSEHOLDS));
    assertThat(run("followup", copy.toString(), "--indicator", "KES-DS", "--posyandu", POSYANDU,
        "--period", "2026-10")).isEqualTo(1);
    assertThat(err.toString()).contains("rujukan tidak ditemukan");
  }

  @Test
  void homevisitListsMostUrgentFirstWithReasons() {
    assertThat(run("homevisit", data.toString(), "--posyandu", POSYANDU, "--period", "2026-10",
        "--lang", "en")).as(err.toString()).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(1)).startsWith("urgency\t");
    List<Integer> urgency = lines.subList(2, lines.size() - 1).stream()
        .map(l -> Integer.parseInt(l.split("\t")[0])).toList();
    assertThat(urgency).isNotEmpty().isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    assertThat(lines.get(lines.size() - 1)).isEqualTo(urgency.size() + " home visits.");
  }

  @Test
  void homevisitRefusesAnUnknownPosyanduOrPeriodWithExit2() {
    assertThat(run("homevisit", data.toString(), "--posyandu", "3204012001999", "--period",
        "2026-10")).isEqualTo(2);
    assertThat(run("homevisit", data.toString(), "--posyandu", POSYANDU, "--period", "2026"))
        .isEqualTo(2);
    assertThat(err.toString()).doesNotContain("Exception");
  }

  @Test
  void schemaPrintsEverySchemaAsOneJsonObjectOrOneType() throws IOException {
    assertThat(run("schema")).isZero();
    JsonNode all = new ObjectMapper().readTree(out.toString());
    assertThat(all.has("resident")).isTrue();
    assertThat(all.has("visit")).isTrue();
    assertThat(all.get("resident").get("$schema").asText()).contains("2020-12");
    assertThat(all.has("reportRow")).as("the result types too").isTrue();
    assertThat(all.has("zScore")).isTrue();
    out.getBuffer().setLength(0);
    assertThat(run("schema", "household")).isZero();
    assertThat(new ObjectMapper().readTree(out.toString()).get("title").asText())
        .isEqualTo("Household");
  }

  @Test
  void schemaOfAnUnknownTypeIsExit2ListingTheTypes() {
    assertThat(run("schema", "nope")).isEqualTo(2);
    assertThat(err.toString()).contains("'nope'", "resident", "household");
  }

  @Test
  void readmeCommandLineSectionListsEveryCommand() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    assertThat(readme).contains("## Command line");
    for (String name : new CommandLine(new PosyanduCli()).getSubcommands().keySet()) {
      if (!name.equals("help")) {
        assertThat(readme).as(name).contains("| `" + name + "` |");
      }
    }
  }

  private Path copyOfData() throws IOException {
    Path copy = dir.resolve("copy");
    Files.createDirectories(copy);
    try (Stream<Path> s = Files.list(data)) {
      for (Path f : s.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    return copy;
  }
}
