package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import id.posyandu.core.validation.PlausibleRange;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The condition of the dwelling (kondisi rumah) as observed: the materials and damage of the main
 * components and the space, enough for the RTLH criteria sets of VERIFIED.md 8.1 (BPS hunian layak,
 * PUPR 29/2018, Permensos 20/2017 Rutilahu). Floor area per person is computed, never stored.
 */
@Value.Immutable
public abstract class HouseCondition implements ServiceRecord {

  /** Roof material (largest surface). */
  public enum Roof {
    /** Beton (concrete). */
    CONCRETE,
    /** Genteng (tile). */
    TILE,
    /** Kayu / sirap (wood or shingle). */
    WOOD_SHINGLE,
    /** Seng (zinc sheet). */
    ZINC,
    /** Asbes. */
    ASBESTOS,
    /** Bambu. */
    BAMBOO,
    /** Jerami / ijuk / daun (thatch or leaves). */
    THATCH,
    /** Other. */
    OTHER
  }

  /** Wall material (largest surface). */
  public enum Wall {
    /** Tembok (masonry) or GRC board. */
    MASONRY,
    /** Plesteran anyaman bambu / kawat (plastered woven bamboo or wire). */
    PLASTERED_BAMBOO,
    /** Kayu / papan (wood or planks). */
    WOOD,
    /** Batang kayu (logs). */
    LOGS,
    /** Anyaman bambu (woven bamboo, unplastered). */
    BAMBOO,
    /** Other. */
    OTHER
  }

  /** Floor material (largest surface). */
  public enum Floor {
    /** Marmer / granit. */
    MARBLE_GRANITE,
    /** Keramik. */
    CERAMIC,
    /** Parket / vinil / karpet. */
    PARQUET_VINYL_CARPET,
    /** Ubin / tegel / teraso. */
    TILES,
    /** Kayu / papan. */
    WOOD,
    /** Semen / bata merah. */
    CEMENT_BRICK,
    /** Bambu. */
    BAMBOO,
    /** Tanah (earth). */
    EARTH,
    /** Other. */
    OTHER
  }

  /** Components of the house that can be damaged. */
  public enum Component {
    /** Atap (roof). */
    ROOF,
    /** Dinding (wall). */
    WALL,
    /** Lantai (floor). */
    FLOOR,
    /** Struktur (foundation, columns, beams). */
    STRUCTURE
  }

  /** Roof material. */
  public abstract Roof roof();

  /** Wall material. */
  public abstract Wall wall();

  /** Floor material. */
  public abstract Floor floor();

  /** Components damaged or dangerous; empty when none. */
  public abstract Set<Component> damagedComponents();

  /** Floor area of the dwelling in square metres. */
  @PlausibleRange(min = "1", max = "5000", unit = "m2")
  public abstract double floorAreaM2();

  /** Number of people living in the dwelling. */
  @PlausibleRange(min = "1", max = "100", unit = "people")
  public abstract int occupants();

  /** Ceiling height in metres, if measured. */
  public abstract @PlausibleRange(min = "1", max = "10", unit = "m") OptionalDouble ceilingHeightM();

  /** Whether the household has its own place to bathe, wash and defecate (MCK). */
  public abstract Optional<Boolean> ownMck();

  /** {@link SpmArea#PERUMAHAN_RAKYAT}. */
  @Override
  public final SpmArea area() {
    return SpmArea.PERUMAHAN_RAKYAT;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HouseCondition}. */
  public static final class Builder extends ImmutableHouseCondition.Builder {}
}
