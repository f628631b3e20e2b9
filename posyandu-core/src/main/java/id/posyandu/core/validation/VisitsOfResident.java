package id.posyandu.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Every visit of a {@code ResidentRecords} is of its resident ({@code VISIT.OTHER_RESIDENT}) and not
 * before the resident's birth date ({@code VISIT.BEFORE_BIRTH}).
 *
 * <p>Severity: error by default. The validator lives in {@code record.internal} and is
 * registered through {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface VisitsOfResident {
  /** Message template; code {@code VISIT.BEFORE_BIRTH}. */
  String message() default "{posyandu.VISIT.BEFORE_BIRTH}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Severity payload; {@link Severity.Error} by default. */
  Class<? extends Payload>[] payload() default {};
}
