package id.posyandu.core.validation;

import id.posyandu.core.PosyanduStyle;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One problem found by {@link PosyanduValidator}: a stable code, where it is, the value (masked when
 * it is personal data), its severity and a message in Indonesian and in English.
 *
 * <p>Codes are stable identifiers meant for programs (see {@link PosyanduValidator} for how they are
 * derived); messages are for people and may be reworded.
 */
@PosyanduStyle
@Value.Immutable
public abstract class Violation {

  /** Stable code, e.g. {@code RANGE}, {@code NOT_BLANK}, {@code VISIT.BEFORE_BIRTH}. */
  public abstract String code();

  /**
   * Property path from the validated object, e.g. {@code records[0].weightKg}; empty for a
   * constraint on the whole object.
   */
  public abstract String path();

  /** Simple name of the validated object's type, e.g. {@code Visit}. */
  public abstract String rootType();

  /**
   * The offending value as text, masked ({@code ****}) when it is personal data (NIK, KK number,
   * names); empty for class-level constraints, whose value is the whole object.
   */
  public abstract Optional<String> invalidValue();

  /** Error or warning. */
  public abstract Severity severity();

  /** Message in Indonesian. */
  public abstract String messageId();

  /** Message in English. */
  public abstract String messageEn();

  /** Position of the item in a batch passed to {@link PosyanduValidator#validateAll}. */
  public abstract OptionalInt index();

  /** Whether this is an {@link Severity#ERROR}. */
  public final boolean isError() {
    return severity() == Severity.ERROR;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Violation}. */
  public static final class Builder extends ImmutableViolation.Builder {}
}
