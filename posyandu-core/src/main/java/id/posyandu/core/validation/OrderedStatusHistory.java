package id.posyandu.core.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The status history of a {@code ServiceRequest} is ordered by date
 * ({@code REQUEST.HISTORY_ORDER}), starts with RECEIVED ({@code REQUEST.FIRST_NOT_RECEIVED}), and
 * every FORWARDED step names its destination ({@code REQUEST.FORWARD_WITHOUT_DESTINATION}).
 *
 * <p>Severity: error by default. The validator lives in {@code model.internal} and is
 * registered through {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface OrderedStatusHistory {
  /** Message template; code {@code REQUEST.HISTORY_ORDER}. */
  String message() default "{posyandu.REQUEST.HISTORY_ORDER}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Severity payload; {@link Severity.Error} by default. */
  Class<? extends Payload>[] payload() default {};
}
