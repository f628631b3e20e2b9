package id.posyandu.rules.anthro;

/**
 * How a child's length or height was measured (WHO Anthro's {@code measure}: "l" or "h"). An
 * unknown position is an absent value. Per WHO and Permenkes 2/2020, children under 24 months
 * (731 days) are measured lying (panjang badan, PB) and older ones standing (tinggi badan, TB); a
 * measure taken the other way is standardised by 0.7 cm.
 */
public enum MeasurePosition {
  /** Lying down: length (panjang badan). WHO code {@code l}. */
  RECUMBENT("l"),
  /** Standing: height (tinggi badan). WHO code {@code h}. */
  STANDING("h");

  private final String whoCode;

  MeasurePosition(String whoCode) {
    this.whoCode = whoCode;
  }

  /** WHO Anthro's code: {@code l} or {@code h}. */
  public String whoCode() {
    return whoCode;
  }
}
