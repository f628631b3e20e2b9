package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import id.posyandu.core.validation.PlausibleRange;
import org.immutables.value.Value;

/**
 * ADL / AKS (activities of daily living, Barthel index 0-20, ILP juknis) score of an older person,
 * as totalled on the form. Bands are a rule.
 */
@Value.Immutable
public abstract class AdlScreening implements ServiceRecord {

  /** Barthel total 0-20. */
  @PlausibleRange(min = "0", max = "20", unit = "points")
  public abstract int barthelScore();

  /** {@link SpmArea#KESEHATAN}. */
  @Override
  public final SpmArea area() {
    return SpmArea.KESEHATAN;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AdlScreening}. */
  public static final class Builder extends ImmutableAdlScreening.Builder {}
}
