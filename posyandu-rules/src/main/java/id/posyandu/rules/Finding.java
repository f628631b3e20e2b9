package id.posyandu.rules;

import id.posyandu.core.SpmArea;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of one screening or rule for one person: what was found, how serious it is, where to
 * refer, and why, in words a kader can read.
 *
 * <p>A finding always explains itself: {@link #explanation()} names the inputs used, the threshold
 * and the source, in Indonesian and English; {@link #inputs()} holds the same inputs as data. A
 * screening whose inputs are missing or invalid gives a finding with severity {@link
 * Severity#NOT_ASSESSED} listing {@link #missingInputs()}; it never reports normal.
 *
 * <pre>{@code
 * Finding kek = Screening.standard().kek(KekGroup.PREGNANT, OptionalDouble.of(22.1));
 * kek.code();         // "KES.BUMIL.KEK"
 * kek.severity();     // REFER
 * kek.explanation();  // "LiLA 22,1 cm < 23,5 cm: ..." (id) and "MUAC 22.1 cm < 23.5 cm: ..." (en)
 * }</pre>
 */
@OrderedMapStyle
@Value.Immutable
public abstract class Finding {

  /** Category code of every finding that could not be assessed. */
  public static final String NOT_ASSESSED = "NOT_ASSESSED";

  /**
   * The stable code of the screening, prefixed by the {@link SpmArea#code()} of its area, e.g.
   * {@code KES.BUMIL.KEK}. The same code is used whatever the result; see {@link #category()}.
   */
  public abstract String code();

  /** The SPM area the screening belongs to. */
  public abstract SpmArea area();

  /**
   * The stable code of the result category within the screening, e.g. {@code KEK}, {@code HT1},
   * {@code NORMAL}; {@link #NOT_ASSESSED} when it could not be assessed.
   */
  public abstract String category();

  /** The name of the result category, in Indonesian and English. */
  public abstract LocalizedText categoryLabel();

  /** How serious the result is. */
  public abstract Severity severity();

  /** Where to refer, when the result calls for a referral or a follow-up by a health worker. */
  public abstract Optional<ReferralTarget> referral();

  /** The explanation: inputs, threshold, follow-up and source, in Indonesian and English. */
  public abstract LocalizedText explanation();

  /** The inputs the rule used, by parameter name (with its unit), as text; in call order. */
  public abstract Map<String, String> inputs();

  /** The inputs that were missing or invalid (empty when assessed). */
  public abstract List<String> missingInputs();

  /** The source of the threshold. */
  public abstract Citation citation();

  /** The id of the reference table the threshold came from, e.g. {@code screening.kek}. */
  public abstract String referenceId();

  /** The version of that reference table, if it declares one. */
  public abstract Optional<String> referenceVersion();

  /** Whether the screening was assessed (shorthand for {@code severity().isAssessed()}). */
  public final boolean isAssessed() {
    return severity().isAssessed();
  }

  @Value.Check
  void check() {
    if (!code().startsWith(area().code() + ".")) {
      throw new IllegalStateException(
          "finding code " + code() + " must start with " + area().code() + ".");
    }
    if (severity().isAssessed() == category().equals(NOT_ASSESSED)) {
      throw new IllegalStateException("category NOT_ASSESSED if and only if severity NOT_ASSESSED");
    }
    if (!severity().isAssessed() && missingInputs().isEmpty()) {
      throw new IllegalStateException("a finding that was not assessed must say what is missing");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {}
}
