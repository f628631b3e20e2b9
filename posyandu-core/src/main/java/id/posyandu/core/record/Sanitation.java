package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The household's sanitation facility (fasilitas sanitasi): toilet type, final disposal and who uses
 * it, as the BPS sanitasi layak definition needs (VERIFIED.md 8.3).
 */
@Value.Immutable
public abstract class Sanitation implements ServiceRecord {

  /** Toilet types. */
  public enum Toilet {
    /** Kloset leher angsa (goose-neck). */
    GOOSE_NECK,
    /** Plengsengan. */
    PLENGSENGAN,
    /** Cemplung / cubluk (pit without water seal). */
    PIT,
    /** No toilet. */
    NONE
  }

  /** Final disposal of excreta. */
  public enum Disposal {
    /** Tangki septik. */
    SEPTIC_TANK,
    /** IPAL / SPAL (sewerage or treatment plant). */
    SEWER_IPAL,
    /** Lubang tanah (pit). */
    PIT,
    /** Kolam / sawah / sungai / danau / laut (open water). */
    OPEN_WATER,
    /** Pantai / tanah lapang / kebun (open ground). */
    OPEN_GROUND,
    /** Other. */
    OTHER
  }

  /** Who uses the facility. */
  public enum Use {
    /** Sendiri (household only). */
    OWN,
    /** Bersama rumah tangga tertentu (shared with specific households). */
    SHARED,
    /** MCK komunal. */
    COMMUNAL,
    /** Umum (public). */
    PUBLIC,
    /** No facility (open defecation). */
    NONE
  }

  /** Toilet type. */
  public abstract Toilet toilet();

  /** Final disposal. */
  public abstract Disposal disposal();

  /** Who uses it. */
  public abstract Use use();

  /** Whether the septic tank was emptied in the last five years, if known. */
  public abstract Optional<Boolean> desludgedWithin5Years();

  /** {@link SpmArea#PEKERJAAN_UMUM}. */
  @Override
  public final SpmArea area() {
    return SpmArea.PEKERJAAN_UMUM;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Sanitation}. */
  public static final class Builder extends ImmutableSanitation.Builder {}
}
