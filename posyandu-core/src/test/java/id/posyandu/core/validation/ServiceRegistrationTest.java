package id.posyandu.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every validator is registered twice, for the class path (META-INF/services) and for the module
 * path (module-info {@code provides}); both lists must name exactly the validator classes.
 */
class ServiceRegistrationTest {

  @Test
  void servicesFileModuleInfoAndValidatorClassesAgree() throws IOException {
    List<String> services = Files.readAllLines(
            Path.of("src/main/resources/META-INF/services/jakarta.validation.ConstraintValidator"))
        .stream().map(String::trim).filter(s -> !s.isEmpty() && !s.startsWith("#"))
        .sorted().collect(Collectors.toList());
    String moduleInfo = Files.readString(Path.of("src/main/java/module-info.java"));
    Matcher m = Pattern.compile("provides jakarta\\.validation\\.ConstraintValidator with([^;]*);")
        .matcher(moduleInfo);
    assertThat(m.find()).isTrue();
    List<String> provided = Arrays.stream(m.group(1).split(",")).map(String::trim).sorted()
        .collect(Collectors.toList());
    assertThat(provided).isEqualTo(services);
    List<String> validators;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      validators = files.map(Path::toString).filter(p -> p.endsWith("Validator.java"))
          .filter(p -> p.contains("/internal/"))
          .map(p -> p.substring("src/main/java/".length(), p.length() - ".java".length())
              .replace('/', '.'))
          .filter(c -> !c.endsWith(".CodeValidator"))
          .sorted().collect(Collectors.toList());
    }
    assertThat(services).isEqualTo(validators);
  }
}
