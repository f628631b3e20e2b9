package id.posyandu.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@code Resident}'s NIK agrees with the resident's sex ({@code NIK.SEX_MISMATCH}) and birth date
 * ({@code NIK.BIRTH_DATE_MISMATCH}: day, month and two-digit year). The model applies it as a
 * warning ({@code payload = Severity.Warning.class}).
 *
 * <p>Severity: error by default. The validator lives in {@code model.internal} and is
 * registered through {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface NikMatchesResident {
  /** Message template; code {@code NIK.SEX_MISMATCH}. */
  String message() default "{posyandu.NIK.SEX_MISMATCH}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Severity payload; {@link Severity.Error} by default. */
  Class<? extends Payload>[] payload() default {};
}
