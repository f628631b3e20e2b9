package id.posyandu.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import id.posyandu.core.code.WilayahLevel;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated character sequence is a well-formed kode wilayah (Kemendagri area code), dotted or
 * plain, as {@link id.posyandu.core.code.KodeWilayah#parse(String, WilayahLevel...)} accepts it: at
 * any level, or at one of the levels given in {@link #level()} (otherwise the reason is
 * {@code KODE_WILAYAH.LEVEL}).
 *
 * <p>Applies to {@link CharSequence}; {@code null} is valid (combine with {@code @NotNull}). When
 * the value is malformed, the violation's message template is the precise reason,
 * {@code {posyandu.code.<CODE>}} with the code of the {@link
 * id.posyandu.core.code.CodeFormatException} (for example {@code
 * {posyandu.code.KODE_WILAYAH.VILLAGE_TYPE}}), and its message parameters hold only masked values.
 *
 * <p>The validator is registered as a {@code jakarta.validation.ConstraintValidator} service
 * (Hibernate Validator loads such services), so this API package does not refer to its
 * implementation.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidKodeWilayah.List.class)
public @interface ValidKodeWilayah {
  /** The message template used when no more precise reason is known. */
  String message() default "{id.posyandu.core.validation.ValidKodeWilayah.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload, for example a severity. */
  Class<? extends Payload>[] payload() default {};

  /** The levels the code must be at; empty (the default) accepts any level. */
  WilayahLevel[] level() default {};

  /** Several {@code @ValidKodeWilayah} on the same element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  public @interface List {
    /** The constraints. */
    ValidKodeWilayah[] value();
  }
}
