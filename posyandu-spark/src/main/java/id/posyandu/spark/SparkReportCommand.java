package id.posyandu.spark;

import id.posyandu.core.SpmArea;
import id.posyandu.json.ReportOutput;
import id.posyandu.rules.indicator.IndicatorReport;
import id.posyandu.rules.indicator.IndicatorTally;
import id.posyandu.rules.indicator.PeriodType;
import id.posyandu.rules.indicator.ReportLevel;
import id.posyandu.rules.indicator.ReportRow;
import id.posyandu.rules.indicator.ReportingPeriod;
import id.posyandu.rules.spm.SixSpm;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar posyandu-spark.jar report DIR --period 2026-10 --level desa --format csv
 * --master local[2]}, or the same arguments after {@code spark-submit ... posyandu-spark.jar}: the
 * six-SPM report of {@code posyandu report} (same options, same output bytes) computed on Spark.
 *
 * <p>Problems go to standard error as the CLI prints them (line problems, then the first 20
 * reference problems and their count), and all of them to {@code --rejects DIR} (Spark text files,
 * one problem a line, sorted). As the CLI, no report is made from incomplete data (exit code 1)
 * unless {@code --allow-incomplete}, which marks the output: a table's first line, a JSON member
 * {@code "incomplete": true}, a last CSV column {@code incomplete}.
 */
@API(status = API.Status.EXPERIMENTAL)
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "The six-SPM report of a month at a level, computed on Apache Spark.")
public final class SparkReportCommand implements Callable<Integer> {

  /** Output format. */
  enum Format {
    table, csv, json
  }

  /** Language of messages. */
  enum Lang {
    id, en
  }

  static final int MAX_REFERENCE_LINES = 20;

  @Parameters(index = "0", paramLabel = "PATH",
      description = "Folder (searched recursively for *.ndjson) or file, on any Hadoop path")
  String data;

  @Option(names = "--period", required = true, paramLabel = "YYYY-MM") String period;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD") LocalDate asOf;

  @Option(names = "--lang", defaultValue = "id") Lang lang;

  @Option(names = "--level", defaultValue = "posyandu", paramLabel = "LEVEL",
      description = "posyandu, desa, kecamatan, kabkota, provinsi (default: posyandu)")
  String level;

  @Option(names = "--format", defaultValue = "table") Format format;

  @Option(names = "--area", paramLabel = "AREA") String area;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, e.g. local[2] (default: spark-submit's)")
  String master;

  @Option(names = "--partition-mb", defaultValue = "24", paramLabel = "MB",
      description = "NDJSON per partition (executor memory grows with it; default 24)")
  long partitionMb;

  @Option(names = "--rejects", paramLabel = "DIR",
      description = "Write every problem there (Spark text output)")
  String rejects;

  @Option(names = "--allow-incomplete",
      description = "Report from the valid part of invalid data; the output is marked incomplete")
  boolean allowIncomplete;

  @Option(names = "--posyandu", paramLabel = "ID",
      description = "Evaluate only the partition of this Posyandu (report id) and print its rows")
  String posyandu;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line; exits with its code. */
  public static void main(String[] args) {
    String[] a = args;
    if (a.length > 0 && a[0].equals("report")) {
      a = java.util.Arrays.copyOfRange(a, 1, a.length);
    }
    System.exit(run(a, new PrintWriter(System.out, false, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs with these streams; the exit code (0 done, 1 invalid data, 2 unreadable/bad option). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new SparkReportCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> 2);
    cl.registerConverter(LocalDate.class, LocalDate::parse);
    int code = cl.execute(args);
    out.flush();
    return code;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean en = lang == Lang.en;
    YearMonth month;
    ReportLevel reportLevel;
    Optional<SpmArea> only;
    try {
      ReportingPeriod p = ReportingPeriod.parse(period);
      if (p.type() != PeriodType.MONTH) {
        throw new IllegalArgumentException(text(en, "periode harus satu bulan, misalnya 2026-10: ",
            "the period must be a month such as 2026-10: ") + period);
      }
      month = YearMonth.from(p.start());
      reportLevel = posyandu != null ? ReportLevel.POSYANDU : ReportLevel.parse(level);
      only = area == null ? Optional.empty() : Optional.of(SpmArea.fromCode(area));
    } catch (IllegalArgumentException e) {
      err.println("posyandu: " + e.getMessage());
      return 2;
    }
    LocalDate day = asOf != null ? asOf : month.atEndOfMonth();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    SparkPartitions job = SparkPartitions.asOf(day.isAfter(today) ? day : today)
        .partitionBytes(partitionMb << 20).reportIncomplete(allowIncomplete);
    if (posyandu != null) {
      job = job.onlyPartitionOf(posyandu);
    }
    SparkSession spark = SparkReportJob.session(master, "posyandu report", 8);
    try {
      SparkPartitions.Result<IndicatorTally> result;
      try {
        result = job.evaluate(spark, data, pt -> SixSpm.standard().evaluate(pt, month, day),
            IndicatorTally::merge);
      } catch (IOException e) {
        err.println("posyandu: " + data + ": " + text(en, "data tidak dapat dibaca",
            "cannot read the data") + " (" + e.getMessage() + ")");
        return 2;
      }
      Locale locale = en ? Locale.ENGLISH : Locale.forLanguageTag("id");
      String whole = new org.apache.hadoop.fs.Path(data).getName();
      if (rejects != null) {
        result.problems().map(p -> p.format(result.fileName(p, whole), whole, locale))
            .saveAsTextFile(rejects);
      }
      if (!result.clean()) {
        long references = 0;
        Iterator<Problem> it = result.problems().toLocalIterator();
        while (it.hasNext()) {
          Problem p = it.next();
          if (p.isLineProblem() || ++references <= MAX_REFERENCE_LINES) {
            err.println(p.format(result.fileName(p, whole), whole, locale));
          }
        }
        if (references > MAX_REFERENCE_LINES) {
          err.println(text(en,
              "... dan " + (references - MAX_REFERENCE_LINES) + " rujukan lain tidak ditemukan",
              "... and " + (references - MAX_REFERENCE_LINES) + " more unresolved references"));
        }
      }
      if (result.read() == 0) {
        err.println("posyandu: " + data + ": " + text(en,
            "data kosong, tidak ada satu rekaman pun", "the data holds no record"));
        return 2;
      }
      if (!result.clean()) {
        err.println(text(en,
            String.format("Ringkasan: %d rekaman dibaca, %d sah, %d tidak sah, %d rujukan tidak "
                + "ditemukan", result.read(), result.accepted(), result.rejected(),
                result.referenceProblems()),
            String.format("Summary: %d records read, %d valid, %d invalid, %d unresolved "
                + "references", result.read(), result.accepted(), result.rejected(),
                result.referenceProblems())));
        if (!allowIncomplete) {
          err.println("posyandu: " + text(en,
              "data tidak sah; laporan tidak dibuat dari data yang tidak lengkap",
              "the data is invalid; no report is made from incomplete data"));
          return 1;
        }
      }
      if (posyandu != null && !result.posyanduDesa().containsKey(posyandu)) {
        err.println("posyandu: " + text(en, "Posyandu tidak ada dalam data: ",
            "Posyandu not in the data: ") + posyandu);
        return 2;
      }
      SixSpm spm = SixSpm.standard();
      IndicatorReport report = IndicatorReport.of(spm.indicators(),
          result.value().orElse(IndicatorTally.EMPTY), result.posyanduDesa(), reportLevel);
      List<ReportRow> rows = new ArrayList<>();
      for (SpmArea a : SpmArea.values()) {
        if (only.isEmpty() || only.get() == a) {
          for (ReportRow r : report.rows(a)) {
            if (posyandu == null || r.unit().equals(posyandu)) {
              rows.add(r);
            }
          }
        }
      }
      boolean incomplete = !result.clean();
      switch (format) {
        case csv -> csv(rows, incomplete, out);
        case json -> ReportOutput.json(rows, reportLevel, month, day,
            incomplete ? Map.of("incomplete", true) : Map.of(), out);
        default -> {
          if (incomplete) {
            out.println(text(en, "DATA TIDAK LENGKAP: laporan dari rekaman yang sah saja",
                "INCOMPLETE DATA: report of the valid records only"));
          }
          ReportOutput.table(rows, en, reportLevel, month, day, out);
        }
      }
      out.flush();
      return 0;
    } finally {
      spark.stop();
    }
  }

  private static void csv(List<ReportRow> rows, boolean incomplete, PrintWriter out) {
    if (!incomplete) {
      ReportOutput.csv(rows, out);
      return;
    }
    List<String> header = new ArrayList<>(ReportOutput.CSV_HEADER);
    header.add("incomplete");
    ReportOutput.csvRecord(header, out);
    for (ReportRow r : rows) {
      List<String> cells = new ArrayList<>(ReportOutput.csvCells(r));
      cells.add("true");
      ReportOutput.csvRecord(cells, out);
    }
    out.flush();
  }

  private static String text(boolean en, String id, String english) {
    return en ? english : id;
  }
}
