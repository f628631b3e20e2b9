package id.posyandu.core;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a value read from a user's data may appear in a message: the one rule every problem message
 * of this project follows (core's violations and code parsers, posyandu-json's problems, the
 * command line's CSV problems), so that no NIK, KK number or name reaches a message, a log or a
 * terminal (UU 27/2022 tentang Pelindungan Data Pribadi).
 *
 * <p>A value is quoted only when it cannot be personal:
 * <ul>
 *   <li>{@link #number}: a plain decimal number of at most {@value #MAX_NUMBER_DIGITS} digits in a
 *       numeric field (a 16-digit NIK typed into a numeric field is not quoted);</li>
 *   <li>{@link #date}: a value of a date field that has a date's shape;</li>
 *   <li>{@link #code}: a code from a closed vocabulary ({@code FEMALE}, {@code L}) that the caller
 *       names;</li>
 *   <li>{@link #name}: a property or column name that looks like one (ASCII letters, digits,
 *       {@code . _ -}, starting with a letter, no run of {@value #MAX_NAME_DIGIT_RUN} or more digits,
 *       at most {@value #MAX_NAME_CHARS} characters).</li>
 * </ul>
 * Anything else is {@link #masked}: a value of digits (and the separators {@code . - / space}) keeps
 * its shape with every run of digits masked as a NIK is ({@code 3204********07}: the first 4 and
 * last 2 digits of a run of 10 or more, every digit of a shorter run); other text is described by
 * its length and kind ({@code teks 17 karakter (huruf)} / {@code a text of 17 characters
 * (letters)}). The position (file, line, column, JSON pointer) always says where to look.
 *
 * <p>This class is the library's own policy, public only so that the other modules of this
 * project can share it; applications should not rely on its wording.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class MessageValue implements java.io.Serializable {
  private static final long serialVersionUID = 1L;


  /** Most digits of a number that is quoted as it is. */
  public static final int MAX_NUMBER_DIGITS = 8;
  /** Longest property or column name quoted. */
  public static final int MAX_NAME_CHARS = 64;
  /** A name with a run of this many digits is masked (a NIK is no column name). */
  public static final int MAX_NAME_DIGIT_RUN = 5;
  /** Longest stretch of stars a masked run of digits shows. */
  private static final int MAX_MASK_STARS = 24;
  /** Longest masked shape of a digits value (longer ones are described by their length). */
  private static final int MAX_SHAPE_CHARS = 40;

  private final String id;
  private final String en;

  private MessageValue(String id, String en) {
    this.id = id;
    this.en = en;
  }

  /** The value as an Indonesian message shows it. */
  public String id() {
    return id;
  }

  /** The value as an English message shows it. */
  public String en() {
    return en;
  }

  /** The value as a message in {@code locale} shows it: English for {@code en}, else Indonesian. */
  public String in(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? en : id;
  }

  /** Whether the value is shown as it was given (not masked). */
  public boolean isQuoted() {
    return id.equals(en) && !id.contains("*");
  }

  /** The English form. */
  @Override
  public String toString() {
    return en;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MessageValue && ((MessageValue) o).id.equals(id)
        && ((MessageValue) o).en.equals(en);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, en);
  }

  /** A value known not to be personal (a limit, a count, a valid area code), shown as it is. */
  public static MessageValue safe(String text) {
    String s = sanitize(String.valueOf(text));
    return new MessageValue(s, s);
  }

  /** A value of unknown kind: always {@link #masked}. */
  public static MessageValue of(String raw) {
    return masked(raw);
  }

  /**
   * A value of a numeric field: quoted when it is a plain decimal number ({@code 12.5},
   * {@code 7,9}, {@code -3}, {@code 1e3}) of at most {@value #MAX_NUMBER_DIGITS} digits, else
   * masked.
   */
  public static MessageValue number(String raw) {
    if (raw != null && isShortNumber(raw.trim())) {
      return safe(raw.trim());
    }
    return masked(raw);
  }

  /**
   * A value of a date field: quoted when it has the shape of a date ({@code 2025-02-30},
   * {@code 30/02/2025}: groups of at most 4 digits, which cannot hold a NIK), else masked.
   */
  public static MessageValue date(String raw) {
    if (raw != null && raw.trim().matches("[0-9]{1,4}([-/.][0-9]{1,4}){2}")) {
      return safe(raw.trim());
    }
    return masked(raw);
  }

  /**
   * A value of a field that takes a code from a closed vocabulary: quoted when it is one of
   * {@code vocabulary} (ignoring case and surrounding blanks), else masked.
   */
  public static MessageValue code(String raw, Collection<String> vocabulary) {
    if (raw != null) {
      String t = raw.trim();
      for (String v : vocabulary) {
        if (v.equalsIgnoreCase(t)) {
          return safe(t);
        }
      }
    }
    return masked(raw);
  }

  /** A property or column name: quoted when it looks like one (see the class comment). */
  public static MessageValue name(String raw) {
    if (raw != null && looksLikeName(raw)) {
      return safe(raw);
    }
    return masked(raw);
  }

  /**
   * Any object that a check found invalid: numbers, booleans, enum constants and dates are shown;
   * a NIK or KK number is masked; text and anything else are {@link #masked}.
   */
  public static MessageValue ofObject(Object value) {
    if (value instanceof Number) {
      return number(String.valueOf(value));
    }
    if (value instanceof Boolean || value instanceof Enum<?>
        || value instanceof java.time.temporal.TemporalAccessor) {
      return safe(String.valueOf(value));
    }
    if (value instanceof CharSequence) {
      return masked(value.toString());
    }
    if (value instanceof Collection<?>) {
      int n = ((Collection<?>) value).size();
      return new MessageValue("daftar " + n + " butir", "a list of " + n + " items");
    }
    return masked(String.valueOf(value));
  }

  /**
   * The masked form of {@code raw}: digits keep their shape with each run masked, other text is
   * described by its length and kind.
   */
  public static MessageValue masked(String raw) {
    if (raw == null) {
      return new MessageValue("kosong", "nothing");
    }
    int n = raw.codePointCount(0, raw.length());
    if (n == 0) {
      return new MessageValue("teks kosong", "an empty text");
    }
    if (raw.isBlank()) {
      return new MessageValue("teks " + n + " spasi", "a text of " + n + " blanks");
    }
    boolean digits = false;
    boolean letters = false;
    boolean others = false;
    for (int i = 0; i < raw.length(); ) {
      int c = raw.codePointAt(i);
      i += Character.charCount(c);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (Character.isLetter(c)) {
        letters = true;
      } else if (!(c == '.' || c == '-' || c == '/' || c == ' ')) {
        others = true;
      }
    }
    if (digits && !letters && !others && raw.length() <= MAX_SHAPE_CHARS) {
      String shape = maskDigitRuns(raw);
      return new MessageValue(shape, shape);
    }
    String kindId;
    String kindEn;
    if (letters && digits) {
      kindId = "huruf dan angka";
      kindEn = "letters and digits";
    } else if (letters) {
      kindId = "huruf";
      kindEn = "letters";
    } else if (digits) {
      kindId = "angka";
      kindEn = "digits";
    } else {
      kindId = "tanda baca atau simbol";
      kindEn = "punctuation or symbols";
    }
    return new MessageValue("teks " + n + " karakter (" + kindId + ")",
        "a text of " + n + (n == 1 ? " character (" : " characters (") + kindEn + ")");
  }

  /**
   * {@code s} with every run of ASCII digits masked: a run of 10 or more keeps its first 4 and
   * last 2 digits with at most {@value #MAX_MASK_STARS} stars between them; a shorter run is all
   * stars. Other characters are kept (control characters become {@code ?}).
   */
  public static String maskDigitRuns(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        int j = i;
        while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
          j++;
        }
        out.append(maskRun(s.substring(i, j)));
        i = j;
      } else {
        out.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '?' : c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * A masked form of a personal number: the first 4 and last 2 characters with {@code *} between
   * them (at most {@value #MAX_MASK_STARS} stars); an input shorter than 10 characters is all stars.
   */
  public static String maskRun(String s) {
    int n = s.length();
    if (n < 10) {
      return "*".repeat(n);
    }
    return sanitize(s.substring(0, 4)) + "*".repeat(Math.min(n - 6, MAX_MASK_STARS))
        + sanitize(s.substring(n - 2));
  }

  private static boolean isShortNumber(String s) {
    int digits = 0;
    int i = 0;
    int n = s.length();
    if (n == 0 || n > MAX_NUMBER_DIGITS + 8) {
      return false;
    }
    if (s.charAt(0) == '+' || s.charAt(0) == '-') {
      i++;
    }
    boolean point = false;
    boolean exponent = false;
    boolean any = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        any = true;
      } else if ((c == '.' || c == ',') && !point && !exponent && any) {
        point = true;
      } else if ((c == 'e' || c == 'E') && !exponent && any && i + 1 < n) {
        exponent = true;
        if (s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-') {
          i++;
        }
      } else {
        return false;
      }
    }
    char last = s.charAt(n - 1);
    return any && digits <= MAX_NUMBER_DIGITS && last >= '0' && last <= '9';
  }

  private static boolean looksLikeName(String s) {
    if (s.isEmpty() || s.length() > MAX_NAME_CHARS) {
      return false;
    }
    char first = s.charAt(0);
    if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) {
      return false;
    }
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      boolean ok = digit || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '_'
          || c == '-';
      if (!ok) {
        return false;
      }
      run = digit ? run + 1 : 0;
      if (run >= MAX_NAME_DIGIT_RUN) {
        return false;
      }
    }
    return true;
  }

  /** Replaces characters that would disturb a message template or a log line with {@code ?}. */
  private static String sanitize(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad = Character.isISOControl(c) || c == '{' || c == '}' || c == '$' || c == '\\'
          || Character.isSurrogate(c);
      b.append(bad ? '?' : c);
    }
    return b.toString();
  }
}
