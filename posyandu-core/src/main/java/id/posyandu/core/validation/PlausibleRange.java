package id.posyandu.core.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A measured or counted value lies in a plausible range, both ends inclusive, in the named unit.
 * Applies to {@code double}, {@code int}, {@code long}, their wrappers, and to
 * {@code OptionalDouble}/{@code OptionalInt} (an absent value is valid). NaN and infinities are
 * never plausible. Code {@code RANGE}.
 *
 * <p>The ranges on the model are plausibility limits (what a scale, tape or meter can truly read
 * on a person), not clinical cut-offs; the rules module classifies values.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface PlausibleRange {
  /** Smallest plausible value, as a decimal literal (it is printed in messages as written). */
  String min();

  /** Largest plausible value, as a decimal literal (it is printed in messages as written). */
  String max();

  /** Unit of the value as printed in messages, e.g. {@code kg}, {@code cm}, {@code mmHg}. */
  String unit();

  /** Message template; code {@code RANGE}. */
  String message() default "{posyandu.RANGE}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Use {@link Severity.Warning} to make the violation a warning. */
  Class<? extends Payload>[] payload() default {};
}
