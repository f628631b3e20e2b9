package id.posyandu.json;

import id.posyandu.rules.population.Population;
import id.posyandu.testkit.SyntheticPopulation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The NDJSON lines of a generated population (every record type), as {@code generate} writes. */
final class FastPathDifferentialTestData {

  static final long SEED = 20261205L;
  static final YearMonth END = YearMonth.of(2026, 10);
  /** The as-of date of the generated population. */
  static final LocalDate AS_OF = population(10).asOf();

  private FastPathDifferentialTestData() {}

  static SyntheticPopulation population(int residents) {
    return SyntheticPopulation.builder().residents(residents).seed(SEED).months(12).endMonth(END)
        .build();
  }

  static List<String> lines(int residents) {
    Population p = population(residents).generate();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter w = RecordWriter.of(PosyanduJson.withoutValidation(), out,
        RecordTypes.core())) {
      for (List<?> records : List.of(p.posyandu(), p.kader(), p.households(), p.residents(),
          p.pregnancies(), p.visits(), p.serviceRequests())) {
        for (Object r : records) {
          w.write(r);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
  }
}
