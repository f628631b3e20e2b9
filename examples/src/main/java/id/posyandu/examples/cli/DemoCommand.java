package id.posyandu.examples.cli;

import id.posyandu.core.SpmArea;
import id.posyandu.examples.DemoRun;
import id.posyandu.examples.ValidateRecordsExample;
import id.posyandu.rules.indicator.IndonesianTimeZone;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code posyandu demo}: the README's "run it" command. It needs no arguments and no setup: it
 * validates a few hand-made records (some wrong) and prints the violations in Indonesian and
 * English ({@link ValidateRecordsExample}); then it generates a synthetic area, validates it,
 * computes the six-SPM report for the last finished month, prints a summary and writes an HTML
 * report with growth charts to a folder it names ({@link DemoRun}).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Demo tanpa argumen: wilayah sintetis, validasi, laporan 6 SPM (HTML) dan "
        + "grafik pertumbuhan.", "A demo that needs no arguments: a synthetic area, validation, the "
        + "six-SPM report (HTML) and growth charts."})
final class DemoCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = {"-o", "--output"}, defaultValue = "posyandu-demo",
      description = "Folder laporan / output folder (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--residents", defaultValue = "4000",
      description = "Jumlah warga sintetis / synthetic residents (default: ${DEFAULT-VALUE}).")
  int residents;

  @Option(names = "--seed", defaultValue = "42",
      description = "Seed generator / generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--month", description = "Bulan laporan / report month, e.g. 2026-10 "
      + "(default: the last finished month in WIB).")
  YearMonth month;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (residents < 100 || residents > 2_000_000) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--residents harus 100-2000000 / must be 100-2000000: " + residents);
    }
    // an output that is a file (or cannot be made a folder) fails now, not after the whole demo
    if (java.nio.file.Files.exists(output) && !java.nio.file.Files.isDirectory(output)) {
      spec.commandLine().getErr().println("posyandu demo: " + output
          + " adalah berkas, bukan folder / is a file, not a folder (-o FOLDER)");
      return PosyanduCli.EXIT_UNREADABLE;
    }
    try {
      java.nio.file.Files.createDirectories(output);
    } catch (IOException e) {
      spec.commandLine().getErr().println("posyandu demo: folder " + output
          + " tidak dapat dibuat / cannot be created");
      return PosyanduCli.EXIT_UNREADABLE;
    }
    out.println("Enam bidang SPM Posyandu (Permendagri 13/2024) / the six SPM areas:");
    for (SpmArea a : SpmArea.values()) {
      out.printf("  %-8s %s / %s%n", a.code(), a.nameId(), a.nameEn());
    }
    out.println();
    ValidateRecordsExample.run(out);
    out.println();
    // The tool (not the library) reads the clock, once, for its default month.
    YearMonth m = month != null ? month
        : YearMonth.from(IndonesianTimeZone.WIB.today(Clock.systemUTC())).minusMonths(1);
    LocalDate asOf = m.atEndOfMonth();
    DemoRun.run(residents, seed, m, asOf, output, out);
    out.println();
    out.println("Buka / open " + output.resolve("index.html").toAbsolutePath()
        + " di peramban / in a browser.");
    return 0;
  }
}
