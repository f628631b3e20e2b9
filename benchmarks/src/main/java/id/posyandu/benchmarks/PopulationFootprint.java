package id.posyandu.benchmarks;

import id.posyandu.rules.population.Population;
import id.posyandu.testkit.SyntheticPopulation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.YearMonth;

/**
 * How long {@link SyntheticPopulation} takes to generate a population and how much heap the
 * {@link Population} keeps once built: not a JMH benchmark (generation runs once per size), a plain
 * main. Run {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar
 * id.posyandu.benchmarks.PopulationFootprint 100000 [seed] [months] [end yyyy-mm]}.
 */
public final class PopulationFootprint {
  private PopulationFootprint() {}

  /**
   * Generates one population and prints its counts, the generation time and the retained heap.
   *
   * @param args residents, seed, months, end month (all optional)
   */
  public static void main(String[] args) {
    int residents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : SyntheticPopulation.DEFAULT_SEED;
    int months = args.length > 2 ? Integer.parseInt(args[2]) : 12;
    YearMonth end = args.length > 3 ? YearMonth.parse(args[3]) : YearMonth.of(2026, 10);
    SyntheticPopulation params = SyntheticPopulation.builder().residents(residents).seed(seed)
        .months(months).endMonth(end).build();
    // warm-up: class loading, reference tables, JIT
    SyntheticPopulation.builder().residents(Math.min(residents, 20_000)).seed(seed).months(months)
        .endMonth(end).build().generate();
    long before = usedAfterGc();
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long c0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    Population population = params.generate();
    long t1 = System.nanoTime();
    long c1 = threads.getCurrentThreadCpuTime();
    long after = usedAfterGc();
    System.out.println(population);
    System.out.printf("generated in %.2f s wall, %.2f s CPU of the generating thread (GC threads"
            + " not counted); retained heap %.1f MB (%.0f bytes a resident)%n",
        (t1 - t0) / 1e9, (c1 - c0) / 1e9, (after - before) / 1048576.0,
        (after - before) / (double) residents);
    if (Boolean.getBoolean("footprint.hold")) { // keep it alive for jcmd GC.class_histogram
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    System.out.println(population.residents().size() + " residents kept");
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
