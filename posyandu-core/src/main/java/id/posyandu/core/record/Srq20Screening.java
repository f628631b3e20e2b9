package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;

/**
 * SRQ-20 (Self-Reporting Questionnaire) mental-health screen of the ILP juknis: 20 yes/no answers,
 * 30-day recall. The cut-off (6 yes, or item 17) is a rule.
 */
@Value.Immutable
public abstract class Srq20Screening implements ServiceRecord {

  /** Answers to items 1-20 in order: {@code true} = ya. */
  @Size(min = 20, max = 20)
  public abstract List<Boolean> answers();

  /** {@link SpmArea#KESEHATAN}. */
  @Override
  public final SpmArea area() {
    return SpmArea.KESEHATAN;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Srq20Screening}. */
  public static final class Builder extends ImmutableSrq20Screening.Builder {}
}
