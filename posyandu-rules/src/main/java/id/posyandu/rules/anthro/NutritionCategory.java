package id.posyandu.rules.anthro;

/**
 * The categories of child nutrition status of Permenkes 2/2020; which index uses which, their
 * cut-offs and their Indonesian and English labels are reference data
 * ({@code permenkes_2_2020_nutrition_status.tsv}).
 */
public enum NutritionCategory {
  /** BB/U: berat badan sangat kurang. */
  SEVERELY_UNDERWEIGHT,
  /** BB/U: berat badan kurang. */
  UNDERWEIGHT,
  /** BB/U: berat badan normal. */
  NORMAL_WEIGHT,
  /** BB/U: risiko berat badan lebih. */
  RISK_OF_OVERWEIGHT,
  /** PB/U or TB/U: sangat pendek. */
  SEVERELY_STUNTED,
  /** PB/U or TB/U: pendek. */
  STUNTED,
  /** PB/U or TB/U: normal. */
  NORMAL_HEIGHT,
  /** PB/U or TB/U: tinggi. */
  TALL,
  /** BB/PB, BB/TB, IMT/U 0-60 months: gizi buruk. */
  SEVERELY_WASTED,
  /** BB/PB, BB/TB, IMT/U 0-60 months: gizi kurang. */
  WASTED,
  /** Gizi baik. */
  NORMAL,
  /** BB/PB, BB/TB, IMT/U 0-60 months: berisiko gizi lebih. */
  POSSIBLE_RISK_OF_OVERWEIGHT,
  /** Gizi lebih. */
  OVERWEIGHT,
  /** Obesitas. */
  OBESE,
  /** IMT/U 5-18 years: gizi buruk (severely thinness). */
  SEVERELY_THIN,
  /** IMT/U 5-18 years: gizi kurang (thinness). */
  THIN
}
