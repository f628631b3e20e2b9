package id.posyandu.examples.cli;

import id.posyandu.rules.population.Population;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options the data commands share ({@code report}, {@code followup}, {@code homevisit}): the
 * data, the month, the as-of date and the language; a picocli mixin.
 */
final class DataOptions {

  /** The exit codes of the data commands, for their descriptions. */
  static final String EXIT_CODES = "Keluar / exit: 0 berhasil / done, 1 data tidak sah / invalid "
      + "data, 2 tidak terbaca atau opsi salah / unreadable or bad option.";

  /** The description of a {@code --posyandu} option. */
  static final String POSYANDU_HELP =
      "Nomor registrasi Posyandu / Posyandu registration number (plain or dotted)";

  @Parameters(index = "0", paramLabel = "DIR",
      description = "Folder dari `generate`, atau satu berkas NDJSON / directory from `generate`, "
          + "or one NDJSON file")
  Path data;

  @Option(names = "--period", required = true, paramLabel = "YYYY-MM",
      description = "Bulan laporan / report month")
  String period;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DataInput.DateConverter.class,
      description = "Tanggal acuan / as-of date (default: the last day of the period)")
  LocalDate asOf;

  @Option(names = "--lang", defaultValue = "id",
      description = "Bahasa / language: ${COMPLETION-CANDIDATES} (default: id)")
  ValidateCommand.Lang lang;

  /** Whether messages are in English. */
  boolean en() {
    return lang == ValidateCommand.Lang.en;
  }

  /** The locale of the chosen language. */
  Locale locale() {
    return en() ? Locale.ENGLISH : Locale.forLanguageTag("id");
  }

  /** The report month. */
  YearMonth month(PrintWriter err) throws DataInput.Failure {
    return DataInput.month(period, en(), err);
  }

  /** The as-of date: given, or the last day of the month. */
  LocalDate day(YearMonth month) {
    return DataInput.asOf(asOf, month);
  }

  /**
   * Evaluates {@link #data}, judged as of {@code day}, one partition at a time (see
   * {@link DataInput#evaluate}).
   */
  <R> DataInput.Evaluated<R> evaluate(LocalDate day, PrintWriter err, String onlyPosyandu,
      Function<Population, R> evaluation, BinaryOperator<R> merge) throws DataInput.Failure {
    return DataInput.evaluate(data, day, en(), err, onlyPosyandu, evaluation, merge);
  }
}
