package id.posyandu.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to packages (in {@code package-info.java}) or to
 * types.
 *
 * <p>Abstract value types are the API; the generated {@code Immutable*} classes are package-private
 * implementation details reached only through the builder that each abstract type exposes
 * ({@code Resident.builder()}). Collections are immutable, {@code Optional} attributes may be
 * left unset, and builders reject missing mandatory attributes with a clear message. Attributes
 * annotated {@code @Value.Redacted} (names, NIK, KK numbers) print as {@code ****} in
 * {@code toString()}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibilityString = "PACKAGE",
    builderVisibilityString = "PUBLIC",
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = true,
    jdk9Collections = true,
    redactedMask = "****",
    privateNoargConstructor = false)
public @interface PosyanduStyle {}
