package id.posyandu.examples.data;

import id.posyandu.core.model.Posyandu;
import id.posyandu.json.JsonProblem;
import id.posyandu.json.PopulationPartitions;
import id.posyandu.json.PosyanduJson;
import id.posyandu.json.ReadSummary;
import id.posyandu.json.RecordResult;
import id.posyandu.json.RecordTypes;
import id.posyandu.json.RecordWriter;
import id.posyandu.rules.population.Population;
import id.posyandu.rules.population.PopulationProblem;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A population on disk as NDJSON, and back.
 *
 * <p><b>Layout</b> ({@link #write}): one file per record type in a directory, {@value #POSYANDU},
 * {@value #KADER}, {@value #HOUSEHOLDS}, {@value #RESIDENTS}, {@value #PREGNANCIES},
 * {@value #VISITS} and {@value #SERVICE_REQUESTS}; every line is one record that names its type in
 * a leading {@code type} member ({@code {"type":"visit",...}}, the names of
 * {@link RecordTypes#core()}). Because each line names its type, the files can be validated one by
 * one with {@code posyandu validate}, concatenated into one mixed file, or split differently:
 * {@link #read} takes either a directory (every {@code *.ndjson} file in it, in name order) or one
 * mixed NDJSON file. A {@code residentRecords} line (a resident with their visits and
 * pregnancies) is read as its parts.
 *
 * <p><b>Reading</b> ({@link #read}) is line by line through {@link id.posyandu.json.RecordReader}
 * (constant memory per line): a bad line is reported with its file and line and the next line is
 * read; the counts always add up (read = accepted + rejected). The accepted records are then built
 * into a {@link Population}, whose referential problems (a visit of an unknown resident, …) are
 * reported too.
 */
public final class PopulationFiles {

  /** The file of Posyandu records. */
  public static final String POSYANDU = "posyandu.ndjson";
  /** The file of kader records. */
  public static final String KADER = "kader.ndjson";
  /** The file of household records. */
  public static final String HOUSEHOLDS = "households.ndjson";
  /** The file of resident records. */
  public static final String RESIDENTS = "residents.ndjson";
  /** The file of pregnancy records. */
  public static final String PREGNANCIES = "pregnancies.ndjson";
  /** The file of visit records. */
  public static final String VISITS = "visits.ndjson";
  /** The file of service-request records. */
  public static final String SERVICE_REQUESTS = "service-requests.ndjson";

  private PopulationFiles() {}

  /**
   * Writes a population as one NDJSON file per record type into {@code dir} (created if needed;
   * files of the same name are replaced).
   *
   * @param progress told the name of each file as it is started (e.g. for a terminal), may be a
   *     no-op
   * @return the number of records written
   */
  public static long write(Population population, Path dir, PosyanduJson json,
      Consumer<String> progress) throws IOException {
    Files.createDirectories(dir);
    long n = 0;
    n += writeAll(population.posyandu(), dir, POSYANDU, json, progress);
    n += writeAll(population.kader(), dir, KADER, json, progress);
    n += writeAll(population.households(), dir, HOUSEHOLDS, json, progress);
    n += writeAll(population.residents(), dir, RESIDENTS, json, progress);
    n += writeAll(population.pregnancies(), dir, PREGNANCIES, json, progress);
    n += writeAll(population.visits(), dir, VISITS, json, progress);
    n += writeAll(population.serviceRequests(), dir, SERVICE_REQUESTS, json, progress);
    return n;
  }

  private static long writeAll(List<?> records, Path dir, String name, PosyanduJson json,
      Consumer<String> progress) throws IOException {
    progress.accept(name);
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(dir.resolve(name)),
        1 << 16); RecordWriter w = RecordWriter.of(json, os, RecordTypes.core())) {
      for (Object r : records) {
        w.write(r);
      }
      return w.written();
    }
  }

  /**
   * Reads a directory of NDJSON files (every {@code *.ndjson}, in name order) or one NDJSON file
   * of mixed records into a population.
   *
   * @param path a directory or a file
   * @param json the reader configuration (its validation date judges the records)
   * @param problems told each rejected line, as {@code file:line: problem}, in {@code locale}
   * @throws IOException when the path or one of its files cannot be read
   */
  public static Loaded read(Path path, PosyanduJson json, Locale locale,
      Consumer<String> problems) throws IOException {
    return read(path, json, locale, problems, name -> { });
  }

  /**
   * Reads as {@link #read(Path, PosyanduJson, Locale, Consumer)} does, telling {@code progress} the
   * name of each file as it is started (e.g. for a terminal).
   *
   * @throws IOException when the path or one of its files cannot be read
   */
  public static Loaded read(Path path, PosyanduJson json, Locale locale,
      Consumer<String> problems, Consumer<String> progress) throws IOException {
    List<Path> files = PopulationPartitions.files(path);
    Population.Builder b = Population.builder();
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    for (Path f : files) {
      String name = f.getFileName().toString();
      progress.accept(name);
      ReadSummary s = json.recordReader(RecordTypes.core()).read(f, r -> {
        if (r.accepted()) {
          b.addRecord(r.value().orElseThrow());
        } else {
          report(name, r, locale, problems);
        }
      });
      read += s.read();
      accepted += s.accepted();
      rejected += s.rejected();
    }
    List<PopulationProblem> refs = b.problems();
    for (PopulationProblem p : refs) {
      problems.accept(path.getFileName() + ": " + p);
    }
    Optional<Population> population = refs.isEmpty() ? Optional.of(b.build()) : Optional.empty();
    return new Loaded(population, files.size(), read, accepted, rejected, refs.size());
  }

  private static void report(String file, RecordResult<?> r, Locale locale,
      Consumer<String> problems) {
    for (JsonProblem p : r.problems()) {
      if (p.isError()) {
        problems.accept(file + ":" + p.format(locale));
      }
    }
  }

  /**
   * What {@link #read} found.
   *
   * @param population the population, when every reference of the accepted records resolves
   * @param files the number of files read
   * @param read records read (blank lines not counted)
   * @param accepted records accepted
   * @param rejected records rejected (each reported)
   * @param referenceProblems referential problems of the accepted records (each reported)
   */
  public record Loaded(Optional<Population> population, int files, long read, long accepted,
      long rejected, int referenceProblems) {

    /** Whether every record was accepted and every reference resolved. */
    public boolean clean() {
      return rejected == 0 && referenceProblems == 0 && population.isPresent();
    }
  }
}
