package id.posyandu.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.json.probe.ModulePathProbe;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The tests run on the class path; this one runs {@link ModulePathProbe} in a JVM where
 * posyandu-core, posyandu-rules, posyandu-json and their runtime dependencies are on the module
 * path, so that the module-info files (exports, opens) are shown to be enough for the JSON of the
 * model and of the results.
 */
class ModulePathTest {

  /** The class-path entries that are the library and its runtime dependencies. */
  private static final Pattern LIBRARY = Pattern.compile(".*(posyandu-(core|rules|json)"
      + "(/target/classes|-[0-9][^/]*(?<!-tests)\\.jar)|jackson-(core|databind|annotations"
      + "|datatype-jsr310|datatype-jdk8)-[0-9][^/]*\\.jar|jakarta\\.validation-api-[^/]*\\.jar"
      + "|hibernate-validator-[^/]*\\.jar|jboss-logging-[^/]*\\.jar|classmate-[^/]*\\.jar)$");

  @Test
  void theJsonOfRecordsAndResultsWorksOnTheModulePath() throws IOException, InterruptedException {
    List<String> modulePath = new ArrayList<>();
    List<String> classPath = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String unix = e.replace(File.separatorChar, '/');
      if (LIBRARY.matcher(unix).matches()) {
        modulePath.add(e);
      } else if (unix.endsWith("posyandu-json/target/test-classes")) {
        classPath.add(e);
      }
    }
    assertThat(modulePath).as("library on the class path").hasSizeGreaterThanOrEqualTo(12);
    assertThat(classPath).as("test classes").hasSize(1);
    Process p = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", String.join(File.pathSeparator, modulePath),
        // Hibernate Validator 8.0 (the lowest supported, deps-lowest) is an automatic module that
        // cannot require classmate, which it needs: an app on the module path adds it as here
        "--add-modules", modulePath.stream().anyMatch(e -> e.contains("classmate-"))
            ? "id.posyandu.json,com.fasterxml.classmate" : "id.posyandu.json",
        "-cp", String.join(File.pathSeparator, classPath),
        ModulePathProbe.class.getName())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("probe finished").isTrue();
    assertThat(output).as(output).contains("OK");
    assertThat(p.exitValue()).as(output).isZero();
  }
}
