package id.posyandu.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@code SchoolEnrolment} has a level exactly when enrolled and an out-of-school reason exactly
 * when not.
 *
 * <p>Severity: error by default. The validator lives in {@code record.internal} and is
 * registered through {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentSchoolEnrolment {
  /** Message template; code {@code SCHOOL.INCONSISTENT}. */
  String message() default "{posyandu.SCHOOL.INCONSISTENT}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Severity payload; {@link Severity.Error} by default. */
  Class<? extends Payload>[] payload() default {};
}
