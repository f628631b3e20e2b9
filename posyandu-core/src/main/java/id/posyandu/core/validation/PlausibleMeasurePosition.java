package id.posyandu.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Length or height in every visit of a {@code ResidentRecords} was measured in a position plausible
 * for the age at the visit: standing before
 * {@value id.posyandu.core.validation.PlausibleMeasurePosition#STANDING_FROM_MONTHS} completed months
 * is unlikely ({@code ANTHRO.STANDING_UNDER_9_MONTHS}; WHO Motor Development Study 2006: standing
 * alone has a median of 10.8 months), and lying down from
 * {@value id.posyandu.core.validation.PlausibleMeasurePosition#STANDING_STANDARD_FROM_DAYS} days
 * (24 months as WHO counts them) goes against the measurement standard of Permenkes 2/2020
 * ({@code ANTHRO.RECUMBENT_FROM_24_MONTHS}).
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
public @interface PlausibleMeasurePosition {
  /** Completed months from which a standing height is plausible. */
  int STANDING_FROM_MONTHS = 9;

  /**
   * Age in days from which WHO and Permenkes 2/2020 measure standing height: 731 days = 24 months
   * (WHO Child Growth Standards: a month is 30.4375 days).
   */
  int STANDING_STANDARD_FROM_DAYS = id.posyandu.core.LifeStages.BADUTA_END_DAYS;

  /** Message template; code {@code ANTHRO.STANDING_UNDER_9_MONTHS}. */
  String message() default "{posyandu.ANTHRO.STANDING_UNDER_9_MONTHS}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Severity payload; the model uses {@link Severity.Warning}. */
  Class<? extends Payload>[] payload() default {};
}
