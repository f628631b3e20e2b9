package id.posyandu.core.record.internal;

import id.posyandu.core.record.SchoolEnrolment;
import id.posyandu.core.validation.ConsistentSchoolEnrolment;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ConsistentSchoolEnrolment}. */
public final class ConsistentSchoolEnrolmentValidator
    implements ConstraintValidator<ConsistentSchoolEnrolment, SchoolEnrolment> {

  @Override
  public boolean isValid(SchoolEnrolment s, ConstraintValidatorContext context) {
    return s == null || s.enrolled() == s.level().isPresent()
        && s.enrolled() != s.outOfSchoolReason().isPresent();
  }
}
