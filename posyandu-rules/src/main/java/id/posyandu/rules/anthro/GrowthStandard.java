package id.posyandu.rules.anthro;

/** The WHO growth references an indicator belongs to. */
public enum GrowthStandard {
  /** WHO Child Growth Standards (2006), 0-5 years; WHO's software: WHO Anthro ({@code anthro}). */
  WHO_2006,
  /** WHO Reference 2007, 5-19 years; WHO's software: WHO AnthroPlus ({@code anthroplus}). */
  WHO_2007
}
