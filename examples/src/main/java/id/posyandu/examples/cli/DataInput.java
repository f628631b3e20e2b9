package id.posyandu.examples.cli;

import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.core.code.KodeWilayah;
import id.posyandu.json.JsonProblem;
import id.posyandu.json.PopulationPartitions;
import id.posyandu.json.PosyanduJson;
import id.posyandu.rules.indicator.PeriodType;
import id.posyandu.rules.indicator.ReportingPeriod;
import id.posyandu.rules.population.Population;
import id.posyandu.rules.population.PopulationProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * What the data commands ({@code report}, {@code followup}, {@code homevisit}) share: the report
 * month from {@code --period}, the as-of date, and the population read from a directory or file
 * written by {@code generate} (see {@link PopulationFiles}). A failure is a {@link Failure}
 * carrying the exit code, with its one-sentence message already printed.
 */
final class DataInput {

  private DataInput() {}

  /** A failure already reported on standard error, with the exit code to return. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final int exitCode;

    Failure(int exitCode) {
      super(null, null, false, false);
      this.exitCode = exitCode;
    }
  }

  /** The message in the chosen language. */
  static String text(boolean en, String id, String english) {
    return en ? english : id;
  }

  /**
   * The report month of {@code --period}: a month such as {@code 2026-10}; a quarter or year is
   * refused (quarter and year indicators are evaluated for the quarter or year containing the
   * month).
   */
  static YearMonth month(String period, boolean en, PrintWriter err) throws Failure {
    ReportingPeriod p;
    try {
      p = ReportingPeriod.parse(period);
    } catch (IllegalArgumentException e) {
      throw fail(err, PosyanduCli.EXIT_UNREADABLE, e.getMessage());
    }
    if (p.type() != PeriodType.MONTH) {
      throw fail(err, PosyanduCli.EXIT_UNREADABLE, text(en,
          "periode harus satu bulan, misalnya 2026-10 (indikator triwulan/tahunan dihitung untuk "
              + "triwulan/tahun yang memuat bulan itu): " + period,
          "the period must be a month such as 2026-10 (quarter and year indicators are evaluated "
              + "for the quarter or year containing it): " + period));
    }
    return YearMonth.from(p.start());
  }

  /** The as-of date: given, or the last day of the month. */
  static LocalDate asOf(LocalDate given, YearMonth month) {
    return given != null ? given : month.atEndOfMonth();
  }

  /**
   * What {@link #evaluate} computed: the merged result of the partitions and the desa/kelurahan of
   * every Posyandu of the data (by report id).
   */
  record Evaluated<R>(R value, Map<String, KodeWilayah> posyanduDesa) {}

  /**
   * Reads the data one partition at a time ({@link PopulationPartitions}: the heap holds a few
   * partitions, never the whole area), evaluates each partition and merges the results. Bad lines
   * are printed on standard error with file and line, unresolved references with the record at
   * fault (the first {@value #MAX_REFERENCE_LINES} of them, then their count).
   *
   * <p>Records are validated against today's date in Asia/Jakarta, or the as-of date if it is later
   * (a record dated after the report's as-of date is valid data; the indicators simply do not see
   * it).
   *
   * @param onlyPosyandu the report id of the one Posyandu whose partition is evaluated, or null for
   *     all
   * @throws Failure exit 2 when the path cannot be read or the Posyandu is not in the data, exit 1
   *     when any line was rejected or a reference does not resolve
   */
  static <R> Evaluated<R> evaluate(Path path, LocalDate asOf, boolean en, PrintWriter err,
      String onlyPosyandu, Function<Population, R> evaluation, BinaryOperator<R> merge)
      throws Failure {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    PosyanduJson json = PosyanduJson.asOf(asOf.isAfter(today) ? asOf : today);
    Locale locale = en ? Locale.ENGLISH : Locale.forLanguageTag("id");
    Progress progress = Progress.onTerminal(err);
    PopulationPartitions reader = PopulationPartitions.of(json);
    if (onlyPosyandu != null) {
      reader = reader.onlyPartitionOf(onlyPosyandu);
    }
    long[] referenceLines = new long[1];
    PopulationPartitions.Listener listener = new PopulationPartitions.Listener() {
      @Override
      public void lineProblem(String file, JsonProblem problem) {
        err.println(file + ":" + problem.format(locale));
      }

      @Override
      public void referenceProblem(String file, long line, PopulationProblem problem) {
        if (++referenceLines[0] <= MAX_REFERENCE_LINES) {
          err.println((file.isEmpty() ? path.getFileName().toString() : file + ":" + line) + ": "
              + problem);
        }
      }

      @Override
      public void step(String indonesian, String english) {
        progress.step(indonesian, english);
      }

      @Override
      public void records(long read) {
        progress.records(read);
      }
    };
    PopulationPartitions.Result<R> result;
    try {
      result = reader.evaluate(PopulationPartitions.files(path), evaluation, merge, listener);
    } catch (IOException e) {
      throw fail(err, PosyanduCli.EXIT_UNREADABLE, path + ": "
          + text(en, "data tidak dapat dibaca", "cannot read the data") + why(path, en));
    }
    if (referenceLines[0] > MAX_REFERENCE_LINES) {
      err.println(text(en,
          "... dan " + (referenceLines[0] - MAX_REFERENCE_LINES) + " rujukan lain tidak ditemukan",
          "... and " + (referenceLines[0] - MAX_REFERENCE_LINES) + " more unresolved references"));
    }
    if (result.read() == 0) {
      throw fail(err, PosyanduCli.EXIT_UNREADABLE, path + ": " + text(en,
          "data kosong, tidak ada satu rekaman pun", "the data holds no record"));
    }
    if (result.rejected() > 0 || result.referenceProblems() > 0) {
      err.println(text(en,
          String.format("Ringkasan: %d rekaman dibaca, %d sah, %d tidak sah, %d rujukan tidak "
              + "ditemukan", result.read(), result.accepted(), result.rejected(),
              result.referenceProblems()),
          String.format("Summary: %d records read, %d valid, %d invalid, %d unresolved references",
              result.read(), result.accepted(), result.rejected(), result.referenceProblems())));
      throw fail(err, PosyanduCli.EXIT_INVALID, text(en,
          "data tidak sah; laporan tidak dibuat dari data yang tidak lengkap",
          "the data is invalid; no report is made from incomplete data"));
    }
    if (onlyPosyandu != null && !result.posyanduDesa().containsKey(onlyPosyandu)) {
      throw fail(err, PosyanduCli.EXIT_UNREADABLE, text(en,
          "Posyandu tidak ada dalam data: ", "Posyandu not in the data: ") + onlyPosyandu);
    }
    progress.step("data terbaca, " + result.read() + " rekaman, " + result.partitions()
        + " partisi", "data read, " + result.read() + " records, " + result.partitions()
        + " partitions");
    return new Evaluated<>(result.value().orElse(null), result.posyanduDesa());
  }

  /** How many unresolved references are printed one by one before they are only counted. */
  static final int MAX_REFERENCE_LINES = 20;

  /** A message in Indonesian and English. */
  record Text(String id, String en) {
    /** The message in English when {@code en}, else in Indonesian. */
    String in(boolean english) {
      return english ? en : id;
    }

    /** Both, {@code "id / en"}, for the commands that speak both at once. */
    String both() {
      return id + " / " + en;
    }
  }

  /**
   * Why an input path cannot be read, or empty when it can: it does not exist, is a directory
   * (unless {@code directoryAllowed}), is not a readable file, or is an empty file.
   */
  static Optional<Text> unreadable(Path path, boolean directoryAllowed) {
    if (!Files.exists(path)) {
      return Optional.of(new Text("tidak ada", "does not exist"));
    }
    if (Files.isDirectory(path)) {
      return directoryAllowed ? Optional.empty()
          : Optional.of(new Text("sebuah folder, bukan berkas", "is a directory, not a file"));
    }
    try {
      if (Files.isRegularFile(path) && Files.isReadable(path) && Files.size(path) > 0) {
        return Optional.empty();
      }
      if (Files.isRegularFile(path) && Files.isReadable(path)) {
        return Optional.of(new Text("kosong, tidak berisi apa pun", "is empty, it holds nothing"));
      }
    } catch (IOException e) {
      // not readable, below
    }
    return Optional.of(new Text("tidak dapat dibaca", "cannot be read"));
  }

  /** Why reading a path failed, as a parenthesis for the message ({@code ""} when unknown). */
  private static String why(Path path, boolean en) {
    Optional<Text> t = unreadable(path, true);
    if (t.isPresent()) {
      return " (" + t.get().in(en) + ")";
    }
    return Files.isDirectory(path)
        ? text(en, " (folder tanpa berkas .ndjson)", " (a directory without .ndjson files)") : "";
  }

  /** Prints {@code posyandu: message} and returns the failure to throw. */
  static Failure fail(PrintWriter err, int exitCode, String message) {
    err.println("posyandu: " + message);
    return new Failure(exitCode);
  }

  /**
   * The report id (plain digits) of the Posyandu of {@code --posyandu} (plain digits or dotted).
   *
   * @throws Failure exit 2 when the number is malformed
   */
  static String posyanduId(String text, boolean en, PrintWriter err) throws Failure {
    try {
      return PosyanduRegistrationNumber.parse(text.trim()).plain();
    } catch (RuntimeException e) {
      throw fail(err, PosyanduCli.EXIT_UNREADABLE, text(en,
          "nomor registrasi Posyandu tidak sah: ", "malformed Posyandu registration number: ")
          + text);
    }
  }

  /** Converts {@code YYYY-MM} with a clear message (picocli's default names the exception). */
  static final class MonthConverter implements CommandLine.ITypeConverter<YearMonth> {
    @Override
    public YearMonth convert(String value) {
      try {
        return YearMonth.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("bulan tidak sah / invalid month '" + value
            + "' (contoh / e.g. 2026-10)");
      }
    }
  }

  /** Converts {@code YYYY-MM-DD} with a clear message (picocli's default names the exception). */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("tanggal tidak sah / invalid date '" + value
            + "' (contoh / e.g. 2026-10-31)");
      }
    }
  }
}
