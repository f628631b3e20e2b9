package id.posyandu.examples.chart;

import id.posyandu.rules.anthro.Indicator;
import java.util.Locale;

/** The growth charts {@link GrowthChart} draws, with their command line codes. */
public enum ChartIndicator {
  /** Weight-for-age (BB/U), the Buku KIA chart: the default. */
  WFA("wfa", Indicator.WEIGHT_FOR_AGE, "Berat badan (kg)", "Weight (kg)"),
  /** Length/height-for-age (PB/U, TB/U). */
  LHFA("lhfa", Indicator.LENGTH_HEIGHT_FOR_AGE, "Panjang/tinggi badan (cm)",
      "Length/height (cm)"),
  /** Weight-for-length/height (BB/PB, BB/TB). */
  WFL("wfl", Indicator.WEIGHT_FOR_LENGTH_HEIGHT, "Berat badan (kg)", "Weight (kg)");

  private final String code;
  private final Indicator indicator;
  private final String yLabelId;
  private final String yLabelEn;

  ChartIndicator(String code, Indicator indicator, String yLabelId, String yLabelEn) {
    this.code = code;
    this.indicator = indicator;
    this.yLabelId = yLabelId;
    this.yLabelEn = yLabelEn;
  }

  /** The command line code and file name part: {@code wfa}, {@code lhfa} or {@code wfl}. */
  public String code() {
    return code;
  }

  /** The WHO indicator drawn. */
  public Indicator indicator() {
    return indicator;
  }

  /** The y axis label. */
  String yLabel(ChartLanguage lang) {
    return lang.pick(yLabelId, yLabelEn);
  }

  /**
   * Reads a code ({@code wfa}, {@code lhfa}, {@code wfl}), case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted codes otherwise
   */
  public static ChartIndicator parse(String code) {
    String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    for (ChartIndicator i : values()) {
      if (i.code.equals(c)) {
        return i;
      }
    }
    throw new IllegalArgumentException("Grafik tidak dikenal / unknown chart: '" + code
        + "' (gunakan / use wfa, lhfa, wfl)");
  }
}
