package id.posyandu.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project style ({@link id.posyandu.core.PosyanduStyle}) for value types whose maps keep the
 * order they were given in: the same settings without {@code jdk9Collections}, whose
 * {@code Map.copyOf} has no defined iteration order. Used by {@link Finding}, whose inputs are
 * documented "in call order".
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibilityString = "PACKAGE",
    builderVisibilityString = "PUBLIC",
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = true,
    redactedMask = "****",
    privateNoargConstructor = false)
@interface OrderedMapStyle {}
