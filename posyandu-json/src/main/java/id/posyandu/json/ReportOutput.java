package id.posyandu.json;

import id.posyandu.core.SpmArea;
import id.posyandu.rules.indicator.ReportLevel;
import id.posyandu.rules.indicator.ReportRow;
import id.posyandu.rules.indicator.WilsonInterval;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The six-SPM report rows as {@code posyandu report} prints them ({@code table}, {@code csv},
 * {@code json}), shared by the command line and posyandu-spark's job so that both print the same
 * bytes. CSV is RFC 4180 (CRLF, a header, a field quoted only when it needs it, as Commons CSV's
 * {@code RFC4180} format prints it).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReportOutput {

  private ReportOutput() {}

  /** The CSV header. */
  public static final List<String> CSV_HEADER = List.of("indicator", "area", "label_id",
      "label_en", "level", "unit", "period", "numerator", "denominator", "value_percent",
      "target_percent", "higher_is_better", "met", "ci95_lower_percent", "ci95_upper_percent");

  /** Aligned text grouped by SPM area, labels in English when {@code en}. */
  public static void table(List<ReportRow> rows, boolean en, ReportLevel level, YearMonth month,
      LocalDate asOf, PrintWriter out) {
    out.println(text(en,
        "Laporan 6 SPM, tingkat " + level.code() + ", bulan " + month + ", per " + asOf,
        "6 SPM report, level " + level.code() + ", month " + month + ", as of " + asOf));
    String head = text(en,
        String.format("%-20s %-14s %-8s %9s %9s %7s %7s %-8s %-13s %s", "Indikator", "Unit",
            "Periode", "Pembilang", "Penyebut", "Nilai%", "Target", "Tercapai", "IK95%", "Label"),
        String.format("%-20s %-14s %-8s %9s %9s %7s %7s %-8s %-13s %s", "Indicator", "Unit",
            "Period", "Num", "Den", "Value%", "Target", "Met", "95%CI", "Label"));
    SpmArea current = null;
    for (ReportRow r : rows) {
      if (r.indicator().area() != current) {
        current = r.indicator().area();
        out.println();
        out.println("== " + current.code() + " " + (en ? current.nameEn() : current.nameId()));
        out.println(head);
      }
      out.println(String.format(Locale.ROOT, "%-20s %-14s %-8s %9d %9d %7s %7s %-8s %-13s %s",
          r.indicator().id(), r.unit(), r.period().label(), r.count().numerator(),
          r.count().denominator(), percent(r), target(r), met(r, en), ci(r),
          en ? r.indicator().labelEn() : r.indicator().labelId()));
    }
    out.println();
    out.println(text(en, rows.size() + " baris. Nilai kosong (-): penyebut 0.",
        rows.size() + " rows. Empty value (-): denominator 0."));
  }

  private static String text(boolean en, String id, String english) {
    return en ? english : id;
  }

  private static String percent(ReportRow r) {
    return r.percent().isPresent() ? String.format(Locale.ROOT, "%.1f", r.percent().getAsDouble())
        : "-";
  }

  private static String target(ReportRow r) {
    return r.target().map(t -> (r.indicator().higherIsBetter() ? ">=" : "<=")
        + String.format(Locale.ROOT, "%.0f", t)).orElse("-");
  }

  private static String met(ReportRow r, boolean en) {
    return r.met().map(m -> m ? text(en, "ya", "yes") : text(en, "tidak", "no")).orElse("-");
  }

  private static String ci(ReportRow r) {
    return r.wilson95().map(w -> String.format(Locale.ROOT, "%.1f-%.1f", w.lower() * 100,
        w.upper() * 100)).orElse("-");
  }

  /** The cells of one CSV row (values with four decimals, empty where there is none). */
  public static List<String> csvCells(ReportRow r) {
    Optional<WilsonInterval> w = r.wilson95();
    return List.of(r.indicator().id(), r.indicator().area().code(), r.indicator().labelId(),
        r.indicator().labelEn(), r.level().code(), r.unit(), r.period().label(),
        String.valueOf(r.count().numerator()), String.valueOf(r.count().denominator()),
        r.percent().isPresent() ? decimal(r.percent().getAsDouble()) : "",
        r.target().map(ReportOutput::decimal).orElse(""),
        String.valueOf(r.indicator().higherIsBetter()), r.met().map(String::valueOf).orElse(""),
        w.map(x -> decimal(x.lower() * 100)).orElse(""),
        w.map(x -> decimal(x.upper() * 100)).orElse(""));
  }

  /** RFC 4180 CSV with {@link #CSV_HEADER}. */
  public static void csv(List<ReportRow> rows, PrintWriter out) {
    csvRecord(CSV_HEADER, out);
    for (ReportRow r : rows) {
      csvRecord(csvCells(r), out);
    }
    out.flush();
  }

  /** One CSV record: cells quoted when needed, quotes doubled, CRLF. */
  public static void csvRecord(List<String> cells, PrintWriter out) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String v = cells.get(i);
      if (needsQuotes(v, i == 0)) {
        sb.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(v);
      }
    }
    out.print(sb.append("\r\n"));
  }

  /** Commons CSV's minimal quoting. */
  private static boolean needsQuotes(String v, boolean first) {
    if (v.isEmpty()) {
      return first;
    }
    if (v.charAt(0) <= '#') {
      return true;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '\n' || c == '\r' || c == '"' || c == ',') {
        return true;
      }
    }
    return v.charAt(v.length() - 1) <= ' ';
  }

  private static String decimal(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  /**
   * The report as one JSON document, {@code {"asOf", "level", "month", "rows"}}, each row in
   * canonical form (schema {@code reportRow}); {@code extra} members (e.g. posyandu-spark's
   * {@code "incomplete": true}) come after them.
   */
  public static void json(List<ReportRow> rows, ReportLevel level, YearMonth month,
      LocalDate asOf, Map<String, Object> extra, PrintWriter out) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("asOf", asOf);
    doc.put("level", level);
    doc.put("month", month.toString());
    doc.put("rows", rows);
    doc.putAll(extra);
    out.println(PosyanduJson.withoutValidation().write(doc));
  }
}
