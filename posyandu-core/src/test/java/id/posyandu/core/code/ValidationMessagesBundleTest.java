package id.posyandu.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The two message bundles agree, and every code the parsers raise has a message in both. */
class ValidationMessagesBundleTest {
  private static final Pattern PARAMETER = Pattern.compile("\\{([^{}]*)\\}");

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    // read the library's own file: the test class path also holds an application-style bundle of
    // the same name (src/test/resources) that shadows it as a resource
    try (InputStream in = java.nio.file.Files.newInputStream(
            java.nio.file.Path.of("src/main/resources" + resource));
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  @Test
  void bothBundlesHaveExactlyTheSameKeys() throws IOException {
    Properties en = load("/ValidationMessages.properties");
    Properties id = load("/ValidationMessages_id.properties");
    assertThat(new TreeSet<>(id.stringPropertyNames()))
        .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
  }

  @Test
  void messagesUseTheSameParametersInBothLanguagesAndNoExpressionLanguage() throws IOException {
    Properties en = load("/ValidationMessages.properties");
    Properties id = load("/ValidationMessages_id.properties");
    for (String key : en.stringPropertyNames()) {
      String e = en.getProperty(key);
      String i = id.getProperty(key);
      assertThat(e).as(key).doesNotContain("${").doesNotContain("\\");
      assertThat(i).as(key).doesNotContain("${").doesNotContain("\\");
      assertThat(i).as(key).isNotEqualTo(e);
      assertThat(parameters(i).stream().map(p -> p.replace("Id", "")))
          .as(key).containsExactlyInAnyOrderElementsOf(
              parameters(e).stream().map(p -> p.replace("En", "")).toList());
    }
  }

  @Test
  void everyCodeOfTheParsersHasAMessage() throws IOException {
    Properties en = load("/ValidationMessages.properties");
    Map<String, String[]> codes = Map.of(
        "NIK", new String[] {"EMPTY", "NOT_DIGITS", "LENGTH", "PROVINCE", "REGENCY", "DISTRICT",
            "DAY", "MONTH", "DATE", "SERIAL"},
        "KK", new String[] {"EMPTY", "NOT_DIGITS", "LENGTH", "PROVINCE", "REGENCY", "DISTRICT",
            "DAY", "MONTH", "SERIAL"},
        "KODE_WILAYAH", new String[] {"EMPTY", "FORMAT", "LENGTH", "PROVINCE", "REGENCY",
            "DISTRICT", "VILLAGE", "VILLAGE_TYPE", "LEVEL"},
        "POSYANDU_NUMBER", new String[] {"EMPTY", "FORMAT", "LENGTH", "PROVINCE", "REGENCY",
            "DISTRICT", "VILLAGE", "VILLAGE_TYPE", "SEQUENCE"});
    Set<String> expected = new HashSet<>();
    codes.forEach((prefix, suffixes) -> {
      for (String s : suffixes) {
        expected.add(CodeFormatException.KEY_PREFIX + prefix + "." + s);
      }
    });
    Set<String> present = new HashSet<>();
    for (String key : en.stringPropertyNames()) {
      if (key.startsWith(CodeFormatException.KEY_PREFIX)) {
        present.add(key);
      }
    }
    assertThat(present).isEqualTo(expected);
  }

  private static Set<String> parameters(String message) {
    Set<String> names = new HashSet<>();
    Matcher m = PARAMETER.matcher(message);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
