package id.posyandu.rules.anthro;

/**
 * The WHO anthropometric indicators, with the column names WHO's software prints for them. The
 * restricted LMS method and the flag limits of each are reference data
 * ({@code who_anthro_indicators.tsv}).
 */
public enum Indicator {
  /** Length/height-for-age, 0-5 y (PB/U or TB/U). Plain LMS; flag |z| &gt; 6. */
  LENGTH_HEIGHT_FOR_AGE(GrowthStandard.WHO_2006, "zlen", "flen", "Panjang/tinggi badan menurut umur",
      "Length/height-for-age"),
  /** Weight-for-age, 0-5 y (BB/U). Restricted LMS; flag z &lt; -6 or z &gt; 5. */
  WEIGHT_FOR_AGE(GrowthStandard.WHO_2006, "zwei", "fwei", "Berat badan menurut umur",
      "Weight-for-age"),
  /** Weight-for-length (under 731 days) or weight-for-height, 0-5 y (BB/PB or BB/TB). Restricted. */
  WEIGHT_FOR_LENGTH_HEIGHT(GrowthStandard.WHO_2006, "zwfl", "fwfl",
      "Berat badan menurut panjang/tinggi badan", "Weight-for-length/height"),
  /** BMI-for-age, 0-5 y (IMT/U). Restricted LMS; flag |z| &gt; 5. */
  BMI_FOR_AGE(GrowthStandard.WHO_2006, "zbmi", "fbmi", "Indeks massa tubuh menurut umur",
      "BMI-for-age"),
  /** Head circumference-for-age, 0-5 y (LK/U). Plain LMS; flag |z| &gt; 5. */
  HEAD_CIRCUMFERENCE_FOR_AGE(GrowthStandard.WHO_2006, "zhc", "fhc", "Lingkar kepala menurut umur",
      "Head circumference-for-age"),
  /** Arm circumference (MUAC)-for-age, 3-60 months (LiLA/U). Restricted LMS. */
  ARM_CIRCUMFERENCE_FOR_AGE(GrowthStandard.WHO_2006, "zac", "fac", "Lingkar lengan atas menurut umur",
      "Arm circumference-for-age"),
  /** Triceps skinfold-for-age, 3-60 months. Restricted LMS. */
  TRICEPS_SKINFOLD_FOR_AGE(GrowthStandard.WHO_2006, "zts", "fts", "Lipatan kulit trisep menurut umur",
      "Triceps skinfold-for-age"),
  /** Subscapular skinfold-for-age, 3-60 months. Restricted LMS. */
  SUBSCAPULAR_SKINFOLD_FOR_AGE(GrowthStandard.WHO_2006, "zss", "fss",
      "Lipatan kulit subskapula menurut umur", "Subscapular skinfold-for-age"),
  /** Height-for-age, 5-19 y (TB/U). Plain LMS; flag |z| &gt; 6. */
  HEIGHT_FOR_AGE_2007(GrowthStandard.WHO_2007, "zhfa", "fhfa", "Tinggi badan menurut umur",
      "Height-for-age"),
  /** Weight-for-age, 5-10 y (BB/U). Restricted LMS; flag z &lt; -6 or z &gt; 5. */
  WEIGHT_FOR_AGE_2007(GrowthStandard.WHO_2007, "zwfa", "fwfa", "Berat badan menurut umur",
      "Weight-for-age"),
  /** BMI-for-age, 5-19 y (IMT/U). Restricted LMS; flag |z| &gt; 5. */
  BMI_FOR_AGE_2007(GrowthStandard.WHO_2007, "zbfa", "fbfa", "Indeks massa tubuh menurut umur",
      "BMI-for-age");

  private final GrowthStandard standard;
  private final String zColumn;
  private final String flagColumn;
  private final String nameId;
  private final String nameEn;

  Indicator(GrowthStandard standard, String zColumn, String flagColumn, String nameId,
      String nameEn) {
    this.standard = standard;
    this.zColumn = zColumn;
    this.flagColumn = flagColumn;
    this.nameId = nameId;
    this.nameEn = nameEn;
  }

  /** The growth reference of the indicator. */
  public GrowthStandard standard() {
    return standard;
  }

  /** The z column WHO's software prints, e.g. {@code zwei} or {@code zbfa}. */
  public String zColumn() {
    return zColumn;
  }

  /** The flag column WHO's software prints, e.g. {@code fwei}. */
  public String flagColumn() {
    return flagColumn;
  }

  /** Name in Indonesian. */
  public String nameId() {
    return nameId;
  }

  /** Name in English. */
  public String nameEn() {
    return nameEn;
  }
}
