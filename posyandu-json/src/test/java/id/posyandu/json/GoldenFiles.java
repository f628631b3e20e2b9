package id.posyandu.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files checked in as the expected output of the code (schemas, golden JSON). */
final class GoldenFiles {

  private GoldenFiles() {}

  /**
   * Asserts that {@code file} holds exactly {@code expected}; with the system property
   * {@code updateProperty} set to {@code true}, first rewrites the file.
   */
  static void assertHolds(Path file, String expected, String updateProperty) throws IOException {
    if (Boolean.getBoolean(updateProperty)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(file)).as(file + " (run with -D" + updateProperty + "=true)")
        .isTrue();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file.toString())
        .isEqualTo(expected);
  }
}
