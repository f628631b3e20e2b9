package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import id.posyandu.core.validation.PlausibleRange;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.List;
import org.immutables.value.Value;

/**
 * The four-item mental-health screen of the CKG/ILP kader form (PHQ-4 style): two PHQ-2 items (lack
 * of interest, feeling down) and two GAD-2 items (nervous, uncontrolled worry), each 0-3. Cut-offs
 * are a configurable rule.
 */
@Value.Immutable
public abstract class Phq4Screening implements ServiceRecord {

  /** Answers 0-3 to: little interest, feeling down, nervous, cannot stop worrying (form order). */
  @Size(min = 4, max = 4)
  @PlausibleRange(min = "0", max = "3", unit = "points", payload = Unwrapping.Unwrap.class)
  public abstract List<Integer> answers();

  /** {@link SpmArea#KESEHATAN}. */
  @Override
  public final SpmArea area() {
    return SpmArea.KESEHATAN;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Phq4Screening}. */
  public static final class Builder extends ImmutablePhq4Screening.Builder {}
}
