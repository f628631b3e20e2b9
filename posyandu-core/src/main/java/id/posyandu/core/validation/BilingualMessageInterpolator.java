package id.posyandu.core.validation;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;

/**
 * Interpolates every message template twice, in Indonesian and in English, with the full context of
 * the violation (constraint attributes and message parameters), and joins the two with
 * {@link #SEPARATOR}. {@code PosyanduValidator} owns the only validator factory that uses it and
 * splits the pair with {@link #split}; no other code sees the joined form.
 *
 * <p>Uses {@link ParametersOnlyInterpolator}: parameters only, no expression language on the class
 * path, and this library's messages are found even when an application ships its own
 * {@code ValidationMessages.properties}.
 */
final class BilingualMessageInterpolator implements MessageInterpolator {

  /** Indonesian, the first language of every message. */
  static final Locale INDONESIAN = Locale.forLanguageTag("id");
  /** The ASCII unit separator, which no message contains. */
  static final char SEPARATOR = '\u001F';

  private final ParametersOnlyInterpolator delegate = new ParametersOnlyInterpolator();

  @Override
  public String interpolate(String messageTemplate, Context context) {
    return interpolate(messageTemplate, context, INDONESIAN);
  }

  @Override
  public String interpolate(String messageTemplate, Context context, Locale locale) {
    return delegate.interpolate(messageTemplate, context, INDONESIAN) + SEPARATOR
        + delegate.interpolate(messageTemplate, context, Locale.ENGLISH);
  }

  /** Splits a joined message into {Indonesian, English}. */
  static String[] split(String joined) {
    int i = joined.indexOf(SEPARATOR);
    if (i < 0) {
      return new String[] {joined, joined};
    }
    return new String[] {joined.substring(0, i), joined.substring(i + 1)};
  }
}
