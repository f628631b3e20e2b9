package id.posyandu.rules.indicator;

/** Whether an indicator is the regulation's own formula or what a Posyandu can observe of it. */
public enum IndicatorLevel {
  /**
   * A proxy a Posyandu can observe (its registered residents, its sessions), not the official SPM
   * formula, whose denominator is the whole target population of the kabupaten/kota.
   */
  POSYANDU_PROXY,
  /** The SPM technical standard's own formula. */
  SPM_OFFICIAL
}
