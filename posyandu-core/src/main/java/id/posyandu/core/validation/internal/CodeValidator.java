package id.posyandu.core.validation.internal;

import id.posyandu.core.MessageValue;
import id.posyandu.core.code.CodeFormatException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Base of the validators of the code constraints: {@code null} is valid; a valid value is accepted
 * without an exception; an invalid one is parsed again to learn the precise reason, which replaces
 * the default violation: template {@code {posyandu.code.<CODE>}}, with the exception's (masked)
 * parameters as message parameters.
 *
 * @param <A> the constraint annotation
 */
abstract class CodeValidator<A extends Annotation> implements ConstraintValidator<A, CharSequence> {

  /** Whether {@code text} is valid; must not throw. */
  abstract boolean accepts(String text);

  /** Parses {@code text}, throwing the {@link CodeFormatException} that says why it is invalid. */
  abstract void parse(String text);

  @Override
  public final boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null || accepts(value.toString())) {
      return true;
    }
    try {
      parse(value.toString());
      return true;
    } catch (CodeFormatException e) {
      reject(e, context);
      return false;
    }
  }

  private static void reject(CodeFormatException e, ConstraintValidatorContext context) {
    context.disableDefaultConstraintViolation();
    if (context instanceof HibernateConstraintValidatorContext) {
      HibernateConstraintValidatorContext hv = (HibernateConstraintValidatorContext) context;
      // the interpolator shows a MessageValue in the language of each message
      for (Map.Entry<String, MessageValue> p : e.messageValues().entrySet()) {
        hv.addMessageParameter(p.getKey(), p.getValue());
      }
    }
    context.buildConstraintViolationWithTemplate("{" + e.messageKey() + "}")
        .addConstraintViolation();
  }
}
