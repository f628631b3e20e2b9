package id.posyandu.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Every pregnancy of a {@code ResidentRecords} is of its resident ({@code PREGNANCY.OTHER_RESIDENT}),
 * who is female ({@code PREGNANCY.NOT_FEMALE}).
 *
 * <p>Severity: error by default. The validator lives in {@code record.internal} and is
 * registered through {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface PregnancyOfWoman {
  /** Message template; code {@code PREGNANCY.NOT_FEMALE}. */
  String message() default "{posyandu.PREGNANCY.NOT_FEMALE}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Severity payload; {@link Severity.Error} by default. */
  Class<? extends Payload>[] payload() default {};
}
