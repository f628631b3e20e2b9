package id.posyandu.json;

import id.posyandu.core.MessageValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The messages of the {@code JSON.*} problem codes, in Indonesian and English, from
 * {@code problems.properties}. Arguments never hold input values: property names (shortened and
 * escaped by {@link #name(String)}), type descriptions and limits only.
 */
final class Problems {

  private static final Properties MESSAGES = load();
  private static final int MAX_NAME_CHARS = 64;

  private Problems() {}

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Problems.class.getResourceAsStream("problems.properties")) {
      if (in == null) {
        throw new IllegalStateException("problems.properties missing from posyandu-json");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /**
   * An error with the message of {@code code}.
   *
   * @param argId replaces {@code {0}} (the Indonesian argument)
   * @param argEn replaces {@code {1}} (the English argument); templates may use either
   */
  public static JsonProblem error(String code, String pointer, long line, long column,
      String argId, String argEn) {
    return JsonProblem.of(code, JsonProblem.Severity.ERROR, pointer, line, column,
        text(code + ".id", argId, argEn), text(code + ".en", argId, argEn), null);
  }

  /** An error whose message takes one language-neutral argument (a name, a number). */
  public static JsonProblem error(String code, String pointer, long line, long column, String arg) {
    return error(code, pointer, line, column, arg, arg);
  }

  /** An error whose message takes no argument. */
  public static JsonProblem error(String code, String pointer, long line, long column) {
    return error(code, pointer, line, column, "", "");
  }

  /** True when a message exists for the code (every code the mapper produces has one). */
  public static boolean hasMessage(String code) {
    return MESSAGES.containsKey(code + ".id") && MESSAGES.containsKey(code + ".en");
  }

  private static String text(String key, String a0, String a1) {
    String t = MESSAGES.getProperty(key);
    if (t == null) {
      throw new IllegalStateException("no message for " + key);
    }
    return t.replace("{0}", a0 == null ? "" : a0).replace("{1}", a1 == null ? "" : a1);
  }

  /**
   * A property name read from the input as a message shows it, {Indonesian, English}: quoted when
   * it looks like a property name, otherwise masked by {@link MessageValue} (a key may be a NIK).
   */
  public static String[] inputName(String raw) {
    MessageValue v = MessageValue.name(raw);
    if (v.isQuoted()) {
      String q = "\"" + name(raw) + "\"";
      return new String[] {q, q};
    }
    return new String[] {v.id(), v.en()};
  }

  /**
   * A property name fit to quote in a message: at most 64 chars, control and non-ASCII characters
   * escaped as {@code \\uXXXX}.
   */
  public static String name(String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    int n = Math.min(raw.length(), MAX_NAME_CHARS);
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (raw.length() > MAX_NAME_CHARS) {
      sb.append('…');
    }
    return sb.toString();
  }
}
