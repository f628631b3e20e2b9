package id.posyandu.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.record.ResidentRecords;
import id.posyandu.core.record.Visit;
import id.posyandu.rules.indicator.IndicatorReport;
import id.posyandu.rules.indicator.IndicatorTally;
import id.posyandu.rules.indicator.ReportLevel;
import id.posyandu.rules.population.Population;
import id.posyandu.rules.population.PopulationProblem;
import id.posyandu.testkit.SyntheticPopulation;
import id.posyandu.rules.spm.SixSpm;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The partitioned read ({@link PopulationPartitions}) gives the same report, row for row at every
 * level, as the whole population in memory, whatever the order of files and lines and however
 * small the partitions; and it loses nothing when lines are bad.
 */
class PopulationPartitionsTest {

  private static final YearMonth MONTH = YearMonth.of(2026, 10);
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 5);
  private static final PosyanduJson JSON = PosyanduJson.asOf(LocalDate.of(2026, 12, 31));
  private static final SixSpm SPM = SixSpm.standard();

  @TempDir Path dir;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 7, 42})
  void partitionedReportEqualsTheWholePopulationsAtEveryLevel(long seed) throws IOException {
    Population population = SyntheticPopulation.builder().residents(1200).seed(seed).months(12)
        .endMonth(MONTH).build().generate();
    List<String> lines = lines(population);
    Collections.shuffle(lines, new Random(seed));
    List<Path> files = split(lines, 5, new Random(seed + 1));

    Recorder problems = new Recorder();
    PopulationPartitions.Result<IndicatorTally> r = PopulationPartitions.of(JSON).threads(2)
        .partitionBytes(40_000).tempDirectory(spill())
        .evaluate(files, p -> SPM.evaluate(p, MONTH, AS_OF), IndicatorTally::merge, problems);

    assertThat(problems.all).as("problems").isEmpty();
    assertThat(r.clean()).isTrue();
    assertThat(r.partitions()).as("partitions").isGreaterThan(20);
    assertThat(r.read()).isEqualTo(lines.size()).isEqualTo(r.accepted());
    IndicatorTally whole = SPM.evaluate(population, MONTH, AS_OF);
    assertThat(r.value().orElseThrow()).isEqualTo(whole);
    assertThat(r.posyanduDesa()).isEqualTo(population.posyanduDesa());
    for (ReportLevel level : ReportLevel.values()) {
      IndicatorReport expected = IndicatorReport.of(SPM.indicators(), whole,
          population.posyanduDesa(), level);
      IndicatorReport actual = IndicatorReport.of(SPM.indicators(), r.value().orElseThrow(),
          r.posyanduDesa(), level);
      assertThat(actual.rows()).as(level.code()).isEqualTo(expected.rows());
    }
    try (Stream<Path> left = Files.list(spill())) {
      assertThat(left).as("spill deleted").isEmpty();
    }
  }

  @Test
  void oneThreadAndOnePartitionGiveTheSameTally() throws IOException {
    Population population = SyntheticPopulation.builder().residents(400).seed(3).months(12)
        .endMonth(MONTH).build().generate();
    List<Path> files = split(lines(population), 1, new Random(3));
    PopulationPartitions.Result<IndicatorTally> r = PopulationPartitions.of(JSON).threads(1)
        .tempDirectory(spill())
        .evaluate(files, p -> SPM.evaluate(p, MONTH, AS_OF), IndicatorTally::merge,
            new Recorder());
    assertThat(r.partitions()).isEqualTo(1);
    assertThat(r.value()).contains(SPM.evaluate(population, MONTH, AS_OF));
  }

  @Test
  void everyBadLineAndEveryUnresolvedReferenceIsReportedAndNoResultIsGiven() throws IOException {
    Population population = SyntheticPopulation.builder().residents(300).seed(5).months(6)
        .endMonth(MONTH).build().generate();
    List<String> lines = lines(population);
    Visit v = population.visits().get(0);
    String visit = JSON.write(v);
    List<String> bad = new ArrayList<>(lines);
    bad.add("{\"type\":\"visit\",");                                          // malformed
    bad.add("not json at all");                                                // malformed
    bad.add(typed("visit", visit.replace("\"residentId\":\"" + v.residentId() + "\"",
        "\"residentId\":\"nobody\"").replace("\"id\":\"" + v.id() + "\"", "\"id\":\"V-x1\"")));
    bad.add(typed("visit", visit));                                            // duplicate id
    bad.add(typed("visit", visit.replace("\"id\":\"" + v.id() + "\"", "\"id\":\"V-x2\"")
        .replace("\"date\":\"" + v.date() + "\"", "\"date\":\"2025-02-30\"")));  // bad date
    bad.add("   ");                                                            // blank
    Path file = Files.createDirectories(dir.resolve("in")).resolve("all.ndjson");
    Files.write(file, bad, StandardCharsets.UTF_8);

    Recorder problems = new Recorder();
    PopulationPartitions.Result<IndicatorTally> r = PopulationPartitions.of(JSON).threads(2)
        .partitionBytes(30_000).tempDirectory(spill())
        .evaluate(List.of(file), p -> SPM.evaluate(p, MONTH, AS_OF), IndicatorTally::merge,
            problems);

    assertThat(r.value()).isEmpty();
    assertThat(r.clean()).isFalse();
    assertThat(r.read()).isEqualTo(bad.size() - 1).isEqualTo(r.accepted() + r.rejected());
    assertThat(r.blank()).isEqualTo(1);
    assertThat(r.rejected()).isEqualTo(3);
    assertThat(r.referenceProblems()).isEqualTo(2);
    int first = lines.size() + 1;
    assertThat(problems.lines).extracting(s -> s.split(":")[0] + ":" + s.split(":")[1])
        .containsExactly("all.ndjson:" + first, "all.ndjson:" + (first + 1),
            "all.ndjson:" + (first + 4));
    assertThat(problems.references).containsExactlyInAnyOrder(
        "all.ndjson:" + (first + 2) + " Visit V-x1: warga tidak dikenal / unknown resident nobody",
        "all.ndjson:" + (first + 3) + " Visit " + v.id() + ": id ganda / duplicate id " + v.id());
  }

  @Test
  void residentRecordsLinesAreReadAsTheirParts() throws IOException {
    Population population = SyntheticPopulation.builder().residents(200).seed(9).months(6)
        .endMonth(MONTH).build().generate();
    List<String> lines = new ArrayList<>();
    RecordTypes types = RecordTypes.core();
    addAll(lines, population.posyandu(), types);
    addAll(lines, population.kader(), types);
    addAll(lines, population.households(), types);
    addAll(lines, population.serviceRequests(), types);
    for (var resident : population.residents()) {
      lines.add(line(ResidentRecords.builder().resident(resident)
          .addAllVisits(population.visitsOf(resident.id()))
          .addAllPregnancies(population.pregnanciesOf(resident.id())).build(), types));
    }
    List<Path> files = split(lines, 2, new Random(9));
    PopulationPartitions.Result<IndicatorTally> r = PopulationPartitions.of(JSON).threads(2)
        .partitionBytes(20_000).tempDirectory(spill())
        .evaluate(files, p -> SPM.evaluate(p, MONTH, AS_OF), IndicatorTally::merge,
            new Recorder());
    assertThat(r.read()).isEqualTo(lines.size()).isEqualTo(r.accepted());
    assertThat(r.value()).contains(SPM.evaluate(population, MONTH, AS_OF));
  }

  @Test
  void onlyThePartitionOfOnePosyanduIsEvaluatedButEveryLineIsRead() throws IOException {
    Population population = SyntheticPopulation.builder().residents(800).seed(11).months(6)
        .posyanduCount(6).endMonth(MONTH).build().generate();
    List<String> lines = lines(population);
    String posyanduId = population.posyanduId(population.posyandu().get(1).registrationNumber());
    PopulationPartitions.Result<List<String>> r = PopulationPartitions.of(JSON).threads(2)
        .partitionBytes(20_000).tempDirectory(spill()).onlyPartitionOf(posyanduId)
        .evaluate(split(lines, 3, new Random(11)),
            p -> List.of(p.posyanduDesa().keySet().toString()), (a, b) -> {
              List<String> all = new ArrayList<>(a);
              all.addAll(b);
              return all;
            }, new Recorder());
    assertThat(r.read()).isEqualTo(lines.size());
    assertThat(r.value().orElseThrow()).hasSize(1).first().asString().contains(posyanduId);
  }

  @Test
  void aTallyIsSerializableForDistributedEngines() throws Exception {
    Population population = SyntheticPopulation.builder().residents(100).seed(2).months(3)
        .endMonth(MONTH).build().generate();
    IndicatorTally tally = SPM.evaluate(population, MONTH, AS_OF);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(tally);
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(tally);
    }
  }

  private Path spill() throws IOException {
    return Files.createDirectories(dir.resolve("spill"));
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** Every record of a population as a typed NDJSON line. */
  static List<String> lines(Population p) {
    RecordTypes types = RecordTypes.core();
    List<String> lines = new ArrayList<>();
    addAll(lines, p.posyandu(), types);
    addAll(lines, p.kader(), types);
    addAll(lines, p.households(), types);
    addAll(lines, p.residents(), types);
    addAll(lines, p.pregnancies(), types);
    addAll(lines, p.visits(), types);
    addAll(lines, p.serviceRequests(), types);
    return lines;
  }

  private static void addAll(List<String> lines, List<?> records, RecordTypes types) {
    for (Object r : records) {
      lines.add(line(r, types));
    }
  }

  private static String line(Object record, RecordTypes types) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = RecordWriter.of(JSON, out, types)) {
      w.write(record);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString(StandardCharsets.UTF_8).strip();
  }

  private static String typed(String type, String json) {
    return "{\"type\":\"" + type + "\"," + json.substring(1);
  }

  /** The lines cut into {@code n} files of random sizes. */
  private List<Path> split(List<String> lines, int n, Random random) throws IOException {
    List<Path> files = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < n; i++) {
      int to = i == n - 1 ? lines.size() : from + random.nextInt(lines.size() - from + 1);
      Path f = Files.createDirectories(dir.resolve("in")).resolve("part-" + i + ".ndjson");
      Files.write(f, lines.subList(from, to), StandardCharsets.UTF_8);
      files.add(f);
      from = to;
    }
    return files;
  }

  /** Records what the listener is told. */
  private static final class Recorder implements PopulationPartitions.Listener {
    final List<String> all = new ArrayList<>();
    final List<String> lines = new ArrayList<>();
    final List<String> references = new ArrayList<>();

    @Override
    public void lineProblem(String file, JsonProblem problem) {
      String s = file + ":" + problem.format(java.util.Locale.ENGLISH);
      lines.add(s);
      all.add(s);
    }

    @Override
    public void referenceProblem(String file, long line, PopulationProblem problem) {
      String s = file + ":" + line + " " + problem;
      references.add(s);
      all.add(s);
    }
  }
}
