package id.posyandu.examples.cli;

import id.posyandu.core.SpmArea;
import id.posyandu.json.ReportOutput;
import id.posyandu.rules.indicator.IndicatorReport;
import id.posyandu.rules.indicator.IndicatorTally;
import id.posyandu.rules.indicator.ReportLevel;
import id.posyandu.rules.indicator.ReportRow;
import id.posyandu.rules.spm.SixSpm;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
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
        case csv -> ReportOutput.csv(rows, out);
        case json -> ReportOutput.json(rows, reportLevel, month, day, Map.of(), out);
        default -> ReportOutput.table(rows, en, reportLevel, month, day, out);
      }
      out.flush();
      return 0;
    } catch (DataInput.Failure f) {
      return f.exitCode;
    }
  }

}
