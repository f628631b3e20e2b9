package id.posyandu.examples.cli;

import id.posyandu.json.JsonProblem;
import id.posyandu.json.PosyanduJson;
import id.posyandu.json.ReadSummary;
import id.posyandu.json.RecordResult;
import id.posyandu.json.RecordTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code posyandu validate FILE}: checks a JSON document or an NDJSON file of Posyandu records, line
 * by line, and prints every problem with its position. Exit code 0 when every record is valid, 1
 * when any is invalid, 2 when the file cannot be read (or the command line is wrong).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {
        "Memeriksa berkas JSON atau NDJSON berisi rekaman Posyandu; setiap masalah dengan posisinya.",
        "Checks a JSON or NDJSON file of Posyandu records; every problem with its position.",
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
    /** By extension: {@code .json} is one document, anything else NDJSON. */
    auto,
    /** One JSON document holding one record. */
    json,
    /** One record per line. */
    ndjson
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "Berkas .json atau .ndjson / a .json or .ndjson file")
  Path file;

  @Option(names = "--lang", defaultValue = "id",
      description = "Bahasa pesan / message language: ${COMPLETION-CANDIDATES} (default: id)")
  Lang lang;

  @Option(names = "--type", paramLabel = "TYPE",
      description = "Jenis setiap rekaman / type of every record (default: the \"type\" member of "
          + "each record)")
  String type;

  @Option(names = "--format", defaultValue = "auto",
      description = "${COMPLETION-CANDIDATES} (default: auto, by extension)")
  Format format;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Tanggal acuan validasi / validation as-of date (default: today in Asia/Jakarta)")
  LocalDate asOf;

  @Option(names = "--max-problems", defaultValue = "1000", paramLabel = "N",
      description = "Cetak paling banyak N masalah / print at most N problems (default: 1000)")
  int maxProblems;

  private long printed;
  private long problems;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean en = lang == Lang.en;
    RecordTypes types = RecordTypes.core();
    Class<?> declared = null;
    if (type != null) {
      declared = types.classOf(type).orElse(null);
      if (declared == null) {
        err.println("posyandu: " + (en ? "unknown record type '" + type + "'; known types: "
            : "jenis rekaman '" + type + "' tidak dikenal; yang dikenal: ") + types.namesList());
        return PosyanduCli.EXIT_UNREADABLE;
      }
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      err.println("posyandu: " + (en ? "cannot read file: " : "berkas tidak dapat dibaca: ")
          + file);
      return PosyanduCli.EXIT_UNREADABLE;
    }
    LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneId.of("Asia/Jakarta"));
    PosyanduJson json = PosyanduJson.asOf(date);
    Locale locale = en ? Locale.ENGLISH : Locale.forLanguageTag("id");
    Consumer<RecordResult<?>> print = r -> print(r, out, locale);
    boolean document = format == Format.json
        || (format == Format.auto && file.getFileName().toString().toLowerCase(Locale.ROOT)
            .endsWith(".json"));
    try {
      if (document) {
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
        s = json.recordReader(types).read(file, print::accept);
      } else {
        s = readDeclared(json, declared, print);
      }
      summary(out, en, s.read(), s.accepted(), s.rejected(), s.blank(), s.warnings());
      return s.allAccepted() ? 0 : PosyanduCli.EXIT_INVALID;
    } catch (IOException e) {
      err.println("posyandu: " + (en ? "cannot read file: " : "berkas tidak dapat dibaca: ")
          + file);
      return PosyanduCli.EXIT_UNREADABLE;
    }
  }

  private <T> ReadSummary readDeclared(PosyanduJson json, Class<T> declared,
      Consumer<RecordResult<?>> print) throws IOException {
    return json.recordReader(declared, type).read(file, print::accept);
  }

  private static long warnings(RecordResult<?> r) {
    return r.problems().stream().filter(p -> !p.isError()).count();
  }

  private void print(RecordResult<?> r, PrintWriter out, Locale locale) {
    for (JsonProblem p : r.problems()) {
      problems++;
      if (printed < maxProblems) {
        printed++;
        out.println(file.getFileName() + ":" + p.format(locale));
      }
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
