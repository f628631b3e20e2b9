package id.posyandu.core.validation;

import java.lang.annotation.Annotation;
import java.util.Locale;
import java.util.Map;

/**
 * Derives the stable code of a violation from its message template and constraint annotation.
 * The scheme is documented on {@code PosyanduValidator}.
 */
final class ViolationCodes {

  private static final String CODE_PREFIX = "{posyandu.code.";
  private static final String OWN_PREFIX = "{posyandu.";

  /** Codes of the built-in Jakarta constraints, by annotation simple name. */
  private static final Map<String, String> BUILT_IN = Map.ofEntries(
      Map.entry("NotNull", "NOT_NULL"),
      Map.entry("NotBlank", "NOT_BLANK"),
      Map.entry("NotEmpty", "NOT_EMPTY"),
      Map.entry("Size", "SIZE"),
      Map.entry("Pattern", "PATTERN"),
      Map.entry("Min", "RANGE"),
      Map.entry("Max", "RANGE"),
      Map.entry("DecimalMin", "RANGE"),
      Map.entry("DecimalMax", "RANGE"),
      Map.entry("Positive", "RANGE"),
      Map.entry("PositiveOrZero", "RANGE"),
      Map.entry("Negative", "RANGE"),
      Map.entry("NegativeOrZero", "RANGE"),
      Map.entry("Digits", "RANGE"),
      Map.entry("PastOrPresent", "FUTURE_DATE"),
      Map.entry("Past", "FUTURE_DATE"),
      Map.entry("Future", "PAST_DATE"),
      Map.entry("FutureOrPresent", "PAST_DATE"),
      Map.entry("AssertTrue", "ASSERT_TRUE"),
      Map.entry("AssertFalse", "ASSERT_FALSE"));

  private ViolationCodes() {}

  /**
   * The code: {@code X} for a template <code>{posyandu.code.<i>X</i>}</code> or <code>{posyandu.<i>X</i>}</code>; for a
   * built-in constraint its entry in the table above; otherwise the annotation's simple name in
   * upper snake case.
   */
  static String code(String messageTemplate, Class<? extends Annotation> annotationType) {
    String t = messageTemplate == null ? "" : messageTemplate.trim();
    if (t.startsWith(CODE_PREFIX) && t.endsWith("}") && t.indexOf('}') == t.length() - 1) {
      return t.substring(CODE_PREFIX.length(), t.length() - 1);
    }
    if (t.startsWith(OWN_PREFIX) && t.endsWith("}") && t.indexOf('}') == t.length() - 1) {
      return t.substring(OWN_PREFIX.length(), t.length() - 1);
    }
    String simple = annotationType.getSimpleName();
    String builtIn = BUILT_IN.get(simple);
    if (builtIn != null) {
      return builtIn;
    }
    return upperSnake(simple);
  }

  static String upperSnake(String camel) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(camel.charAt(i - 1))) {
        sb.append('_');
      }
      sb.append(c);
    }
    return sb.toString().toUpperCase(Locale.ROOT);
  }
}
