package id.posyandu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of README.md is a compiled test: the snippet starts with its imports, and some
 * {@code Readme*Test} of a module's tests holds those imports and the snippet's code line for line
 * (indentation aside), followed by the assertions of what the README's comments promise. Change a
 * snippet and its test together.
 */
class ReadmeSnippetsTest {

  static final Path ROOT = Path.of("..");

  /** The ```java blocks of the README, each as its lines. */
  static List<List<String>> snippets() throws IOException {
    List<List<String>> out = new ArrayList<>();
    List<String> current = null;
    for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
      if (current == null && line.equals("```java")) {
        current = new ArrayList<>();
      } else if (current != null && line.equals("```")) {
        out.add(current);
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return out;
  }

  static List<Path> readmeTests() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT, 12)) {
      return files.filter(f -> f.getFileName().toString().matches("Readme\\w*Test\\.java"))
          .filter(f -> f.toString().contains("src" + f.getFileSystem().getSeparator() + "test"))
          .filter(f -> !f.toString().contains("target"))
          .sorted().collect(Collectors.toList());
    }
  }

  static List<String> imports(List<String> lines) {
    return lines.stream().map(String::strip).filter(l -> l.startsWith("import "))
        .collect(Collectors.toList());
  }

  static List<String> code(List<String> lines) {
    return lines.stream().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("import ") && !l.startsWith("package "))
        .collect(Collectors.toList());
  }

  /** The test source whose imports and code hold the snippet, or null. */
  static Path testOf(List<String> snippet, List<Path> tests) throws IOException {
    for (Path test : tests) {
      List<String> lines = Files.readAllLines(test);
      if (imports(lines).containsAll(imports(snippet))
          && Collections.indexOfSubList(code(lines), code(snippet)) >= 0) {
        return test;
      }
    }
    return null;
  }

  @Test
  void everyJavaSnippetShowsItsImportsAndIsTheCodeOfAReadmeTest() throws IOException {
    List<List<String>> snippets = snippets();
    List<Path> tests = readmeTests();
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(5);
    for (List<String> snippet : snippets) {
      String first = code(snippet).get(0);
      assertThat(imports(snippet)).as("the imports of the snippet starting %s", first).isNotEmpty();
      assertThat(testOf(snippet, tests))
          .as("a Readme*Test holding the snippet starting %s (its imports and its code, line for"
              + " line)", first)
          .isNotNull();
    }
  }

  @Test
  void aChangedSnippetIsNoLongerFound() throws IOException {
    List<String> snippet = new ArrayList<>(snippets().get(0));
    snippet.add("System.out.println(\"not in any test\");");
    assertThat(testOf(snippet, readmeTests())).isNull();
  }
}
