package id.posyandu.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

  static Properties load(String name) throws IOException {
    Properties p = new Properties();
    // the library's own file: src/test/resources holds an application-style bundle of the same
    // name that shadows it on the test class path
    try (InputStream in = Files.newInputStream(Path.of("src/main/resources", name))) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyKeyIsInBothLanguagesAndNoMessageIsEmpty() throws IOException {
    Properties en = load("ValidationMessages.properties");
    Properties id = load("ValidationMessages_id.properties");
    assertThat(id.stringPropertyNames()).as("keys of the Indonesian bundle")
        .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    for (String key : en.stringPropertyNames()) {
      assertThat(en.getProperty(key)).as(key).isNotBlank();
      assertThat(id.getProperty(key)).as(key).isNotBlank();
    }
    assertThat(load("ValidationMessages_en.properties")).as("English placeholder bundle").isEmpty();
  }

  @Test
  void everyPosyanduTemplateInTheSourcesHasAMessage() throws IOException {
    Properties en = load("ValidationMessages.properties");
    Set<String> used = new HashSet<>();
    Pattern template = Pattern.compile("\\{(posyandu\\.[A-Za-z0-9_.]+)}");
    Pattern reported = Pattern.compile("\"(?:REQUEST|VISIT|PREGNANCY|ANTHRO|BP|SCHOOL|DTSEN)"
        + "\\.[A-Z0-9_]+\"");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        String src = Files.readString(f);
        Matcher m = template.matcher(src);
        while (m.find()) {
          used.add(m.group(1));
        }
        Matcher r = reported.matcher(src);
        while (r.find()) {
          used.add("posyandu." + r.group().replace("\"", ""));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(en.stringPropertyNames()).containsAll(used);
  }
}
