package id.posyandu.benchmarks;

import id.posyandu.core.Sex;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.rules.anthro.Age;
import id.posyandu.rules.anthro.AnthroBatch;
import id.posyandu.rules.anthro.AnthroBatchResult;
import id.posyandu.rules.anthro.AnthroInput;
import id.posyandu.rules.anthro.AnthroResult;
import id.posyandu.rules.anthro.Indicator;
import id.posyandu.rules.anthro.WhoGrowthStandards;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How fast are WHO z-scores? Six indicators (length/height-, weight-, BMI-, head- and
 * arm-circumference-for-age, weight-for-length/height) for 1,000,000 children aged 0-59 months, with
 * the bulk API on one thread and on all cores, and with the single-child API. The goal (issue 3):
 * 1,000,000 children x six indicators in under 0.2 s; WHO's R code takes about 20 s.
 *
 * <pre>
 * ./mvnw -q package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ZScoreBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
public class ZScoreBenchmark {

  /** Children in the bulk benchmarks. */
  static final int CHILDREN = 1_000_000;
  /** Children per invocation of the single-child benchmark. */
  static final int SINGLE = 10_000;
  /** Seed of the generated children. */
  static final long SEED = 20261125L;
  static final Set<Indicator> SIX = EnumSet.of(Indicator.LENGTH_HEIGHT_FOR_AGE,
      Indicator.WEIGHT_FOR_AGE, Indicator.WEIGHT_FOR_LENGTH_HEIGHT, Indicator.BMI_FOR_AGE,
      Indicator.HEAD_CIRCUMFERENCE_FOR_AGE, Indicator.ARM_CIRCUMFERENCE_FOR_AGE);

  private final WhoGrowthStandards who = WhoGrowthStandards.standard();
  private AnthroBatch batch;
  private AnthroInput[] singles;

  /** Generates plausible children (0-59 months; z around 0 with SD 1.3). */
  @Setup(Level.Trial)
  public void generate() {
    Random r = new Random(SEED);
    batch = new AnthroBatch(CHILDREN);
    singles = new AnthroInput[SINGLE];
    for (int i = 0; i < CHILDREN; i++) {
      Sex sex = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
      int days = r.nextInt(1826);
      double months = days / Age.DAYS_PER_MONTH;
      double height = 50 + 1.45 * months - 0.0065 * months * months + r.nextGaussian() * 3.5;
      double weight = 3.3 + 0.42 * months - 0.0022 * months * months + r.nextGaussian() * 1.2;
      double headc = 35 + 0.55 * months - 0.0055 * months * months + r.nextGaussian() * 1.3;
      double armc = 14 + 0.04 * months + r.nextGaussian() * 1.1;
      MeasurePosition pos = days < 731 ? MeasurePosition.RECUMBENT : MeasurePosition.STANDING;
      batch.sex(i, sex).ageDays(i, days).weightKg(i, Math.max(1.5, weight))
          .lengthOrHeightCm(i, height, pos).headCircumferenceCm(i, headc)
          .armCircumferenceCm(i, armc);
      if (i < SINGLE) {
        singles[i] = AnthroInput.builder().sex(sex).age(Age.ofDays(days))
            .weightKg(Math.max(1.5, weight)).lengthOrHeightCm(height).position(pos)
            .headCircumferenceCm(headc).armCircumferenceCm(armc).build();
      }
    }
  }

  /** The bulk API on the calling thread: 1,000,000 children, six indicators. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public AnthroBatchResult bulkOneThread() {
    return who.compute(batch, SIX);
  }

  /** The bulk API on every core: 1,000,000 children, six indicators. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public AnthroBatchResult bulkParallel() {
    return who.computeParallel(batch, SIX);
  }

  /** The single-child API (all eight WHO Anthro outputs, six with inputs), per child. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @OperationsPerInvocation(SINGLE)
  public void singleChild(Blackhole bh) {
    for (AnthroInput in : singles) {
      AnthroResult r = who.anthro(in);
      bh.consume(r);
    }
  }
}
