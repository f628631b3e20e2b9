package id.posyandu.core.record.internal;

import id.posyandu.core.record.DtsenRegistration;
import id.posyandu.core.validation.ConsistentDtsenRegistration;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ConsistentDtsenRegistration}. */
public final class ConsistentDtsenRegistrationValidator
    implements ConstraintValidator<ConsistentDtsenRegistration, DtsenRegistration> {

  @Override
  public boolean isValid(DtsenRegistration d, ConstraintValidatorContext context) {
    return d == null || d.registered() || d.decile().isEmpty();
  }
}
