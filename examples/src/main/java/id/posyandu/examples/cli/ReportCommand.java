package id.posyandu.examples.cli;

import id.posyandu.core.SpmArea;
import id.posyandu.json.PosyanduJson;
import id.posyandu.rules.indicator.IndicatorReport;
import id.posyandu.rules.indicator.IndicatorTally;
import id.posyandu.rules.indicator.ReportLevel;
import id.posyandu.rules.indicator.ReportRow;
import id.posyandu.rules.indicator.WilsonInterval;
import id.posyandu.rules.spm.SixSpm;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code posyandu report DIR --period 2026-10 --level desa}: the six-SPM report of a month at a
 * level ({@link SixSpm#report}), one row per indicator and unit: indicator id, area, label, unit,
 * period, numerator, denominator, value %, target, whether it is met, and the Wilson 95 % interval.
 *
 * <p>Formats: {@code table} for people (grouped by SPM area, labels in Indonesian by default),
 * {@code csv} for researchers (both labels, values with four decimals, empty cells where there is
 * no value), {@code json} (one document {@code {"asOf", "level", "month", "rows"}} whose rows are
 * posyandu-json's canonical JSON of {@link ReportRow}: an absent value is left out, never
 * {@code null}). Exit code 0, 1 when the data holds invalid records, 2 when it cannot be read or an
 * option is wrong.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {
        "Laporan enam SPM satu bulan pada satu tingkat: pembilang, penyebut, nilai, target, "
            + "tercapai, IK Wilson 95%%.",
        "The six-SPM report of a month at a level: numerator, denominator, value, target, met, "
            + "Wilson 95%% CI.",
        DataOptions.EXIT_CODES})
final class ReportCommand implements Callable<Integer> {

  /** Output format. */
  enum Format {
    /** Aligned text grouped by SPM area. */
    table,
    /** RFC 4180 CSV with a header. */
    csv,
    /** One JSON document. */
    json
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin DataOptions options;

  @Option(names = "--level", defaultValue = "posyandu", paramLabel = "LEVEL",
      description = "posyandu, desa, kecamatan, kabkota, provinsi (default: posyandu)")
  String level;

  @Option(names = "--format", defaultValue = "table",
      description = "${COMPLETION-CANDIDATES} (default: table)")
  Format format;

  @Option(names = "--area", paramLabel = "AREA",
      description = "Hanya satu bidang SPM / only one SPM area: KES, PDD, SOS, PRKP, PU, TRANTIB")
  String area;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean en = options.en();
    try {
      YearMonth month = options.month(err);
      ReportLevel reportLevel;
      Optional<SpmArea> only;
      try {
        reportLevel = ReportLevel.parse(level);
        only = area == null ? Optional.empty() : Optional.of(SpmArea.fromCode(area));
      } catch (IllegalArgumentException e) {
        throw DataInput.fail(err, PosyanduCli.EXIT_UNREADABLE, e.getMessage());
      }
      LocalDate day = options.day(month);
      SixSpm spm = SixSpm.standard();
      DataInput.Evaluated<IndicatorTally> tally = options.evaluate(day, err, null,
          partition -> spm.evaluate(partition, month, day), IndicatorTally::merge);
      IndicatorReport report = IndicatorReport.of(spm.indicators(),
          tally.value() == null ? IndicatorTally.EMPTY : tally.value(), tally.posyanduDesa(),
          reportLevel);
      List<ReportRow> rows = new ArrayList<>();
      for (SpmArea a : SpmArea.values()) {
        if (only.isEmpty() || only.get() == a) {
          rows.addAll(report.rows(a));
        }
      }
      switch (format) {
        case csv -> csv(rows, out);
        case json -> json(rows, reportLevel, month, day, out);
        default -> table(rows, en, reportLevel, month, day, out);
      }
      out.flush();
      return 0;
    } catch (DataInput.Failure f) {
      return f.exitCode;
    }
  }

  private static void table(List<ReportRow> rows, boolean en, ReportLevel level, YearMonth month,
      LocalDate asOf, PrintWriter out) {
    out.println(DataInput.text(en,
        "Laporan 6 SPM, tingkat " + level.code() + ", bulan " + month + ", per " + asOf,
        "6 SPM report, level " + level.code() + ", month " + month + ", as of " + asOf));
    String head = DataInput.text(en,
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
    out.println(DataInput.text(en, rows.size() + " baris. Nilai kosong (-): penyebut 0.",
        rows.size() + " rows. Empty value (-): denominator 0."));
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
    return r.met().map(m -> m ? DataInput.text(en, "ya", "yes") : DataInput.text(en, "tidak", "no"))
        .orElse("-");
  }

  private static String ci(ReportRow r) {
    return r.wilson95().map(w -> String.format(Locale.ROOT, "%.1f-%.1f", w.lower() * 100,
        w.upper() * 100)).orElse("-");
  }

  private static final String[] CSV_HEADER = {"indicator", "area", "label_id", "label_en",
      "level", "unit", "period", "numerator", "denominator", "value_percent", "target_percent",
      "higher_is_better", "met", "ci95_lower_percent", "ci95_upper_percent"};

  private static void csv(List<ReportRow> rows, PrintWriter out) {
    try {
      CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).build());
      for (ReportRow r : rows) {
        Optional<WilsonInterval> w = r.wilson95();
        p.printRecord(r.indicator().id(), r.indicator().area().code(), r.indicator().labelId(),
            r.indicator().labelEn(), r.level().code(), r.unit(), r.period().label(),
            r.count().numerator(), r.count().denominator(),
            r.percent().isPresent() ? decimal(r.percent().getAsDouble()) : "",
            r.target().map(ReportCommand::decimal).orElse(""), r.indicator().higherIsBetter(),
            r.met().map(String::valueOf).orElse(""),
            w.map(x -> decimal(x.lower() * 100)).orElse(""),
            w.map(x -> decimal(x.upper() * 100)).orElse(""));
      }
      p.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String decimal(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  /**
   * The report as one JSON document, {@code {"asOf", "level", "month", "rows"}}, each row in
   * posyandu-json's canonical form of a {@link ReportRow} (schema {@code reportRow}).
   */
  private static void json(List<ReportRow> rows, ReportLevel level, YearMonth month,
      LocalDate asOf, PrintWriter out) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("asOf", asOf);
    doc.put("level", level);
    doc.put("month", month.toString());
    doc.put("rows", rows);
    out.println(PosyanduJson.withoutValidation().write(doc));
  }
}
