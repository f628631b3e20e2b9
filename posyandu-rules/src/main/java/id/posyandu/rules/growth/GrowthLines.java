package id.posyandu.rules.growth;

import id.posyandu.rules.Citation;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import java.util.EnumMap;
import java.util.Map;

/**
 * The referral lines of the Buku KIA 2020+ weight-for-age chart, as weight-for-age z-scores (WHO
 * 2006): <i>garis merah</i> (red line, −2 SD), <i>garis oranye</i> (orange line, +1 SD), and the
 * legacy BGM line of the pre-2020 KMS (about −3 SD), kept only for imported old records.
 *
 * <p>Source: Kemenkes, Petunjuk Teknis Penggunaan KMS Balita (2021) and Buku KIA 2023 p.54 ("Rujuk
 * bila BB tidak naik (T), di bawah garis merah, atau di atas garis oranye"); the z values are [3P]
 * (see {@link #citation()}) and live in reference data, so a confirmed value is a data change.
 */
public final class GrowthLines {

  /** A line of the chart. */
  public enum Line {
    /** Garis merah: below it, refer (BB/U < −2 SD on the 2020+ chart). */
    RED,
    /** Garis oranye: above it, refer (BB/U > +1 SD, risk of overweight). */
    ORANGE,
    /** The red line of the older KMS (Permenkes 155/2010), about −3 SD; legacy records only. */
    BGM_LEGACY
  }

  private static final class Builtin {
    static final GrowthLines KMS_2021 =
        from(ReferenceTable.load(GrowthLines.class, "growth_lines.tsv"));
  }

  private final Map<Line, Double> z;
  private final Citation citation;

  private GrowthLines(Map<Line, Double> z, Citation citation) {
    this.z = z;
    this.citation = citation;
  }

  /** The lines of the 2020+ Buku KIA chart (red −2 SD, orange +1 SD, legacy BGM −3 SD). */
  public static GrowthLines kms2021() {
    return Builtin.KMS_2021;
  }

  /**
   * Lines from reference data with columns {@code line} (RED, ORANGE, BGM_LEGACY) and {@code z}.
   *
   * @throws ReferenceDataException when a line is missing, repeated or out of [−5, 5]
   */
  public static GrowthLines from(ReferenceTable table) {
    table.requireColumns("line", "z").requireUniqueKey("line");
    Map<Line, Double> z = new EnumMap<>(Line.class);
    for (ReferenceTable.Row row : table.rows()) {
      Line line;
      try {
        line = Line.valueOf(row.text("line"));
      } catch (IllegalArgumentException e) {
        throw new ReferenceDataException(row + ": unknown line '" + row.text("line") + "'");
      }
      z.put(line, row.number("z", -5, 5));
    }
    for (Line l : Line.values()) {
      if (!z.containsKey(l)) {
        throw new ReferenceDataException(table.name() + ": no z for line " + l);
      }
    }
    if (z.get(Line.RED) >= z.get(Line.ORANGE)) {
      throw new ReferenceDataException(table.name() + ": the red line must lie below the orange line");
    }
    return new GrowthLines(z, table.citation());
  }

  /** The z-score of a line. */
  public double z(Line line) {
    return z.get(line);
  }

  /** Where the lines come from. */
  public Citation citation() {
    return citation;
  }
}
