package id.posyandu.core.validation.internal;

import id.posyandu.core.validation.PlausibleRange;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Validates {@link PlausibleRange} on numbers (wrapped optionals are unwrapped by the engine). A
 * violation carries its bounds as Indonesians write them too ({@code minId}, {@code maxId}: a
 * decimal comma, {@code 0,5}), as message parameters, so that the Indonesian message reads the same
 * whichever interpolator renders it (the library's, or an application's default Jakarta
 * Validation).
 */
public final class PlausibleRangeValidator implements ConstraintValidator<PlausibleRange, Number> {

  private double min;
  private double max;
  private String minId;
  private String maxId;

  @Override
  public void initialize(PlausibleRange annotation) {
    this.min = Double.parseDouble(annotation.min());
    this.max = Double.parseDouble(annotation.max());
    this.minId = annotation.min().replace('.', ',');
    this.maxId = annotation.max().replace('.', ',');
  }

  @Override
  public boolean isValid(Number value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    double d = value.doubleValue();
    if (!Double.isNaN(d) && d >= min && d <= max) {
      return true;
    }
    try {
      HibernateConstraintValidatorContext hv =
          context.unwrap(HibernateConstraintValidatorContext.class);
      hv.addMessageParameter("minId", minId).addMessageParameter("maxId", maxId);
    } catch (RuntimeException notHibernate) {
      // another engine: the Indonesian message then shows the bounds as written
    }
    return false;
  }
}
