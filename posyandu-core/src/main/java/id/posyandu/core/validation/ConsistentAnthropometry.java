package id.posyandu.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An {@code Anthropometry} holds at least one measure ({@code ANTHRO.EMPTY}), and a length or height
 * comes with the position it was measured in ({@code ANTHRO.POSITION_MISSING}).
 *
 * <p>Severity: error by default. The validator lives in {@code record.internal} and is
 * registered through {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentAnthropometry {
  /** Message template; code {@code ANTHRO.EMPTY}. */
  String message() default "{posyandu.ANTHRO.EMPTY}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Severity payload; {@link Severity.Error} by default. */
  Class<? extends Payload>[] payload() default {};
}
