package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import id.posyandu.core.validation.PlausibleRange;
import org.immutables.value.Value;

/**
 * A supplement given (vitamin A capsule, iron-folic acid tablets, deworming, supplementary food),
 * with how many units were handed out. Schedules (VERIFIED.md section 7) are rules.
 */
@Value.Immutable
public abstract class Supplement implements ServiceRecord {

  /** Kinds of supplement. */
  public enum Kind {
    /** Vitamin A blue capsule, 100,000 IU (infants 6-11 months). */
    VITAMIN_A_BLUE,
    /** Vitamin A red capsule, 200,000 IU (children 12-59 months, postpartum mothers). */
    VITAMIN_A_RED,
    /** Tablet tambah darah (iron 60 mg + folic acid 400 ug). */
    TTD,
    /** Obat cacing: albendazole (deworming). */
    DEWORMING,
    /** Pemberian makanan tambahan (supplementary food), in packs or servings. */
    PMT
  }

  /** Kind of supplement. */
  public abstract Kind kind();

  /** Units handed out: capsules, tablets, doses or PMT packs; 1 by default. */
  @Value.Default
  @PlausibleRange(min = "1", max = "180", unit = "unit")
  public int quantity() {
    return 1;
  }

  /** {@link SpmArea#KESEHATAN}. */
  @Override
  public final SpmArea area() {
    return SpmArea.KESEHATAN;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Supplement}. */
  public static final class Builder extends ImmutableSupplement.Builder {}
}
