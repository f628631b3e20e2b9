package id.posyandu.core.record;

/**
 * How length or height was measured (Permenkes 2/2020; WHO Child Growth Standards): lying down
 * (panjang badan, PB) or standing (tinggi badan, TB). Kept as measured; the 0.7 cm conversion is a
 * rule, applied only in calculations.
 */
public enum MeasurePosition {
  /** Lying down: panjang badan (PB), the standard under 24 months. */
  RECUMBENT,
  /** Standing: tinggi badan (TB), the standard from 24 months. */
  STANDING
}
