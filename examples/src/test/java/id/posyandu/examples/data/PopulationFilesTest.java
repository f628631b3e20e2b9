package id.posyandu.examples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.json.PosyanduJson;
import id.posyandu.rules.population.Population;
import id.posyandu.testkit.SyntheticPopulation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationFilesTest {

  private static final long SEED = 11L;
  private static final PosyanduJson JSON = PosyanduJson.asOf(LocalDate.of(2026, 11, 30));

  @TempDir Path dir;

  private static Population population() {
    return SyntheticPopulation.builder().residents(400).seed(SEED).months(3)
        .endMonth(YearMonth.of(2026, 10)).build().generate();
  }

  @Test
  void writtenPopulationReadsBackEqualRecordForRecord() throws IOException {
    Population p = population();
    long written = PopulationFiles.write(p, dir, PosyanduJson.withoutValidation(), n -> { });
    List<String> problems = new ArrayList<>();
    PopulationFiles.Loaded loaded = PopulationFiles.read(dir, JSON, Locale.ENGLISH, problems::add);
    assertThat(problems).as("seed %d", SEED).isEmpty();
    assertThat(loaded.clean()).isTrue();
    assertThat(loaded.files()).isEqualTo(7);
    assertThat(loaded.read()).isEqualTo(written).isEqualTo(loaded.accepted());
    assertThat(loaded.population()).contains(p);
  }

  @Test
  void oneMixedFileReadsLikeTheDirectory() throws IOException {
    Population p = population();
    PopulationFiles.write(p, dir, PosyanduJson.withoutValidation(), n -> { });
    Path mixed = dir.resolve("all.mixed");
    for (String f : List.of(PopulationFiles.VISITS, PopulationFiles.RESIDENTS,
        PopulationFiles.POSYANDU, PopulationFiles.KADER, PopulationFiles.HOUSEHOLDS,
        PopulationFiles.PREGNANCIES, PopulationFiles.SERVICE_REQUESTS)) {
      Files.write(mixed, Files.readAllBytes(dir.resolve(f)), StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
    PopulationFiles.Loaded loaded = PopulationFiles.read(mixed, JSON, Locale.ENGLISH, s -> { });
    assertThat(loaded.population()).isPresent();
    assertThat(loaded.population().get().residents()).containsExactlyInAnyOrderElementsOf(
        p.residents());
    assertThat(loaded.population().get().visits()).hasSameSizeAs(p.visits());
  }

  @Test
  void badLinesAreReportedWithFileAndLineAndTheRestIsRead() throws IOException {
    Population p = population();
    PopulationFiles.write(p, dir, PosyanduJson.withoutValidation(), n -> { });
    Path visits = dir.resolve(PopulationFiles.VISITS);
    long lines = Files.readAllLines(visits).size();
    Files.writeString(visits, "{\"type\":\"visit\",\"id\":\n{not json\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    List<String> problems = new ArrayList<>();
    PopulationFiles.Loaded loaded = PopulationFiles.read(dir, JSON, Locale.ENGLISH, problems::add);
    assertThat(loaded.rejected()).isEqualTo(2);
    assertThat(loaded.read()).isEqualTo(loaded.accepted() + loaded.rejected());
    assertThat(loaded.clean()).isFalse();
    assertThat(problems).anyMatch(s -> s.startsWith("visits.ndjson:" + (lines + 1) + ":"))
        .anyMatch(s -> s.startsWith("visits.ndjson:" + (lines + 2) + ":"));
  }

  @Test
  void unresolvedReferencesAreReportedAndNoPopulationIsBuilt() throws IOException {
    PopulationFiles.write(population(), dir, PosyanduJson.withoutValidation(), n -> { });
    Files.delete(dir.resolve(PopulationFiles.HOUSEHOLDS));
    List<String> problems = new ArrayList<>();
    PopulationFiles.Loaded loaded = PopulationFiles.read(dir, JSON, Locale.ENGLISH, problems::add);
    assertThat(loaded.rejected()).isZero();
    assertThat(loaded.referenceProblems()).isPositive();
    assertThat(loaded.population()).isEmpty();
    assertThat(problems).isNotEmpty();
  }

  @Test
  void aDirectoryWithoutNdjsonOrAMissingPathCannotBeRead() {
    assertThatThrownBy(() -> PopulationFiles.read(dir, JSON, Locale.ENGLISH, s -> { }))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> PopulationFiles.read(dir.resolve("none"), JSON, Locale.ENGLISH,
        s -> { })).isInstanceOf(IOException.class);
  }
}
