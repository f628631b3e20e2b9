package id.posyandu.rules.anthro;

/**
 * Which of WHO AnthroPlus's two versions of the 5-19 y age limits to apply. The tables and formulas
 * are the same; only the ends differ.
 */
public enum Who2007AgeRange {
  /**
   * WHO AnthroPlus as published ({@code anthroplus} 0.9.0, R/zscores.R @ 0afb0a84): 61 to 228
   * months inclusive, weight-for-age 61 to 120 months inclusive. WHO's golden outputs follow it.
   * The default.
   */
  PUBLISHED,
  /**
   * The newer development version ({@code anthroplus} R/zscores.R @ 4463ca2b): from 60 months to
   * below 229 months, weight-for-age below 121 months.
   */
  DEVELOPMENT
}
