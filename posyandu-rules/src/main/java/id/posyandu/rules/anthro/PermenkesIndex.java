package id.posyandu.rules.anthro;

/**
 * The anthropometric indices of Permenkes 2/2020 (Standar Antropometri Anak), each read from one
 * WHO z-score: 0-60 months from the WHO Child Growth Standards, 5-18 years from the WHO Reference
 * 2007.
 */
public enum PermenkesIndex {
  /** BB/U: berat badan menurut umur (weight-for-age), 0-60 months. */
  BB_U("BB/U", Indicator.WEIGHT_FOR_AGE),
  /** PB/U or TB/U: panjang/tinggi badan menurut umur (length/height-for-age), 0-60 months. */
  PB_TB_U("PB/U atau TB/U", Indicator.LENGTH_HEIGHT_FOR_AGE),
  /** BB/PB or BB/TB: berat badan menurut panjang/tinggi badan (weight-for-length/height), 0-60 months. */
  BB_PB_TB("BB/PB atau BB/TB", Indicator.WEIGHT_FOR_LENGTH_HEIGHT),
  /** IMT/U: indeks massa tubuh menurut umur (BMI-for-age), 0-60 months. */
  IMT_U_0_60("IMT/U 0-60 bulan", Indicator.BMI_FOR_AGE),
  /** IMT/U: indeks massa tubuh menurut umur (BMI-for-age), 5-18 years. */
  IMT_U_5_18("IMT/U 5-18 tahun", Indicator.BMI_FOR_AGE_2007);

  private final String label;
  private final Indicator indicator;

  PermenkesIndex(String label, Indicator indicator) {
    this.label = label;
    this.indicator = indicator;
  }

  /** The index as Permenkes 2/2020 names it, e.g. {@code BB/PB atau BB/TB}. */
  public String label() {
    return label;
  }

  /** The WHO z-score the index is read from. */
  public Indicator indicator() {
    return indicator;
  }
}
