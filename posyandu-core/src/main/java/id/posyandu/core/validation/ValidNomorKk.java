package id.posyandu.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated character sequence is a well-formed KK number, Nomor Kartu Keluarga (family card
 * number), as {@link id.posyandu.core.code.NomorKk#parse} accepts it.
 *
 * <p>Applies to {@link CharSequence}; {@code null} is valid (combine with {@code @NotNull}). When
 * the value is malformed, the violation's message template is the precise reason,
 * {@code {posyandu.code.<CODE>}} with the code of the {@link
 * id.posyandu.core.code.CodeFormatException} (for example {@code {posyandu.code.KK.LENGTH}}), and
 * its message parameters hold only masked values.
 *
 * <p>The validator is registered as a {@code jakarta.validation.ConstraintValidator} service
 * (Hibernate Validator loads such services), so this API package does not refer to its
 * implementation.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidNomorKk.List.class)
public @interface ValidNomorKk {
  /** The message template used when no more precise reason is known. */
  String message() default "{id.posyandu.core.validation.ValidNomorKk.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload, for example a severity. */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @ValidNomorKk} on the same element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  public @interface List {
    /** The constraints. */
    ValidNomorKk[] value();
  }
}
