package id.posyandu.spark;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.SpmArea;
import id.posyandu.json.JsonProblem;
import id.posyandu.json.PopulationPartitions;
import id.posyandu.json.PosyanduJson;
import id.posyandu.json.RecordTypes;
import id.posyandu.json.RecordWriter;
import id.posyandu.rules.indicator.IndicatorReport;
import id.posyandu.rules.indicator.IndicatorTally;
import id.posyandu.rules.indicator.ReportLevel;
import id.posyandu.rules.indicator.ReportRow;
import id.posyandu.rules.population.Population;
import id.posyandu.rules.population.PopulationProblem;
import id.posyandu.rules.spm.SixSpm;
import id.posyandu.testkit.SyntheticPopulation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job equals the single-machine partitioned reader ({@link PopulationPartitions}, what
 * {@code posyandu report} runs): the same report rows at every level, the same counts and the same
 * problems in the same order, for generated populations whose records are shuffled and split into
 * many files, with and without corrupt lines. On {@code local[2]} with small populations (the large
 * runs are benchmarks, see the README).
 */
class SparkPartitionsTest {

  static final YearMonth MONTH = YearMonth.of(2026, 10);
  static final LocalDate AS_OF = MONTH.atEndOfMonth();
  static SparkSession spark;

  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    spark = SparkReportJob.session("local[2]", "posyandu-spark-test", 4);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** All lines of a generated population, canonical NDJSON. */
  static List<String> lines(long seed, int residents) throws IOException {
    Population p = SyntheticPopulation.builder().residents(residents).seed(seed).months(12)
        .endMonth(MONTH).build().generate();
    List<Object> all = new ArrayList<>();
    all.addAll(p.posyandu());
    all.addAll(p.kader());
    all.addAll(p.households());
    all.addAll(p.residents());
    all.addAll(p.pregnancies());
    all.addAll(p.visits());
    all.addAll(p.serviceRequests());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = RecordWriter.of(PosyanduJson.withoutValidation(), out,
        RecordTypes.core())) {
      for (Object r : all) {
        w.write(r);
      }
    }
    return new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
  }

  /** Shuffles the lines and writes them into {@code parts} files (some with CRLF line ends). */
  static Path write(Path dir, List<String> lines, int parts, long seed) throws IOException {
    Collections.shuffle(lines, new Random(seed));
    Files.createDirectories(dir);
    List<StringBuilder> files = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      files.add(new StringBuilder());
    }
    for (int i = 0; i < lines.size(); i++) {
      int f = i % parts;
      files.get(f).append(lines.get(i)).append(f % 3 == 1 ? "\r\n" : "\n");
    }
    for (int i = 0; i < parts; i++) {
      Files.writeString(dir.resolve(String.format("part-%03d.ndjson", i)), files.get(i));
    }
    return dir;
  }

  /** What a run gave, in a form to compare. */
  record Outcome(java.util.Map<ReportLevel, List<String>> rows, long read, long accepted, long rejected, long blank,
      long references, List<String> problems) {}

  static Outcome single(Path dir) throws IOException {
    SixSpm spm = SixSpm.standard();
    List<String> problems = new ArrayList<>();
    PopulationPartitions.Result<IndicatorTally> r = PopulationPartitions.of(PosyanduJson.asOf(
        AS_OF)).threads(2).partitionBytes(384 << 10).evaluate(PopulationPartitions.files(dir),
            p -> spm.evaluate(p, MONTH, AS_OF), IndicatorTally::merge,
            new PopulationPartitions.Listener() {
              @Override
              public void lineProblem(String file, JsonProblem problem) {
                problems.add(file + ":" + problem.format(Locale.ENGLISH));
              }

              @Override
              public void referenceProblem(String file, long line, PopulationProblem problem) {
                problems.add((file.isEmpty() ? "(partition)" : file + ":" + line) + ": "
                    + problem);
              }
            });
    return new Outcome(rows(r.value().orElse(null), r.posyanduDesa()), r.read(),
        r.accepted(), r.rejected(), r.blank(), r.referenceProblems(), problems);
  }

  static Outcome spark(Path dir) throws IOException {
    SixSpm spm = SixSpm.standard();
    SparkPartitions.Result<IndicatorTally> r = SparkPartitions.asOf(AS_OF)
        .partitionBytes(384 << 10).evaluate(spark, dir.toString(),
            p -> SixSpm.standard().evaluate(p, MONTH, AS_OF), IndicatorTally::merge);
    List<String> problems = new ArrayList<>();
    for (Problem p : r.problems().collect()) {
      problems.add(p.format(r.fileName(p, ""), "(partition)", Locale.ENGLISH));
    }
    assertThat(spm).isNotNull();
    return new Outcome(rows(r.value().orElse(null), r.posyanduDesa()), r.read(),
        r.accepted(), r.rejected(), r.blank(), r.referenceProblems(), problems);
  }

  static java.util.Map<ReportLevel, List<String>> rows(IndicatorTally tally, java.util.Map<String,
      id.posyandu.core.code.KodeWilayah> desa) {
    java.util.Map<ReportLevel, List<String>> all = new java.util.EnumMap<>(ReportLevel.class);
    if (tally != null) {
      for (ReportLevel level : ReportLevel.values()) {
        all.put(level, rows(tally, desa, level));
      }
    }
    return all;
  }

  static List<String> rows(IndicatorTally tally, java.util.Map<String,
      id.posyandu.core.code.KodeWilayah> desa, ReportLevel level) {
    IndicatorReport report = IndicatorReport.of(SixSpm.standard().indicators(), tally, desa,
        level);
    List<String> out = new ArrayList<>();
    for (SpmArea a : SpmArea.values()) {
      for (ReportRow r : report.rows(a)) {
        out.add(r.indicator().id() + "|" + r.level() + "|" + r.unit() + "|" + r.period().label()
            + "|" + r.count().numerator() + "/" + r.count().denominator());
      }
    }
    return out;
  }

  @Test
  void equalsTheSingleMachineReportAtEveryLevelForSeveralSeeds() throws IOException {
    long[] seeds = {1, 7};
    for (long seed : seeds) {
      Path dir = write(tmp.resolve("seed" + seed), lines(seed, 500), 7, seed);
      Outcome expected = single(dir);
      Outcome actual = spark(dir);
      for (ReportLevel level : ReportLevel.values()) {
        assertThat(expected.rows().get(level)).as("seed %d level %s", seed, level).isNotEmpty();
        assertThat(actual.rows().get(level)).as("seed %d level %s", seed, level)
            .containsExactlyElementsOf(expected.rows().get(level));
      }
      assertThat(actual).as("seed %d", seed).isEqualTo(expected);
    }
  }

  @Test
  void corruptLinesAreCountedAndReportedAsTheCliDoes() throws IOException {
    List<String> lines = lines(3, 400);
    List<String> bad = new ArrayList<>();
    bad.add("{not json");
    bad.add("   ");
    bad.add("");
    bad.add("[1,2]");
    bad.add("{\"type\":\"nothing\",\"id\":\"x\"}");
    for (String l : lines) {
      if (l.contains("\"type\":\"visit\"") && bad.size() < 8) {
        bad.add(l.replaceFirst("\"residentId\":\"[^\"]*\"", "\"residentId\":\"NOBODY\""));
        bad.add(l);  // a duplicate id
      } else if (l.contains("\"type\":\"household\"") && bad.size() < 10) {
        bad.add(l.replaceFirst("\\{", "{\"extra\":1,"));  // a duplicate, and rejected
      } else if (l.contains("\"type\":\"resident\"") && bad.size() < 11) {
        bad.add(l.replaceFirst("\"householdId\":\"[^\"]*\"", "\"householdId\":\"NOWHERE\""));
      }
    }
    lines.addAll(bad);
    Path dir = write(tmp.resolve("bad"), lines, 5, 3);
    Outcome expected = single(dir);
    Outcome actual = spark(dir);
    assertThat(expected.rejected()).isPositive();
    assertThat(expected.references()).isPositive();
    assertThat(expected.read()).isEqualTo(expected.accepted() + expected.rejected());
    assertThat(actual).isEqualTo(expected);
  }
}
