package id.posyandu.examples.cli;

import id.posyandu.core.validation.PosyanduValidator;
import id.posyandu.json.JsonProblem;
import id.posyandu.json.PosyanduJson;
import id.posyandu.json.ReadSummary;
import id.posyandu.json.RecordResult;
import id.posyandu.json.RecordTypes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code posyandu validate FILE}: checks a JSON document, an NDJSON file or a CSV table of Posyandu
 * records, line by line, and prints every problem with its position (line and JSON pointer, or line
 * and column for CSV; see {@link CsvRecordType} for the CSV columns). Exit code 0 when every record
 * is valid, 1 when any is invalid, 2 when the file cannot be read (missing, a directory, empty, a CSV
 * header that does not fit, CSV quoting broken before the end) or the command line is wrong.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {
        "Memeriksa berkas JSON, NDJSON atau CSV berisi rekaman Posyandu; setiap masalah dengan "
            + "posisinya.",
        "Checks a JSON, NDJSON or CSV file of Posyandu records; every problem with its position.",
        "CSV: baris judul menamai kolom / a header row names the columns (resident: "
            + "id,nik,name,sex,birthDate,householdId,relationToHead,...; household: "
            + "id,kkNumber,address.rt,address.rw,address.kodeDesa,posyandu,...; visit: "
            + "id,residentId,date,posyandu,setting,kaderId,weightKg,lengthOrHeightCm,position,...).",
        "Keluar / exit: 0 sah / valid, 1 ada rekaman tidak sah / some record invalid, "
            + "2 berkas tidak terbaca / file unreadable."})
final class ValidateCommand implements Callable<Integer> {

  /** Output language. */
  enum Lang {
    /** Bahasa Indonesia. */
    id,
    /** English. */
    en
  }

  /** How the file is read. */
  enum Format {
    /** By extension: {@code .json} is one document, {@code .csv} and {@code .tsv} a table,
     * anything else NDJSON. */
    auto,
    /** One JSON document holding one record. */
    json,
    /** One record per line. */
    ndjson,
    /** A header row naming the columns, then one record per row ({@link CsvRecordType}). */
    csv
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "Berkas .json, .ndjson atau .csv / a .json, .ndjson or .csv file")
  Path file;

  @Option(names = "--lang", defaultValue = "id",
      description = "Bahasa pesan / message language: ${COMPLETION-CANDIDATES} (default: id)")
  Lang lang;

  @Option(names = "--type", paramLabel = "TYPE",
      description = "Jenis setiap rekaman / type of every record (default: the \"type\" member of "
          + "each record; for CSV resident|household|visit, else inferred from the header)")
  String type;

  @Option(names = "--format", defaultValue = "auto",
      description = "${COMPLETION-CANDIDATES} (default: auto, by extension: .json, .csv/.tsv, "
          + "else NDJSON)")
  Format format;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Tanggal acuan validasi / validation as-of date (default: today in Asia/Jakarta)")
  LocalDate asOf;

  @Option(names = "--max-problems", defaultValue = "1000", paramLabel = "N",
      description = "Cetak paling banyak N masalah / print at most N problems (default: 1000)")
  int maxProblems;

  private long printed;
  private long problems;
  private long records;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean en = lang == Lang.en;
    String name = file.getFileName() == null ? "" : file.getFileName().toString()
        .toLowerCase(Locale.ROOT);
    Format chosen = format != Format.auto ? format : name.endsWith(".json") ? Format.json
        : name.endsWith(".csv") || name.endsWith(".tsv") ? Format.csv : Format.ndjson;
    RecordTypes types = RecordTypes.core();
    Class<?> declared = null;
    Optional<CsvRecordType> csvType = Optional.empty();
    if (type != null && chosen == Format.csv) {
      csvType = CsvRecordType.byCode(type);
      if (csvType.isEmpty()) {
        return fail(err, en ? "a CSV file holds one of the record types " + CsvRecordType.codes()
            + ", not '" + type + "'" : "berkas CSV berisi salah satu jenis rekaman "
            + CsvRecordType.codes() + ", bukan '" + type + "'");
      }
    } else if (type != null) {
      declared = types.classOf(type).orElse(null);
      if (declared == null) {
        return fail(err, (en ? "unknown record type '" + type + "'; known types: "
            : "jenis rekaman '" + type + "' tidak dikenal; yang dikenal: ") + types.namesList());
      }
    }
    Optional<DataInput.Text> unreadable = DataInput.unreadable(file, false);
    if (unreadable.isPresent()) {
      return fail(err, (en ? "file " : "berkas ") + file + ": " + unreadable.get().in(en));
    }
    LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneId.of("Asia/Jakarta"));
    Locale locale = en ? Locale.ENGLISH : Locale.forLanguageTag("id");
    Progress progress = Progress.onTerminal(err);
    try {
      if (chosen == Format.csv) {
        return csv(csvType, date, locale, out, err, progress);
      }
      PosyanduJson json = PosyanduJson.asOf(date);
      Consumer<RecordResult<?>> print = r -> {
        print(r, out, locale);
        progress.records(++records);
      };
      if (chosen == Format.json) {
        RecordResult<?> r;
        try (InputStream in = Files.newInputStream(file)) {
          r = declared == null ? json.read(in, types) : json.read(in, declared);
        }
        print.accept(r);
        summary(out, en, 1, r.accepted() ? 1 : 0, r.accepted() ? 0 : 1, 0, warnings(r));
        return r.accepted() ? 0 : PosyanduCli.EXIT_INVALID;
      }
      ReadSummary s;
      if (declared == null) {
        s = json.recordReader(types).parallel(THREADS).read(file, print::accept);
      } else {
        s = readDeclared(json, declared, print);
      }
      summary(out, en, s.read(), s.accepted(), s.rejected(), s.blank(), s.warnings());
      return s.allAccepted() ? 0 : PosyanduCli.EXIT_INVALID;
    } catch (IOException e) {
      return fail(err, (en ? "cannot read file: " : "berkas tidak dapat dibaca: ") + file);
    }
  }

  /** NDJSON lines are parsed and validated on every core, and printed in line order. */
  private static final int THREADS = Runtime.getRuntime().availableProcessors();

  private static int fail(PrintWriter err, String message) {
    err.println("posyandu: " + message);
    return PosyanduCli.EXIT_UNREADABLE;
  }

  /** Validates a CSV table; see {@link CsvRecords}. */
  private int csv(Optional<CsvRecordType> declared, LocalDate date, Locale locale,
      PrintWriter out, PrintWriter err, Progress progress) throws IOException {
    boolean en = lang == Lang.en;
    CsvRecords.Summary s;
    try (BufferedReader in = CsvFiles.open(file)) {
      s = CsvRecords.read(in, declared, PosyanduValidator.asOf(date), r -> {
        for (CsvProblem p : r.problems()) {
          problem(out, p.format(locale));
        }
        progress.records(++records);
      });
    } catch (CsvRecords.BadFile e) {
      return fail(err, file + ": " + e.message(en));
    }
    summary(out, en, s.read(), s.accepted(), s.rejected(), s.blank(), s.warnings());
    if (!s.complete()) {
      return fail(err, file + ": " + (en ? "malformed CSV, the file was not read to its end"
          : "CSV rusak, berkas tidak terbaca sampai akhir"));
    }
    return s.rejected() == 0 ? 0 : PosyanduCli.EXIT_INVALID;
  }

  private <T> ReadSummary readDeclared(PosyanduJson json, Class<T> declared,
      Consumer<RecordResult<?>> print) throws IOException {
    return json.recordReader(declared, type).parallel(THREADS).read(file, print::accept);
  }

  private static long warnings(RecordResult<?> r) {
    return r.problems().stream().filter(p -> !p.isError()).count();
  }

  private void print(RecordResult<?> r, PrintWriter out, Locale locale) {
    for (JsonProblem p : r.problems()) {
      problem(out, p.format(locale));
    }
  }

  /** Prints one problem as {@code file:position ...}, up to {@code --max-problems}. */
  private void problem(PrintWriter out, String formatted) {
    problems++;
    if (printed < maxProblems) {
      printed++;
      out.println(file.getFileName() + ":" + formatted);
    }
  }

  private void summary(PrintWriter out, boolean en, long read, long accepted, long rejected,
      long blank, long warnings) {
    if (problems > printed) {
      out.println(en ? "... " + (problems - printed) + " more problems not shown"
          : "... " + (problems - printed) + " masalah lain tidak ditampilkan");
    }
    if (en) {
      out.printf("Summary: %d records read, %d valid, %d invalid, %d blank lines, %d warnings%n",
          read, accepted, rejected, blank, warnings);
    } else {
      out.printf("Ringkasan: %d rekaman dibaca, %d sah, %d tidak sah, %d baris kosong, "
          + "%d peringatan%n", read, accepted, rejected, blank, warnings);
    }
  }
}
