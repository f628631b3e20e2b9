package id.posyandu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every citation of the project's documents in code and resources resolves to a file in
 * {@code docs/}: {@code VERIFIED.md §4.1}, {@code POSYANDU-6SPM.md section 5.3},
 * {@code ALGORITHM.md sections 2 and 7} name a file that exists and headings numbered so; an
 * indicator id cited after {@code INDICATORS.md} is in the catalog page; every reference table
 * shipped is listed in {@code docs/REFERENCE-TABLES.md}; the tags are defined.
 */
class DocsCitationsTest {

  private static final Path ROOT = Path.of("..");
  private static final Path DOCS = ROOT.resolve("docs");
  private static final List<String> MODULES = List.of("posyandu-core", "posyandu-rules",
      "posyandu-json", "posyandu-testkit", "examples", "benchmarks");

  /** A document name, an optional path before it, and the section numbers after it. */
  private static final Pattern CITATION = Pattern.compile(
      "([\\w./-]*?)\\b(VERIFIED|POSYANDU-6SPM|INDICATORS|ALGORITHM)\\.md"
          + "[ ,:(]*((?:§|sec\\.?|sections?)?\\s*\\d[\\d.]*"
          + "(?:\\s*(?:-|–|and|,|&)\\s*(?:§|sec\\.?)?\\s*\\d[\\d.]*)*)?"
          + "(?:\\s+([A-Z]{2,}(?:-[A-Z0-9]+)+))?");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*");

  @Test
  void everyCitationNamesADocumentAndSectionsThatExistInDocs() throws IOException {
    List<String> broken = new ArrayList<>();
    int citations = 0;
    for (Path file : sourceFiles()) {
      String text = read(file);
      if (text == null) {
        continue;
      }
      Matcher m = CITATION.matcher(text);
      while (m.find()) {
        citations++;
        String where = ROOT.relativize(file) + ": " + m.group();
        String prefix = m.group(1);
        if (!prefix.isEmpty() && !prefix.equals("docs/") && !prefix.endsWith("/docs/")) {
          broken.add(where + " (a path outside docs/)");
        }
        Path doc = DOCS.resolve(m.group(2) + ".md");
        if (!Files.exists(doc)) {
          broken.add(where + " (no " + doc + ")");
          continue;
        }
        Set<String> headings = numberedHeadings(doc);
        if (m.group(3) != null) {
          Matcher n = NUMBER.matcher(m.group(3));
          while (n.find()) {
            String number = n.group().replaceAll("\\.$", "");
            if (!headings.contains(number)) {
              broken.add(where + " (no section " + number + " in " + doc.getFileName() + ")");
            }
          }
        }
        if (m.group(4) != null && m.group(2).equals("INDICATORS")
            && !read(doc).contains(m.group(4))) {
          broken.add(where + " (no indicator " + m.group(4) + " in INDICATORS.md)");
        }
      }
    }
    assertThat(citations).as("citations found").isGreaterThan(100);
    assertThat(broken).as("citations that do not resolve").isEmpty();
  }

  @Test
  void everyReferenceTableShippedIsListed() throws IOException {
    String list = read(DOCS.resolve("REFERENCE-TABLES.md"));
    List<String> missing = new ArrayList<>();
    for (String module : List.of("posyandu-rules", "posyandu-testkit")) {
      Path resources = ROOT.resolve(module).resolve("src/main/resources");
      try (Stream<Path> s = Files.walk(resources)) {
        for (Path p : s.filter(x -> x.toString().endsWith(".tsv")).collect(Collectors.toList())) {
          if (!list.contains(p.getFileName().toString())) {
            missing.add(ROOT.relativize(p).toString());
          }
        }
      }
    }
    assertThat(missing).as("tables not in docs/REFERENCE-TABLES.md").isEmpty();
  }

  @Test
  void theConfidenceTagsIncludingIAreDefined() {
    String readme = read(DOCS.resolve("README.md"));
    for (String tag : List.of("[C]", "[3P]", "[B]", "[I]")) {
      assertThat(readme).contains("| **" + tag + "** |");
    }
  }

  /** The heading numbers of a Markdown file: "## 4. ..." gives 4, "### 4.1 ..." gives 4.1. */
  private static Set<String> numberedHeadings(Path doc) {
    Set<String> out = new TreeSet<>();
    Matcher h = Pattern.compile("(?m)^#{2,4}\\s+(\\d+(?:\\.\\d+)*)\\.?\\s").matcher(read(doc));
    while (h.find()) {
      out.add(h.group(1));
    }
    return out;
  }

  private static List<Path> sourceFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    for (String module : MODULES) {
      Path main = ROOT.resolve(module).resolve("src/main");
      if (!Files.isDirectory(main)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(main)) {
        s.filter(Files::isRegularFile).forEach(files::add);
      }
    }
    return files;
  }

  /** The text of a file, or null when it is not UTF-8 text (an image). */
  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
