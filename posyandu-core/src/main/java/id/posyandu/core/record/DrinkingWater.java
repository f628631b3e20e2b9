package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import id.posyandu.core.validation.PlausibleRange;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The household's drinking-water source (sumber air minum) with what the layak and aman ladders need
 * (VERIFIED.md 8.2; Permen PUPR 29/2018): the main source, the source of water for cooking and
 * washing when drinking water is bottled or refill, the distance from a well or spring to the septic
 * tank or pit, and the collection time.
 */
@Value.Immutable
public abstract class DrinkingWater implements ServiceRecord {

  /** Water sources; the first nine are the protected (layak) sources of the Pokja PPAS list. */
  public enum Source {
    /** Leding meteran (piped, metered). */
    PIPED_METERED(true),
    /** Leding eceran (piped, retail). */
    PIPED_RETAIL(true),
    /** Keran umum (public tap). */
    PUBLIC_TAP(true),
    /** Hidran umum (public hydrant). */
    PUBLIC_HYDRANT(true),
    /** Terminal air (water terminal). */
    WATER_TERMINAL(true),
    /** Penampungan air hujan (rainwater harvesting). */
    RAINWATER(true),
    /** Sumur bor / pompa (borehole or pump well). */
    BOREHOLE(true),
    /** Sumur terlindung (protected dug well). */
    PROTECTED_WELL(true),
    /** Mata air terlindung (protected spring). */
    PROTECTED_SPRING(true),
    /** Air kemasan bermerek (bottled). */
    BOTTLED(false),
    /** Air isi ulang (refill). */
    REFILL(false),
    /** Sumur tak terlindung (unprotected well). */
    UNPROTECTED_WELL(false),
    /** Mata air tak terlindung (unprotected spring). */
    UNPROTECTED_SPRING(false),
    /** Air permukaan: sungai, danau, waduk (surface water). */
    SURFACE_WATER(false),
    /** Other. */
    OTHER(false);

    private final boolean protectedSource;

    Source(boolean protectedSource) {
      this.protectedSource = protectedSource;
    }

    /** Whether the source is one of the nine protected sources (Pokja PPAS, VERIFIED.md 8.2). */
    public boolean isProtected() {
      return protectedSource;
    }
  }

  /** Main source of drinking water. */
  public abstract Source mainSource();

  /** Source of water for cooking, bathing and washing, when it differs (e.g. bottled drinking water). */
  public abstract Optional<Source> cookingAndWashingSource();

  /** Distance in metres from the well or spring to the nearest septic tank or pit, if measured. */
  public abstract @PlausibleRange(min = "0", max = "10000", unit = "m") OptionalDouble
      distanceToSepticM();

  /** Minutes to collect water (round trip), 0 when on premises. */
  public abstract @PlausibleRange(min = "0", max = "1440", unit = "min") OptionalInt
      collectionMinutes();

  /** Whether water is available when needed. */
  public abstract Optional<Boolean> availableWhenNeeded();

  /** {@link SpmArea#PEKERJAAN_UMUM}. */
  @Override
  public final SpmArea area() {
    return SpmArea.PEKERJAAN_UMUM;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DrinkingWater}. */
  public static final class Builder extends ImmutableDrinkingWater.Builder {}
}
