package id.posyandu.examples.report;

import id.posyandu.core.SpmArea;
import id.posyandu.rules.LocalizedText;
import id.posyandu.rules.indicator.FollowUp;
import id.posyandu.rules.indicator.IndicatorDefinition;
import id.posyandu.rules.indicator.IndicatorReport;
import id.posyandu.rules.indicator.PosyanduScore;
import id.posyandu.rules.indicator.ReportRow;
import id.posyandu.rules.indicator.Scorecard;
import id.posyandu.rules.indicator.WilsonInterval;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A self-contained HTML report of the six SPM areas for one area and month: the areas side by side
 * with each indicator's value, target, verdict, 95 % interval and a trend line over the months, the
 * Posyandu scorecard, the follow-up lists a kader acts on, and the growth charts. One file, no
 * scripts, no external resources (it opens offline, on a Puskesmas laptop, and prints).
 * Indonesian first, English in smaller type.
 */
public final class HtmlReport {

  /**
   * What the report shows.
   *
   * @param title e.g. "Kelurahan Sukamaju"
   * @param unit the unit the area tables show (a dotted kode wilayah or a Posyandu id)
   * @param month the report month
   * @param asOf the evaluation day
   * @param byMonth reports at the unit's level for the trend, oldest first, the last one being
   *     {@code month}
   * @param scorecard the Posyandu scorecard, if any
   * @param followUps follow-up lists by indicator id (already limited to what should be shown)
   * @param charts growth-chart image files (relative paths), with a caption each
   * @param note a note on the data (e.g. "synthetic data, seed 42")
   */
  public record Input(String title, String unit, YearMonth month, LocalDate asOf,
      Map<YearMonth, IndicatorReport> byMonth, Optional<Scorecard> scorecard,
      Map<String, List<FollowUp>> followUps, Map<String, String> charts, String note) {
    /** Checks and copies. */
    public Input {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(asOf, "asOf");
      byMonth = new LinkedHashMap<>(byMonth);
      if (!byMonth.containsKey(month)) {
        throw new IllegalArgumentException("byMonth must contain the report month " + month);
      }
      Objects.requireNonNull(scorecard, "scorecard");
      followUps = new LinkedHashMap<>(followUps);
      charts = new LinkedHashMap<>(charts);
      Objects.requireNonNull(note, "note");
    }
  }

  private HtmlReport() {}

  /** The report as one HTML document. */
  public static String render(Input in) {
    StringBuilder h = new StringBuilder(64 * 1024);
    IndicatorReport current = in.byMonth().get(in.month());
    h.append("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc("Laporan Posyandu 6 SPM - " + in.title() + " - "
            + in.month())).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    h.append("<header><h1>Laporan Posyandu 6 SPM <span class=\"en\">Posyandu 6 SPM report</span></h1>\n")
        .append("<p class=\"meta\"><b>").append(esc(in.title())).append("</b>")
        .append(in.title().contains(in.unit()) ? "" : " &middot; " + esc(in.unit()))
        .append(" &middot; bulan / month <b>").append(in.month())
        .append("</b> &middot; per tanggal / as of ").append(in.asOf()).append("</p>\n");
    if (!in.note().isBlank()) {
      h.append("<p class=\"note\">").append(esc(in.note())).append("</p>\n");
    }
    h.append("</header>\n<main>\n");
    summary(h, current, in.unit());
    h.append("<section class=\"areas\">\n");
    for (SpmArea area : SpmArea.values()) {
      areaCard(h, area, in, current);
    }
    h.append("</section>\n");
    in.scorecard().ifPresent(sc -> scorecard(h, sc));
    followUps(h, in.followUps(), current);
    if (!in.charts().isEmpty()) {
      h.append("<section><h2>Grafik pertumbuhan <span class=\"en\">Growth charts</span></h2>\n")
          .append("<div class=\"charts\">\n");
      in.charts().forEach((file, caption) -> h.append("<figure><img src=\"").append(esc(file))
          .append("\" alt=\"").append(esc(caption)).append("\" width=\"560\"><figcaption>")
          .append(esc(caption)).append("</figcaption></figure>\n"));
      h.append("</div></section>\n");
    }
    sources(h, current);
    h.append("</main>\n<footer>Dibuat dengan pustaka posyandu / made with the posyandu library. "
        + "Standar pertumbuhan: WHO Child Growth Standards 2006 dan WHO Reference 2007 "
        + "(&copy; World Health Organization). Indikator: katalog 6 SPM pustaka ini; setiap "
        + "indikator menyebut sumbernya di bawah.</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void summary(StringBuilder h, IndicatorReport current, String unit) {
    int met = 0;
    int notMet = 0;
    int noValue = 0;
    for (ReportRow r : current.rowsOf(unit)) {
      Optional<Boolean> m = r.met();
      if (m.isEmpty()) {
        noValue++;
      } else if (m.get()) {
        met++;
      } else {
        notMet++;
      }
    }
    h.append("<section class=\"summary\"><div class=\"stat ok\"><b>").append(met)
        .append("</b> indikator mencapai target <span class=\"en\">indicators on target</span></div>")
        .append("<div class=\"stat bad\"><b>").append(notMet)
        .append("</b> di bawah target <span class=\"en\">below target</span></div>")
        .append("<div class=\"stat none\"><b>").append(noValue)
        .append("</b> tanpa target atau tanpa sasaran <span class=\"en\">no target or no one to "
            + "count</span></div></section>\n");
  }

  private static void areaCard(StringBuilder h, SpmArea area, Input in, IndicatorReport current) {
    List<ReportRow> rows = new ArrayList<>();
    for (ReportRow r : current.rowsOf(in.unit())) {
      if (r.indicator().area() == area) {
        rows.add(r);
      }
    }
    h.append("<article class=\"area area-").append(area.code().toLowerCase(Locale.ROOT))
        .append("\"><h2>").append(esc(area.nameId())).append(" <span class=\"en\">")
        .append(esc(area.nameEn())).append("</span></h2>\n");
    if (rows.isEmpty()) {
      h.append("<p class=\"empty\">Belum ada indikator dengan data untuk bulan ini. "
          + "<span class=\"en\">No indicator with data this month.</span></p></article>\n");
      return;
    }
    h.append("<table><thead><tr><th>Indikator <span class=\"en\">Indicator</span></th>")
        .append("<th class=\"num\">n/N</th><th class=\"num\">%</th><th class=\"num\">Target</th>")
        .append("<th>IK 95% <span class=\"en\">95% CI</span></th><th>Tren <span class=\"en\">Trend"
            + "</span></th></tr></thead><tbody>\n");
    for (ReportRow r : rows) {
      IndicatorDefinition d = r.indicator();
      String cls = r.met().map(m -> m ? "ok" : "bad").orElse("none");
      h.append("<tr class=\"").append(cls).append("\"><td><span class=\"id\">").append(esc(d.id()))
          .append("</span> ").append(esc(d.labelId())).append("<br><span class=\"en\">")
          .append(esc(d.labelEn())).append(" &middot; ").append(esc(r.period().label()))
          .append("</span></td><td class=\"num\">").append(r.count().numerator()).append('/')
          .append(r.count().denominator()).append("</td><td class=\"num\">")
          .append(pct(r.percent())).append(' ').append(badge(r)).append("</td><td class=\"num\">")
          .append(d.targetPercent().map(t -> (d.higherIsBetter() ? "&ge; " : "&le; ")
              + fmt(t)).orElse("&ndash;"))
          .append("</td><td>").append(r.wilson95().map(HtmlReport::ci).orElse("&ndash;"))
          .append("</td><td>").append(sparkline(in, d.id())).append("</td></tr>\n");
    }
    h.append("</tbody></table></article>\n");
  }

  private static String badge(ReportRow r) {
    return r.met().map(m -> m ? "<span class=\"badge ok\" title=\"mencapai target / on target\">"
        + "&#10003;</span>" : "<span class=\"badge bad\" title=\"di bawah target / below target\">"
        + "&#10007;</span>").orElse("");
  }

  private static String ci(WilsonInterval w) {
    return fmt(100 * w.lower()) + "&ndash;" + fmt(100 * w.upper());
  }

  /** An inline SVG line of the indicator's value over the months (gaps where there is no value). */
  private static String sparkline(Input in, String indicatorId) {
    List<OptionalDouble> values = new ArrayList<>();
    for (IndicatorReport rep : in.byMonth().values()) {
      values.add(rep.row(indicatorId, in.unit()).map(ReportRow::percent)
          .orElse(OptionalDouble.empty()));
    }
    if (values.size() < 2) {
      return "&ndash;";
    }
    int w = 110;
    int ht = 26;
    StringBuilder s = new StringBuilder("<svg class=\"spark\" width=\"" + w + "\" height=\"" + ht
        + "\" viewBox=\"0 0 " + w + " " + ht + "\" role=\"img\" aria-label=\"tren / trend\">");
    s.append("<line x1=\"0\" y1=\"").append(ht - 1).append("\" x2=\"").append(w).append("\" y2=\"")
        .append(ht - 1).append("\" class=\"axis\"/>");
    StringBuilder path = new StringBuilder();
    boolean pen = false;
    double last = Double.NaN;
    double lastX = 0;
    for (int i = 0; i < values.size(); i++) {
      double x = 2 + (w - 4) * (double) i / (values.size() - 1);
      OptionalDouble v = values.get(i);
      if (v.isEmpty()) {
        pen = false;
        continue;
      }
      double y = (ht - 2) - (ht - 4) * Math.min(100, Math.max(0, v.getAsDouble())) / 100.0;
      path.append(pen ? " L" : " M").append(fmt1(x)).append(' ').append(fmt1(y));
      pen = true;
      last = y;
      lastX = x;
    }
    if (path.length() > 0) {
      s.append("<path d=\"").append(path.toString().trim()).append("\"/>");
      if (!Double.isNaN(last)) {
        s.append("<circle cx=\"").append(fmt1(lastX)).append("\" cy=\"").append(fmt1(last))
            .append("\" r=\"2.5\"/>");
      }
    }
    return s.append("</svg>").toString();
  }

  private static void scorecard(StringBuilder h, Scorecard sc) {
    h.append("<section><h2>Peringkat Posyandu <span class=\"en\">Posyandu scorecard</span></h2>\n")
        .append("<p class=\"small\">Skor per bidang = rata-rata capaian indikator terhadap target "
            + "(0-100); total = rata-rata berbobot. <span class=\"en\">Area score = mean achievement "
            + "against targets; total = weighted mean.</span></p>\n")
        .append("<table class=\"score\"><thead><tr><th>#</th><th>Posyandu</th><th>Desa</th>");
    for (SpmArea a : SpmArea.values()) {
      h.append("<th class=\"num\" title=\"").append(esc(a.nameId())).append("\">")
          .append(a.code()).append("</th>");
    }
    h.append("<th class=\"num\">Total</th><th class=\"num\">Peringkat di desa / in desa</th>"
        + "</tr></thead><tbody>\n");
    int i = 0;
    for (PosyanduScore s : sc.ranked()) {
      h.append("<tr><td>").append(++i).append("</td><td>").append(esc(s.posyanduId()))
          .append("</td><td>").append(esc(s.desa().dotted())).append("</td>");
      for (SpmArea a : SpmArea.values()) {
        h.append("<td class=\"num\">").append(pct(s.areaScores().get(a))).append("</td>");
      }
      h.append("<td class=\"num\"><b>").append(fmt(s.total())).append("</b></td><td class=\"num\">")
          .append(s.rankInDesa()).append("</td></tr>\n");
    }
    h.append("</tbody></table></section>\n");
  }

  private static void followUps(StringBuilder h, Map<String, List<FollowUp>> lists,
      IndicatorReport current) {
    if (lists.isEmpty()) {
      return;
    }
    h.append("<section><h2>Daftar tindak lanjut kader <span class=\"en\">Follow-up lists</span>"
        + "</h2>\n<p class=\"small\">Sasaran yang belum terlayani, dengan alasannya. "
        + "<span class=\"en\">Who is still to be served, and why.</span></p>\n");
    lists.forEach((id, list) -> {
      String label = current.rows().stream().filter(r -> r.indicator().id().equals(id))
          .findFirst().map(r -> r.indicator().labelId()).orElse(id);
      h.append("<details><summary><span class=\"id\">").append(esc(id)).append("</span> ")
          .append(esc(label)).append(" &mdash; ").append(list.size())
          .append(" orang/rumah tangga <span class=\"en\">subjects</span></summary>\n<table>"
              + "<thead><tr><th>ID</th><th>Posyandu</th><th>Alasan <span class=\"en\">Why</span>"
              + "</th></tr></thead><tbody>\n");
      for (FollowUp f : list) {
        StringBuilder why = new StringBuilder();
        for (LocalizedText t : f.reasons()) {
          why.append(why.length() == 0 ? "" : " ").append(esc(t.id()));
        }
        h.append("<tr><td>").append(esc(f.subjectId())).append("</td><td>")
            .append(esc(f.posyanduId())).append("</td><td>").append(why).append("</td></tr>\n");
      }
      h.append("</tbody></table></details>\n");
    });
    h.append("</section>\n");
  }

  private static void sources(StringBuilder h, IndicatorReport current) {
    Map<String, IndicatorDefinition> seen = new LinkedHashMap<>();
    for (ReportRow r : current.rows()) {
      seen.putIfAbsent(r.indicator().id(), r.indicator());
    }
    h.append("<section><details><summary>Sumber setiap indikator <span class=\"en\">Source of "
        + "each indicator</span></summary><ul class=\"sources\">\n");
    seen.values().forEach(d -> h.append("<li><span class=\"id\">").append(esc(d.id()))
        .append("</span> ").append(esc(d.source().toString())).append("</li>\n"));
    h.append("</ul><p class=\"small\">[C] dikonfirmasi dari sumber primer; [3P] sumber sekunder; "
        + "[B] belum ada sumber (dapat dikonfigurasi). <span class=\"en\">[C] confirmed; [3P] "
        + "secondary; [B] background, configurable.</span></p></details></section>\n");
  }

  private static String pct(OptionalDouble v) {
    return v.isPresent() ? fmt(v.getAsDouble()) : "&ndash;";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String fmt1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** Escapes text for HTML content and attribute values. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static final String CSS = """
      :root{--ok:#1b7f3b;--bad:#b3261e;--none:#6b6b6b;--ink:#1d1d1f;--line:#d9d9de}
      *{box-sizing:border-box}
      body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
        color:var(--ink);margin:0;background:#f6f7f9}
      header{background:#0b5d4b;color:#fff;padding:18px 28px}
      header h1{margin:0 0 4px;font-size:24px}
      header .en{color:#cfe7df}
      .meta{margin:0}.note{margin:6px 0 0;color:#ffe9a8}
      main{padding:18px 28px;max-width:1500px;margin:auto}
      h2{font-size:18px;margin:0 0 8px}
      .en{color:#6b6b6b;font-size:.85em;font-weight:normal}
      .summary{display:flex;gap:12px;margin-bottom:16px;flex-wrap:wrap}
      .stat{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 14px}
      .stat b{font-size:22px;margin-right:4px}
      .stat.ok b{color:var(--ok)}.stat.bad b{color:var(--bad)}.stat.none b{color:var(--none)}
      .areas{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:14px}
      .area{background:#fff;border:1px solid var(--line);border-radius:10px;padding:12px 14px;
        border-top:5px solid #0b5d4b}
      .area-kes{border-top-color:#c0392b;grid-column:1/-1}.area-pdd{border-top-color:#2e86c1}
      .area-sos{border-top-color:#8e44ad}.area-prkp{border-top-color:#b9770e}
      .area-pu{border-top-color:#117a65}.area-trantib{border-top-color:#34495e}
      table{border-collapse:collapse;width:100%;font-size:13.5px}
      th,td{border-bottom:1px solid var(--line);padding:5px 6px;text-align:left;vertical-align:top}
      th{background:#f0f1f4;font-weight:600}
      td.num,th.num{text-align:right;white-space:nowrap}
      tr.bad td:first-child{box-shadow:inset 3px 0 var(--bad)}
      tr.ok td:first-child{box-shadow:inset 3px 0 var(--ok)}
      .id{font:12px ui-monospace,Menlo,Consolas,monospace;color:#555}
      .badge{font-weight:bold}.badge.ok{color:var(--ok)}.badge.bad{color:var(--bad)}
      .spark path{fill:none;stroke:#0b5d4b;stroke-width:1.6}.spark circle{fill:#0b5d4b}
      .spark .axis{stroke:#ccc}
      section{margin:18px 0}
      details{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 12px;
        margin:8px 0}
      summary{cursor:pointer;font-weight:600}
      .charts{display:flex;flex-wrap:wrap;gap:12px}
      figure{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px;margin:0}
      figcaption{font-size:13px;color:#444}
      .small{font-size:13px;color:#444}.empty{color:#6b6b6b}
      .score td,.score th{font-size:13px}
      footer{padding:16px 28px;color:#555;font-size:12.5px;border-top:1px solid var(--line)}
      @media print{body{background:#fff}.area{break-inside:avoid}}
      """;
}
