package id.posyandu.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@code Pregnancy} has an HPHT or an HPL ({@code PREGNANCY.NO_DATES}); an HPL after its HPHT
 * ({@code PREGNANCY.HPL_NOT_AFTER_HPHT}); an outcome exactly when it has an outcome date
 * ({@code PREGNANCY.OUTCOME_INCOMPLETE}); and an outcome date after its start
 * ({@code PREGNANCY.OUTCOME_BEFORE_START}).
 *
 * <p>Severity: error by default. The validator lives in {@code model.internal} and is
 * registered through {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentPregnancy {
  /** Message template; code {@code PREGNANCY.NO_DATES}. */
  String message() default "{posyandu.PREGNANCY.NO_DATES}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Severity payload; {@link Severity.Error} by default. */
  Class<? extends Payload>[] payload() default {};
}
