package id.posyandu.core.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A decimal number in a message as its readers write it: with a decimal comma in Indonesian
 * ({@code 0,5 kg}, PUEBI and every Indonesian form), with a point in English ({@code 0.5 kg}). Only
 * a plain number ({@code -12.75}) changes; any other text (a pattern, a code) stays as it is.
 */
final class DecimalText {
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

  private DecimalText() {}

  /** {@code text} with a decimal comma when {@code locale} is Indonesian and it is a decimal. */
  static String of(String text, Locale locale) {
    String lang = locale == null ? "" : locale.getLanguage();
    if ((lang.equals("id") || lang.equals("in")) && DECIMAL.matcher(text).matches()) {
      return text.replace('.', ',');
    }
    return text;
  }
}
