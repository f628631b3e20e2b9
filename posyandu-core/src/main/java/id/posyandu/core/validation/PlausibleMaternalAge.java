package id.posyandu.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The mother's age at the start of each pregnancy of a {@code ResidentRecords} is plausible: from
 * {@value id.posyandu.core.validation.PlausibleMaternalAge#MIN_YEARS} to
 * {@value id.posyandu.core.validation.PlausibleMaternalAge#MAX_YEARS} completed years. The bounds
 * are the plausibility limits of the project brief (the reproductive-age span is WHO's 15-49 for
 * women of reproductive age, widened to allow for early menarche and late pregnancies).
 *
 * <p>Severity: a warning; the model applies it with {@code payload = Severity.Warning.class}
 * (Jakarta Validation requires an empty default payload). The validator lives in
 * {@code record.internal} and is registered through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface PlausibleMaternalAge {
  /** Youngest plausible age of a mother at the start of pregnancy, in completed years. */
  int MIN_YEARS = 10;

  /** Oldest plausible age of a mother at the start of pregnancy, in completed years. */
  int MAX_YEARS = 55;

  /** Message template; code {@code PREGNANCY.MATERNAL_AGE}. */
  String message() default "{posyandu.PREGNANCY.MATERNAL_AGE}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Severity payload; the model uses {@link Severity.Warning}. */
  Class<? extends Payload>[] payload() default {};
}
