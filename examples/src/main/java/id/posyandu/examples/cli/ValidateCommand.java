package id.posyandu.examples.cli;

import id.posyandu.core.validation.PosyanduValidator;
import id.posyandu.examples.data.PopulationFiles;
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
import java.util.Set;
import java.util.TreeSet;
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
      description = "Berkas .json, .ndjson atau .csv, atau folder berkas NDJSON (rujukan antar "
          + "rekaman ikut diperiksa, seperti report) / a .json, .ndjson or .csv file, or a folder "
          + "of NDJSON files (references between records checked too, as report does)")
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
  private long personalIds;

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
    boolean folder = Files.isDirectory(file) && chosen == Format.ndjson && declared == null;
    Optional<DataInput.Text> unreadable = DataInput.unreadable(file, folder);
    if (unreadable.isPresent()) {
      return fail(err, (en ? "file " : "berkas ") + file + ": " + unreadable.get().in(en));
    }
    LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneId.of("Asia/Jakarta"));
    Locale locale = en ? Locale.ENGLISH : Locale.forLanguageTag("id");
    if (folder) {
      return population(date, locale, out, err);
    }
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
          r = declared == null ? json.read(in, types) : readDeclaredDocument(json, in, declared,
              types);
        }
        print.accept(r);
        summary(out, en, 1, r.accepted() ? 1 : 0, r.accepted() ? 0 : 1, 0,
            warnings(r) + personalIds);
        return r.accepted() ? 0 : PosyanduCli.EXIT_INVALID;
      }
      ReadSummary s;
      Set<String> kinds = new TreeSet<>();
      if (declared == null) {
        s = json.recordReader(types).parallel(THREADS).read(file, r -> {
          r.value().ifPresent(v -> kinds.add(types.nameOf(v.getClass()).orElse("?")));
          print.accept(r);
        });
      } else {
        s = readDeclared(json, declared, print);
      }
      long unresolved = kinds.size() > 1 ? references(json, locale, out) : 0;
      summary(out, en, s.read(), s.accepted(), s.rejected(), s.blank(),
          s.warnings() + personalIds);
      if (kinds.size() > 1) {
        out.println(en ? unresolved + " unresolved references (checked: the file holds "
            + String.join(", ", kinds) + ")" : unresolved + " rujukan tidak ditemukan (diperiksa: "
            + "berkas berisi " + String.join(", ", kinds) + ")");
      } else if (kinds.stream().anyMatch(REFERRING::contains)) {
        out.println(en ? "References (a visit's resident, ...) are not checked in a file of one "
            + "record type: validate the folder of all files, as report reads it, to check them."
            : "Rujukan (warga sebuah kunjungan, ...) tidak diperiksa pada berkas berisi satu jenis "
            + "rekaman: validasi folder semua berkas, seperti yang dibaca report, untuk "
            + "memeriksanya.");
      }
      return s.allAccepted() && unresolved == 0 ? 0 : PosyanduCli.EXIT_INVALID;
    } catch (IOException e) {
      return fail(err, (en ? "cannot read file: " : "berkas tidak dapat dibaca: ") + file);
    }
  }

  /** Record types whose records refer to others (by resident, household, Posyandu id). */
  private static final Set<String> REFERRING = Set.of("visit", "resident", "pregnancy",
      "serviceRequest", "household", "kader");

  /**
   * A folder (or, after its records, a file of several record types) read as {@code report} reads
   * it: every record validated and every reference resolved, so both give the same verdict.
   */
  private int population(LocalDate date, Locale locale, PrintWriter out, PrintWriter err) {
    boolean en = lang == Lang.en;
    PopulationFiles.Loaded loaded;
    try {
      loaded = PopulationFiles.read(file, PosyanduJson.asOf(date), locale,
          line -> problemLine(out, line));
    } catch (IOException e) {
      return fail(err, file + ": " + (en ? "cannot be read (a folder without .ndjson files?)"
          : "tidak dapat dibaca (folder tanpa berkas .ndjson?)"));
    }
    summary(out, en, loaded.read(), loaded.accepted(), loaded.rejected(), 0, 0);
    out.println(en ? loaded.referenceProblems() + " unresolved references (" + loaded.files()
        + " files)" : loaded.referenceProblems() + " rujukan tidak ditemukan (" + loaded.files()
        + " berkas)");
    return loaded.clean() ? 0 : PosyanduCli.EXIT_INVALID;
  }

  /** The reference problems of a file of mixed records, printed; returns their number. */
  private long references(PosyanduJson json, Locale locale, PrintWriter out) throws IOException {
    String prefix = file.getFileName() + ": ";
    PopulationFiles.Loaded loaded = PopulationFiles.read(file, json, locale, line -> {
      if (line.startsWith(prefix)) {
        problemLine(out, line);
      }
    });
    return loaded.referenceProblems();
  }

  /** Prints a problem line as it comes (ids that look personal masked), up to the limit. */
  private void problemLine(PrintWriter out, String line) {
    problems++;
    if (printed < maxProblems) {
      printed++;
      out.println(PersonalIds.masked(line));
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

  /**
   * One document of the declared type: a top-level {@code "type"} member is allowed when it names
   * that type (as in an NDJSON line), so a record written by this library validates with and
   * without {@code --type}.
   */
  private RecordResult<?> readDeclaredDocument(PosyanduJson json, InputStream in,
      Class<?> declared, RecordTypes types) throws IOException {
    byte[] doc = in.readAllBytes();
    RecordResult<?> typed = json.read(doc, types);
    boolean hasType = typed.problems().stream().noneMatch(p -> p.code().equals("JSON.MISSING_TYPE")
        || p.code().equals("JSON.SYNTAX") || p.code().equals("JSON.TRUNCATED"));
    if (hasType && typed.value().map(v -> declared.isInstance(v)).orElse(
        typed.problems().stream().noneMatch(p -> p.code().equals("JSON.UNKNOWN_TYPE")))) {
      return typed;
    }
    return json.read(doc, declared);
  }

  private static long warnings(RecordResult<?> r) {
    return r.problems().stream().filter(p -> !p.isError()).count();
  }

  private void print(RecordResult<?> r, PrintWriter out, Locale locale) {
    for (JsonProblem p : r.problems()) {
      problem(out, p.format(locale));
    }
    if (r.value().isPresent()) {
      for (String property : PersonalIds.personalIdProperties(r.value().get())) {
        String[] m = PersonalIds.message(property);
        personalIds++;
        problem(out, JsonProblem.of(PersonalIds.CODE, JsonProblem.Severity.WARNING,
            "/" + property, r.line(), 0, m[0], m[1], null).format(locale));
      }
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
