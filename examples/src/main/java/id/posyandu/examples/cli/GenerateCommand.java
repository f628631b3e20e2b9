package id.posyandu.examples.cli;

import id.posyandu.examples.data.PopulationFiles;
import id.posyandu.json.PosyanduJson;
import id.posyandu.rules.population.Population;
import id.posyandu.rules.population.SyntheticPopulation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code posyandu generate}: writes a seeded synthetic population ({@link SyntheticPopulation}) as
 * NDJSON files, one per record type ({@link PopulationFiles}), that {@code validate},
 * {@code report}, {@code followup} and {@code homevisit} read. The same options give the same
 * files. Exit code 0 on success, 2 when an option is out of range or the directory cannot be
 * written.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {
        "Membuat populasi sintetis (berbiji) sebagai berkas NDJSON, satu per jenis rekaman.",
        "Writes a seeded synthetic population as NDJSON files, one per record type.",
        "Keluar / exit: 0 berhasil / done, 2 opsi salah atau folder tidak dapat ditulis / "
            + "bad option or directory not writable."})
final class GenerateCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--residents", required = true, paramLabel = "N",
      description = "Jumlah warga / number of residents (1..10000000)")
  int residents;

  @Option(names = "--seed", paramLabel = "S",
      description = "Biji acak / random seed (default: " + SyntheticPopulation.DEFAULT_SEED + ")")
  long seed = SyntheticPopulation.DEFAULT_SEED;

  @Option(names = "--months", paramLabel = "M",
      description = "Bulan kunjungan / months of visits (1..60, default: "
          + SyntheticPopulation.DEFAULT_MONTHS + ")")
  int months = SyntheticPopulation.DEFAULT_MONTHS;

  @Option(names = "--end", paramLabel = "YYYY-MM", converter = DataInput.MonthConverter.class,
      description = "Bulan terakhir / last month (default: the previous month in Asia/Jakarta)")
  YearMonth end;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "Folder keluaran / output directory")
  Path output;

  @Option(names = "--lang", defaultValue = "id",
      description = "Bahasa pesan / message language: ${COMPLETION-CANDIDATES} (default: id)")
  ValidateCommand.Lang lang;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean en = lang == ValidateCommand.Lang.en;
    YearMonth last = end != null ? end : YearMonth.now(ZoneId.of("Asia/Jakarta")).minusMonths(1);
    SyntheticPopulation params;
    try {
      params = SyntheticPopulation.builder().residents(residents).seed(seed).months(months)
          .endMonth(last).build();
    } catch (IllegalArgumentException e) {
      err.println("posyandu: " + DataInput.text(en, "opsi tidak sah: ", "invalid option: ")
          + e.getMessage());
      return PosyanduCli.EXIT_UNREADABLE;
    }
    boolean terminal = System.console() != null;
    Consumer<String> progress = terminal
        ? name -> err.println(DataInput.text(en, "menulis ", "writing ") + name + " ...")
        : name -> { };
    if (terminal) {
      err.println(DataInput.text(en, "membuat ", "generating ") + residents
          + DataInput.text(en, " warga ...", " residents ..."));
    }
    Population population = params.generate();
    long written;
    try {
      written = PopulationFiles.write(population, output, PosyanduJson.withoutValidation(),
          progress);
    } catch (IOException e) {
      err.println("posyandu: " + DataInput.text(en, "folder tidak dapat ditulis: ",
          "cannot write the directory: ") + output);
      return PosyanduCli.EXIT_UNREADABLE;
    }
    out.println(DataInput.text(en,
        String.format("%d rekaman ditulis ke %s: %s (biji %d, %d bulan sampai %s)", written,
            output, population, seed, months, last),
        String.format("%d records written to %s: %s (seed %d, %d months up to %s)", written,
            output, population, seed, months, last)));
    return 0;
  }
}
