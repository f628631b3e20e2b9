package id.posyandu.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@code BloodPressure}'s diastolic value is below its systolic value.
 *
 * <p>Severity: error by default. The validator lives in {@code record.internal} and is
 * registered through {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentBloodPressure {
  /** Message template; code {@code BP.DIASTOLIC_NOT_BELOW_SYSTOLIC}. */
  String message() default "{posyandu.BP.DIASTOLIC_NOT_BELOW_SYSTOLIC}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Severity payload; {@link Severity.Error} by default. */
  Class<? extends Payload>[] payload() default {};
}
