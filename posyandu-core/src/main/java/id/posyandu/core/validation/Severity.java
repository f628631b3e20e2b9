package id.posyandu.core.validation;

import jakarta.validation.Payload;
import java.util.Set;

/**
 * How serious a {@link Violation} is. A constraint declares it through its payload:
 * {@code payload = Severity.Warning.class} makes a warning; no severity payload means an error.
 *
 * <ul>
 *   <li>{@link #ERROR}: the record is wrong and must be corrected before it is used (a weight of
 *       400 kg, a visit before birth);</li>
 *   <li>{@link #WARNING}: the record is possible but unusual and should be checked (a standing
 *       height at 6 months, a pregnancy at 52).</li>
 * </ul>
 */
public enum Severity {
  /** The record is invalid. */
  ERROR,
  /** The record is plausible only with a second look. */
  WARNING;

  /** Constraint payload marking a violation as an {@link Severity#ERROR} (the default). */
  public static final class Error implements Payload {
    private Error() {}
  }

  /** Constraint payload marking a violation as a {@link Severity#WARNING}. */
  public static final class Warning implements Payload {
    private Warning() {}
  }

  /** The severity a constraint's payload declares: WARNING if it holds {@link Warning}, else ERROR. */
  public static Severity fromPayload(Set<Class<? extends Payload>> payload) {
    return payload.contains(Warning.class) ? WARNING : ERROR;
  }
}
