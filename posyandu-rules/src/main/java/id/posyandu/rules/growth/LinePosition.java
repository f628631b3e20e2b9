package id.posyandu.rules.growth;

/** Where a weighing lies against the referral lines of the Buku KIA chart ({@link GrowthLines}). */
public enum LinePosition {
  /** Below the garis merah (BB/U below −2 SD): refer. */
  BELOW_RED_LINE("Di bawah garis merah", "Below the red line"),
  /** Between the red and the orange line. */
  BETWEEN_LINES("Di antara garis merah dan garis oranye", "Between the red and orange lines"),
  /** Above the garis oranye (BB/U above +1 SD): refer. */
  ABOVE_ORANGE_LINE("Di atas garis oranye", "Above the orange line"),
  /** No weight-for-age z-score could be computed: the position is unknown, not normal. */
  NOT_ASSESSED("Tidak dapat dinilai (z-score BB/U tidak tersedia)",
      "Not assessed (no weight-for-age z-score)");

  private final String labelId;
  private final String labelEn;

  LinePosition(String labelId, String labelEn) {
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
