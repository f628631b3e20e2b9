package id.posyandu.examples.cli;

import id.posyandu.core.SpmArea;
import id.posyandu.examples.ValidateRecordsExample;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code posyandu demo}: the README's "run it" command. It needs no arguments and no setup: it lists
 * the six SPM areas, then validates a few records (some wrong) and prints the violations in
 * Indonesian and English ({@link ValidateRecordsExample}).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Demo tanpa argumen / a demo that needs no arguments.")
final class DemoCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println("Enam bidang SPM Posyandu (Permendagri 13/2024) / the six SPM areas:");
    for (SpmArea a : SpmArea.values()) {
      out.printf("  %-8s %s / %s%n", a.code(), a.nameId(), a.nameEn());
    }
    out.println();
    ValidateRecordsExample.run(out);
    return 0;
  }
}
