package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A referral (rujukan) made at the visit, in any SPM area, to a health facility or to the village
 * government or an OPD.
 */
@Value.Immutable
public abstract class Referral implements ServiceRecord {

  /** Where the resident was referred. */
  public enum Destination {
    /** Puskesmas pembantu (Pustu). */
    PUSTU,
    /** Puskesmas. */
    PUSKESMAS,
    /** Hospital (rumah sakit). */
    HOSPITAL,
    /** Village government (pemerintah desa/kelurahan). */
    DESA,
    /** A local-government agency (organisasi perangkat daerah). */
    OPD,
    /** Other destination. */
    OTHER
  }

  /** SPM area of the referral; health by default. */
  @Value.Default
  public SpmArea referralArea() {
    return SpmArea.KESEHATAN;
  }

  /** Where the resident was referred. */
  public abstract Destination destination();

  /** Short reason, without personal data. */
  @Size(max = 500)
  public abstract Optional<String> reason();

  /** The referral's area, {@link #referralArea()}. */
  @Override
  public final SpmArea area() {
    return referralArea();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Referral}. */
  public static final class Builder extends ImmutableReferral.Builder {}
}
