package id.posyandu.core.validation;

import id.posyandu.core.MessageValue;
import java.util.Arrays;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Hibernate Validator's parameter-only interpolation ({@code {min}}, message parameters; no
 * expression language, as {@code ParameterMessageInterpolator}), reading the user bundle
 * {@code ValidationMessages} <em>aggregated</em> over every such file on the class path: an
 * application that ships its own {@code ValidationMessages.properties} does not hide this library's
 * messages.
 */
final class ParametersOnlyInterpolator extends AbstractMessageInterpolator {

  ParametersOnlyInterpolator() {
    super(new PlatformResourceBundleLocator("ValidationMessages",
        ParametersOnlyInterpolator.class.getClassLoader(), true));
  }

  @Override
  protected String interpolate(Context context, Locale locale, String term) {
    if (term.startsWith("$")) {
      return term; // expression language is not supported, as in ParameterMessageInterpolator
    }
    String name = term.substring(1, term.length() - 1);
    Object value = null;
    if (context instanceof HibernateMessageInterpolatorContext) {
      value = ((HibernateMessageInterpolatorContext) context).getMessageParameters().get(name);
    }
    if (value == null) {
      value = context.getConstraintDescriptor().getAttributes().get(name);
      if (value instanceof String || value instanceof Number) {
        return DecimalText.of(value.toString(), locale); // a bound: 0,5 in Indonesian, 0.5 in English
      }
    }
    if (value == null) {
      return term;
    }
    if (value instanceof MessageValue) {
      return ((MessageValue) value).in(locale);
    }
    if (value instanceof Object[]) {
      return Arrays.toString((Object[]) value);
    }
    if (value instanceof int[]) {
      return Arrays.toString((int[]) value);
    }
    return value.toString();
  }
}
