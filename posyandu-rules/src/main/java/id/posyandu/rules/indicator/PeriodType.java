package id.posyandu.rules.indicator;

/** The kind of reporting period an indicator is computed for. */
public enum PeriodType {
  /** A calendar month (bulan): the Posyandu's monthly report. */
  MONTH("Bulan", "Month"),
  /** A calendar quarter (triwulan). */
  QUARTER("Triwulan", "Quarter"),
  /** A calendar year (tahun): SPM achievement is yearly. */
  YEAR("Tahun", "Year"),
  /**
   * A campaign month: February or August (bulan vitamin A). A period of this type is one of those
   * two months.
   */
  CAMPAIGN_MONTH("Bulan kampanye (Februari/Agustus)", "Campaign month (February/August)");

  private final String labelId;
  private final String labelEn;

  PeriodType(String labelId, String labelEn) {
    this.labelId = labelId;
    this.labelEn = labelEn;
  }

  /** Label in Indonesian. */
  public String labelId() {
    return labelId;
  }

  /** Label in English. */
  public String labelEn() {
    return labelEn;
  }
}
