package id.posyandu.core.validation;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;

/** Test helper: a message interpolator fixed to one locale. */
final class LocaleInterpolator implements MessageInterpolator {
  private final MessageInterpolator delegate;
  private final Locale locale;

  LocaleInterpolator(MessageInterpolator delegate, Locale locale) {
    this.delegate = delegate;
    this.locale = locale;
  }

  @Override
  public String interpolate(String messageTemplate, Context context) {
    return delegate.interpolate(messageTemplate, context, locale);
  }

  @Override
  public String interpolate(String messageTemplate, Context context, Locale locale) {
    return delegate.interpolate(messageTemplate, context, locale);
  }
}
