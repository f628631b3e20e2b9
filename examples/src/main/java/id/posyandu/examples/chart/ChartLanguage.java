package id.posyandu.examples.chart;

/** The language of a chart's texts: Indonesian by default, English as an option. */
public enum ChartLanguage {
  /** Bahasa Indonesia (the default, as the Buku KIA). */
  ID,
  /** English. */
  EN;

  /** Picks the text of this language. */
  String pick(String indonesian, String english) {
    return this == ID ? indonesian : english;
  }

  /**
   * Reads {@code id} or {@code en}, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted codes otherwise
   */
  public static ChartLanguage parse(String code) {
    for (ChartLanguage l : values()) {
      if (l.name().equalsIgnoreCase(code == null ? "" : code.trim())) {
        return l;
      }
    }
    throw new IllegalArgumentException("Bahasa tidak dikenal / unknown language: '" + code
        + "' (gunakan / use id, en)");
  }
}
