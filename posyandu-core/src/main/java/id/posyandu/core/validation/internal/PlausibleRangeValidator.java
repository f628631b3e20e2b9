package id.posyandu.core.validation.internal;

import id.posyandu.core.validation.PlausibleRange;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link PlausibleRange} on numbers (wrapped optionals are unwrapped by the engine). */
public final class PlausibleRangeValidator implements ConstraintValidator<PlausibleRange, Number> {

  private double min;
  private double max;

  @Override
  public void initialize(PlausibleRange annotation) {
    this.min = Double.parseDouble(annotation.min());
    this.max = Double.parseDouble(annotation.max());
  }

  @Override
  public boolean isValid(Number value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    double d = value.doubleValue();
    return !Double.isNaN(d) && d >= min && d <= max;
  }
}
