package id.posyandu.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.record.Visit;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast read path (one-pass binding, quick validation) against the reference path kept in the
 * test sources ({@link ReferenceParser}: databind, and Hibernate Validator alone): on every line of
 * a generated population (all record types) and on mutated and malformed variants of them, both
 * accept and reject the same lines, with equal problems (code, pointer, line, column, messages,
 * value) and equal records. Seeded; the seed is in every failure message.
 */
class FastPathDifferentialTest {

  static final long SEED = FastPathDifferentialTestData.SEED;
  static List<String> lines;
  static LocalDate asOf;
  static PosyanduJson fast;
  static ReferenceParser reference;

  @BeforeAll
  static void generate() {
    asOf = FastPathDifferentialTestData.AS_OF;
    fast = PosyanduJson.asOf(asOf);
    reference = ReferenceParser.asOf(asOf);
    lines = FastPathDifferentialTestData.lines(2_000);
  }

  @Test
  void everyGeneratedLineReadsAlikeOnBothPaths() {
    int accepted = 0;
    long n = 0;
    for (String line : lines) {
      RecordResult<Object> r = compareMixed(line, ++n, "generated");
      if (r.accepted()) {
        accepted++;
      }
    }
    assertThat(lines.size()).isGreaterThan(5_000);
    assertThat(accepted).as("generated records are valid").isEqualTo(lines.size());
  }

  @Test
  void mutatedLinesReadAlikeOnBothPaths() {
    Random r = new Random(SEED);
    int rejected = 0;
    int total = 0;
    long n = 0;
    for (String line : lines) {
      for (int k = 0; k < 2; k++) {
        String m = mutate(line, r);
        RecordResult<Object> res = compareMixed(m, ++n, "seed " + SEED + " mutation of " + line);
        total++;
        if (!res.accepted()) {
          rejected++;
        }
      }
    }
    assertThat(rejected).as("most mutations are rejected").isGreaterThan(total / 2);
    assertThat(total - rejected).as("some mutations stay valid").isGreaterThan(100);
  }

  @Test
  void visitsReadAsDeclaredTypeAlikeOnBothPaths() {
    Random r = new Random(SEED + 1);
    long n = 0;
    for (String line : lines) {
      if (!line.startsWith("{\"type\":\"visit\"") || r.nextInt(3) > 0) {
        continue; // a third of the visits (the mixed tests read them all)
      }
      for (String variant : List.of(line, line.replace("{\"type\":\"visit\",", "{"),
          line.replace("{\"type\":\"visit\"", "{\"type\":\"resident\""), mutate(line, r))) {
        byte[] b = variant.getBytes(StandardCharsets.UTF_8);
        n++;
        for (String typeName : new String[] {"visit", null}) {
          RecordResult<Visit> f = fast.parser().parse(b, 0, b.length, n, Visit.class, typeName);
          RecordResult<Visit> ref = reference.parse(b, 0, b.length, n, Visit.class, typeName);
          assertSame(variant, f, ref);
        }
        // a document (line 0): the parser's own line and column
        assertSame(variant, fast.read(b, Visit.class), reference.parse(b, 0, b.length, 0,
            Visit.class, null));
      }
    }
  }

  private static RecordResult<Object> compareMixed(String line, long n, String what) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    RecordResult<Object> f = fast.parser().parseMixed(b, 0, b.length, n, RecordTypes.core());
    RecordResult<Object> ref = reference.parseMixed(b, 0, b.length, n, RecordTypes.core());
    assertSame(what + "\n" + line, f, ref);
    return f;
  }

  private static void assertSame(String what, RecordResult<?> f, RecordResult<?> ref) {
    assertThat(f.problems()).as(what).isEqualTo(ref.problems());
    assertThat(f.accepted()).as(what).isEqualTo(ref.accepted());
    assertThat(f.value()).as(what).isEqualTo(ref.value());
    assertThat(f.typeName()).as(what).isEqualTo(ref.typeName());
    assertThat(f.line()).as(what).isEqualTo(ref.line());
  }

  private static final Pattern NUMBER = Pattern.compile(":(-?[0-9]+(\\.[0-9]+)?)");
  private static final Pattern STRING = Pattern.compile(":\"([^\"]*)\"");
  private static final Pattern DATE = Pattern.compile("\"([0-9]{4})-([0-9]{2})-([0-9]{2})\"");
  private static final Pattern MEMBER = Pattern.compile("\"([A-Za-z0-9]+)\":");

  /** One mutation of a line: what input from elsewhere gets wrong, valid or not. */
  static String mutate(String line, Random r) {
    switch (r.nextInt(22)) {
      case 0: // a number out of range, zero, negative, huge, not finite, as a string
        return replaceOne(line, NUMBER, r, pick(r, ":0", ":-1", ":99999", ":1e999", ":NaN",
            ":\"7\"", ":7.5", ":250.01", ":0.49", ":2147483648", ":1.0"));
      case 1: // a string blank, empty, long, a number, null, wrong code
        return replaceOne(line, STRING, r, pick(r, ":\" \"", ":\"\"", ":\"" + "x".repeat(70)
            + "\"", ":1", ":null", ":\"ZZZ\"", ":true", ":\" 11.01.10.2001.001\""));
      case 2: // impossible, future, malformed dates
        return replaceOne(line, DATE, r, pick(r, "\"2025-02-30\"", "\"2031-01-01\"",
            "\"2025-1-01\"", "\"20250101\"", "\"0000-01-01\"", "\"2024-02-29\"",
            "\"" + FastPathDifferentialTestData.AS_OF + "\"",
            "\"" + FastPathDifferentialTestData.AS_OF.plusDays(1) + "\""));
      case 3: // a duplicate key
        return duplicateMember(line, r);
      case 4: // an unknown property, at the start or inside an object
        return insertAfterBrace(line, r, "\"zzz\":1,");
      case 5: // the type member moved to the end
        return line.replaceFirst("^\\{(\"type\":\"[a-zA-Z0-9]+\"),(.*)}$", "{$2,$1}");
      case 6: // the type member missing, unknown, not a string
        return line.replaceFirst("^\\{\"type\":\"[a-zA-Z0-9]+\",", pick(r, "{", "{\"type\":\"x\",",
            "{\"type\":1,", "{\"type\":null,"));
      case 7: // trailing content
        return line + pick(r, " {}", "x", " ", ",", "\t", "]");
      case 8: // truncated
        return line.substring(0, r.nextInt(line.length()));
      case 9: // one character dropped
        int at = r.nextInt(line.length());
        return line.substring(0, at) + line.substring(at + 1);
      case 10: // a null where a value belongs
        return replaceOne(line, NUMBER, r, ":null");
      case 11: // a service record without its type, or of an unknown type
        return line.replaceFirst("\\{\"type\":\"([a-zA-Z0-9]+)\",\"",
            r.nextBoolean() ? "{\"" : "{\"type\":\"nope\",\"").replaceFirst(
                "\"records\":\\[\\{\"type\":\"[a-zA-Z0-9]+\",", pick(r, "\"records\":[{",
                    "\"records\":[{\"type\":\"nope\",", "\"records\":[{\"type\":2,"));
      case 12: // a record's type member last
        return line.replaceFirst("\\[\\{(\"type\":\"[a-zA-Z0-9]+\"),([^{}\\[\\]]*)}",
            "[{$2,$1}");
      case 13: // not an object, empty, whitespace, arrays
        return pick(r, "[]", "", "  ", "null", "1", "\"x\"", "[" + line + "]", "{}");
      case 14: // a member removed
        return removeMember(line, r);
      case 15: // an array where a scalar belongs and back
        return replaceOne(line, STRING, r, pick(r, ":[]", ":{}", ":[\"a\"]"));
      case 16: // records of a visit emptied or null
        return line.replaceFirst("\"records\":\\[[^\\]]*\\]", pick(r, "\"records\":[]",
            "\"records\":null", "\"records\":{}", "\"records\":[null]"));
      case 17: // escapes and unicode in strings (still the same values, or not)
        return replaceOne(line, STRING, r, pick(r, ":\"\\u0041\"", ":\"caf\u00e9\"",
            ":\"a\\\"b\"", ":\"\\n\""));
      case 18: // invalid UTF-8 is made by the caller; here a lone surrogate escape
        return replaceOne(line, STRING, r, ":\"\\ud800\"");
      case 19: // whitespace between tokens
        return line.replace(",", " , ").replace(":", " : ");
      case 20: // a BOM-like or control character inside
        return line.replaceFirst(",", ",\u0001");
      default: // unchanged
        return line;
    }
  }

  private static String replaceOne(String line, Pattern p, Random r, String replacement) {
    Matcher m = p.matcher(line);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return line;
    }
    int[] s = spans.get(r.nextInt(spans.size()));
    return line.substring(0, s[0]) + replacement + line.substring(s[1]);
  }

  private static String duplicateMember(String line, Random r) {
    Matcher m = MEMBER.matcher(line);
    List<String> names = new ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    if (names.isEmpty()) {
      return line;
    }
    String name = names.get(r.nextInt(names.size()));
    int at = line.indexOf("\"" + name + "\":");
    return line.substring(0, at) + "\"" + name + "\":\"dup\"," + line.substring(at);
  }

  private static String removeMember(String line, Random r) {
    return replaceOne(line, Pattern.compile(",\"[A-Za-z0-9]+\":(\"[^\"]*\"|-?[0-9.]+|true|false)"),
        r, "");
  }

  private static String insertAfterBrace(String line, Random r, String text) {
    List<Integer> braces = new ArrayList<>();
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '{') {
        braces.add(i);
      }
    }
    int at = braces.get(r.nextInt(braces.size())) + 1;
    return line.substring(0, at) + text + line.substring(at);
  }

  @SafeVarargs
  private static <T> T pick(Random r, T... options) {
    return options[r.nextInt(options.length)];
  }
}
