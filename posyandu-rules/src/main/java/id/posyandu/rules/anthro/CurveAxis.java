package id.posyandu.rules.anthro;

/**
 * What a WHO reference curve is drawn against: the index column of its LMS table. WHO's 0-5 y
 * tables are daily (age in days), the 5-19 y tables monthly, and the weight-for-length/height tables
 * go in 0.1 cm steps of length (recumbent, under 2 years) or height (standing, from 2 years).
 */
public enum CurveAxis {
  /** Age in completed days (WHO 2006 tables, one row per day). */
  AGE_DAYS("age_days", 1, "Umur (hari)", "Age (days)"),
  /** Age in months (WHO 2007 tables, one row per month). */
  AGE_MONTHS("age_months", 1, "Umur (bulan)", "Age (months)"),
  /** Recumbent length in centimetres, 0.1 cm steps (weight-for-length, 45-110 cm). */
  LENGTH_CM("length_cm", 10, "Panjang badan (cm)", "Length (cm)"),
  /** Standing height in centimetres, 0.1 cm steps (weight-for-height, 65-120 cm). */
  HEIGHT_CM("height_cm", 10, "Tinggi badan (cm)", "Height (cm)");

  private final String column;
  private final int keyScale;
  private final String labelId;
  private final String labelEn;

  CurveAxis(String column, int keyScale, String labelId, String labelEn) {
    this.column = column;
    this.keyScale = keyScale;
    this.labelId = labelId;
    this.labelEn = labelEn;
  }

  /** The index column of the LMS table, e.g. {@code age_days}. */
  public String column() {
    return column;
  }

  /** Table rows per unit of the axis: 1 for days and months, 10 for centimetres (0.1 cm steps). */
  public int rowsPerUnit() {
    return keyScale;
  }

  /** Axis label in Indonesian, e.g. {@code Umur (hari)}. */
  public String labelId() {
    return labelId;
  }

  /** Axis label in English, e.g. {@code Age (days)}. */
  public String labelEn() {
    return labelEn;
  }
}
