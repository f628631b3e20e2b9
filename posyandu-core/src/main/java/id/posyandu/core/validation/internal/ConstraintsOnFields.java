package id.posyandu.core.validation.internal;

import static org.immutables.annotate.InjectAnnotation.Where.FIELD;

import id.posyandu.core.validation.DesaLevel;
import id.posyandu.core.validation.PlausibleRange;
import id.posyandu.core.validation.ValidKodeWilayah;
import id.posyandu.core.validation.ValidNik;
import id.posyandu.core.validation.ValidNomorKk;
import id.posyandu.core.validation.ValidPosyanduNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.annotate.InjectAnnotation;

/**
 * Copies the constraints of every abstract accessor of an Immutables value type onto the field of
 * the generated class that holds the attribute ({@code @NotBlank String id()} gives
 * {@code @NotBlank private final String id;} in {@code ImmutableX}), so that Jakarta Validation with
 * its default configuration, which reads constraints on fields and JavaBeans getters but not on
 * accessors such as {@code weightKg()}, sees them: {@code Validation.buildDefaultValidatorFactory()},
 * Spring's validator and {@code PosyanduValidator} all validate the same fields, with the same
 * property paths.
 *
 * <p>Applied in {@code package-info.java} beside {@code @PosyanduStyle}; a compile-time instruction
 * to the Immutables processor ({@code org.immutables:annotate}, not needed at run time). Only
 * declaration annotations are copied: a constraint on a type argument ({@code List<@Valid X>},
 * {@code Optional<@Size(max = 40) String>}) would be lost, so the model declares them on the
 * accessor ({@code @Valid List<X>} cascades into the elements; {@code @Size Optional<String>}
 * applies to the value; a range on each element of a list is {@code @PlausibleRange(...,
 * payload = Unwrapping.Unwrap.class) List<Integer>}). A test checks that every constraint of every
 * accessor has its copy on the field, and that no accessor has a constraint on a type argument. A
 * new constraint type used on the model must be added here.
 */
@InjectAnnotation(type = Valid.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = AssertFalse.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = AssertTrue.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = DecimalMax.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = DecimalMin.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = Digits.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = Email.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = Future.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = FutureOrPresent.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = Max.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = Min.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = Negative.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = NegativeOrZero.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = NotBlank.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = NotEmpty.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = NotNull.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = Null.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = Past.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = PastOrPresent.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = Pattern.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = Positive.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = PositiveOrZero.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = Size.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = DesaLevel.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = PlausibleRange.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = ValidKodeWilayah.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = ValidNik.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = ValidNomorKk.class, target = FIELD, ifPresent = true)
@InjectAnnotation(type = ValidPosyanduNumber.class, target = FIELD, ifPresent = true)
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
public @interface ConstraintsOnFields {}
