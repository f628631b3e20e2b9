package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Simple vision and hearing screening (finger count or simple eye chart; whisper test) of the ILP
 * forms; an absent result was not tested.
 */
@Value.Immutable
public abstract class VisionHearingScreening implements ServiceRecord {

  /** Result of a simple screening test. */
  public enum Result {
    /** Normal. */
    NORMAL,
    /** Abnormal: refer for examination. */
    ABNORMAL
  }

  /** Vision result. */
  public abstract Optional<Result> vision();

  /** Hearing result. */
  public abstract Optional<Result> hearing();

  /** {@link SpmArea#KESEHATAN}. */
  @Override
  public final SpmArea area() {
    return SpmArea.KESEHATAN;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VisionHearingScreening}. */
  public static final class Builder extends ImmutableVisionHearingScreening.Builder {}
}
