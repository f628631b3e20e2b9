package id.posyandu.core;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.testing.ValidInstances;
import id.posyandu.core.validation.PosyanduValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Generated valid instances of every type pass validation (seeded; the seed is in the message). */
class GeneratedInstancesProperties {

  static final LocalDate AS_OF = LocalDate.of(2025, 11, 25);
  final PosyanduValidator validator = PosyanduValidator.asOf(AS_OF);

  @Test
  void generatedValidInstancesOfEveryTypeHaveNoViolation() {
    for (long seed = 1; seed <= 300; seed++) {
      ValidInstances gen = new ValidInstances(seed, AS_OF);
      assertThat(validator.validateAll(gen.everyRecord())).as("seed %d", seed).isEmpty();
      assertThat(validator.validate(gen.residentRecords())).as("seed %d", seed).isEmpty();
      assertThat(validator.validate(gen.serviceRequest())).as("seed %d", seed).isEmpty();
      assertThat(validator.validateAll(List.of(gen.posyandu(), gen.kader(), gen.household())))
          .as("seed %d", seed).isEmpty();
    }
  }

  @Test
  void theGeneratorCoversEveryServiceRecordType() throws IOException {
    Path dir = Path.of("src/main/java/id/posyandu/core/record");
    List<String> declared;
    try (Stream<Path> files = Files.list(dir)) {
      declared = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
        try {
          return Files.readString(f).contains("implements ServiceRecord");
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }).map(f -> f.getFileName().toString().replace(".java", "")).collect(Collectors.toList());
    }
    List<String> covered = new ValidInstances(1, AS_OF).recordTypes().stream()
        .map(Class::getSimpleName).collect(Collectors.toList());
    assertThat(covered).containsExactlyInAnyOrderElementsOf(declared);
  }
}
