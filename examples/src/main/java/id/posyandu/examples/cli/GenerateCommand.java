package id.posyandu.examples.cli;

import id.posyandu.examples.data.PopulationFiles;
import id.posyandu.json.PosyanduJson;
import id.posyandu.rules.population.Population;
import id.posyandu.testkit.SyntheticPopulation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code posyandu generate}: writes a seeded synthetic population ({@link SyntheticPopulation}) as
 * NDJSON files, one per record type, each line naming its type ({@link PopulationFiles}), as
 * {@code validate}, {@code report}, {@code followup} and {@code homevisit} read them. Progress goes
 * to standard error only when it is a terminal. Exit code 0, 2 when an option is out of range or the
 * directory cannot be written.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {
        "Membuat populasi sintetis yang deterministik sebagai berkas NDJSON.",
        "Writes a deterministic synthetic population as NDJSON files (posyandu, kader, households,"
            + " residents, pregnancies, visits, service-requests)."})
final class GenerateCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--residents", defaultValue = "2000", paramLabel = "N",
      description = "Jumlah warga / number of residents (default: ${DEFAULT-VALUE})")
  int residents;

  @Option(names = "--seed", defaultValue = "20240101", paramLabel = "S",
      description = "Benih acak / random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--months", defaultValue = "12", paramLabel = "M",
      description = "Jumlah bulan kunjungan / months of visits (default: ${DEFAULT-VALUE})")
  int months;

  @Option(names = "--end", defaultValue = "2026-10", paramLabel = "YYYY-MM",
      converter = DataInput.MonthConverter.class,
      description = "Bulan terakhir / last month (default: ${DEFAULT-VALUE}; fixed, so the output"
          + " does not depend on the day it is run)")
  YearMonth end;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "Direktori keluaran / output directory")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    SyntheticPopulation params;
    try {
      params = SyntheticPopulation.builder().residents(residents).seed(seed).months(months)
          .endMonth(end).build();
    } catch (IllegalArgumentException e) {
      err.println("posyandu: opsi tidak sah / invalid option: " + e.getMessage());
      return PosyanduCli.EXIT_UNREADABLE;
    }
    // progress only for a person at a terminal, never in pipes or tests
    Progress progress = Progress.onTerminal(err);
    progress.step("membuat " + residents + " warga", "generating " + residents + " residents");
    Population p = params.generate();
    try {
      PopulationFiles.write(p, dir, PosyanduJson.withoutValidation(),
          name -> progress.step("menulis " + name, "writing " + name));
    } catch (IOException e) {
      err.println("posyandu: folder tidak dapat ditulis / cannot write the directory: " + dir);
      return PosyanduCli.EXIT_UNREADABLE;
    }
    spec.commandLine().getOut().println(p + " -> " + dir + " (as of " + params.asOf() + ")");
    return 0;
  }
}
