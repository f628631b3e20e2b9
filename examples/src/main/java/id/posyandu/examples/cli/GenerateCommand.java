package id.posyandu.examples.cli;

import id.posyandu.json.PosyanduJson;
import id.posyandu.json.RecordTypes;
import id.posyandu.json.RecordWriter;
import id.posyandu.rules.population.Population;
import id.posyandu.rules.population.SyntheticPopulation;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code posyandu generate}: writes a seeded synthetic population ({@link SyntheticPopulation}) as
 * NDJSON files, one per record type, each line naming its type, as {@code validate} reads them.
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
      description = "Bulan terakhir / last month (default: ${DEFAULT-VALUE}; fixed, so the output"
          + " does not depend on the day it is run)")
  YearMonth end;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "Direktori keluaran / output directory")
  Path dir;

  @Override
  public Integer call() throws IOException {
    SyntheticPopulation params = SyntheticPopulation.builder().residents(residents).seed(seed)
        .months(months).endMonth(end).build();
    Population p = params.generate();
    Files.createDirectories(dir);
    PosyanduJson json = PosyanduJson.withoutValidation();
    RecordTypes types = RecordTypes.core();
    write(json, types, "posyandu.ndjson", p.posyandu());
    write(json, types, "kader.ndjson", p.kader());
    write(json, types, "households.ndjson", p.households());
    write(json, types, "residents.ndjson", p.residents());
    write(json, types, "pregnancies.ndjson", p.pregnancies());
    write(json, types, "visits.ndjson", p.visits());
    write(json, types, "service-requests.ndjson", p.serviceRequests());
    spec.commandLine().getOut().println(p + " -> " + dir + " (as of " + params.asOf() + ")");
    return 0;
  }

  private void write(PosyanduJson json, RecordTypes types, String name, List<?> records)
      throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(name)),
        1 << 16); RecordWriter w = RecordWriter.of(json, out, types)) {
      for (Object r : records) {
        w.write(r);
      }
    }
  }
}
