package id.posyandu.json;

import id.posyandu.core.code.KodeWilayah;
import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.core.model.Household;
import id.posyandu.core.model.Kader;
import id.posyandu.core.model.Posyandu;
import id.posyandu.core.model.Pregnancy;
import id.posyandu.core.model.Resident;
import id.posyandu.core.model.ServiceRequest;
import id.posyandu.core.record.ResidentRecords;
import id.posyandu.core.record.Visit;
import id.posyandu.json.internal.LineSource;
import id.posyandu.json.internal.RouteScan;
import id.posyandu.json.internal.Spill;
import id.posyandu.rules.population.Population;
import id.posyandu.rules.population.PopulationException;
import id.posyandu.rules.population.PopulationProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Reads the NDJSON records of a population (files in any order, records in any order) and hands
 * them to an evaluation <b>one partition at a time</b>, so that the heap holds a few partitions and
 * never the whole area: a kabupaten, a province or more run in the same bounded memory.
 *
 * <p>A <b>partition</b> is a {@link Population} built with
 * {@link Population.Builder#partitionOfLargerPopulation()} that holds, for a set of Posyandu, every
 * record an indicator needs about their subjects: the Posyandu, their kader and households, the
 * households' residents, the residents' pregnancies and visits (wherever the visit was held), and
 * the service requests about those households or residents. Indicator tallies of partitions merge
 * associatively ({@code IndicatorTally::merge}), so a report of the whole equals the merge of the
 * reports of its partitions; the same partition unit is what a distributed engine evaluates.
 *
 * <p>How a record finds its partition in files that are not sorted: records are routed by the
 * Posyandu of the household they belong to. Since a resident names only its household, and a
 * visit only its resident, the reader works as a database's hash join does, through temporary files
 * on disk (the <i>spill</i>, deleted at the end):
 *
 * <ol>
 *   <li><b>scan</b> (all cores): every line is cut from its file with its line number, and a light
 *       scan reads the members that route it ({@code type}, {@code id}, {@code posyandu},
 *       {@code householdId}, {@code residentId}, {@code kaderId}); Posyandu records are read whole
 *       (they are few) and kept; a line that cannot be routed is read whole to report its problem;
 *   <li><b>households</b>: per bucket of household ids, each resident finds its household's
 *       Posyandu, and each service request about a household its Posyandu;
 *   <li><b>residents</b>: per bucket of resident ids, each visit, pregnancy and service request
 *       about a resident finds the resident's Posyandu; a visit's Posyandu and kader are checked
 *       against every Posyandu and kader of the data;
 *   <li><b>ids</b>: per bucket of ids, duplicate ids of kader, visits, pregnancies and service
 *       requests;
 *   <li><b>partitions</b> (all cores): each partition's lines are read strictly and validated
 *       exactly as {@link RecordReader} does (every problem with its file and line), built into a
 *       partition {@link Population} and evaluated.
 * </ol>
 *
 * <p>Nothing is lost: every line is read once by the strict reader (read = accepted + rejected, as
 * {@link ReadSummary}), every reference that does not resolve is reported with the record at fault,
 * and when any line is rejected or any reference fails, no evaluation result is returned (a report
 * of incomplete data would mislead). Problems are delivered at the end, line problems in file and
 * line order, then reference problems in the order of the records at fault.
 *
 * <p>Memory: one partition per thread (its target size is {@link #partitionBytes(long)} of NDJSON,
 * 24 MB by default), the Posyandu records, and the ids of the kader (both grow with the number of
 * Posyandu, not of residents). Disk: about twice the input, in {@link #tempDirectory(Path)}.
 *
 * <p>Instances are immutable; each {@link #evaluate} call has its own state.
 */
public final class PopulationPartitions {

  /** Where the problems and progress of a run go. */
  public interface Listener {
    /** A problem of a rejected line (its line number is {@link JsonProblem#line()}). */
    void lineProblem(String file, JsonProblem problem);

    /** A reference that does not resolve, or a duplicate id, of the record at {@code file:line}. */
    void referenceProblem(String file, long line, PopulationProblem problem);

    /** A step of the run started, in Indonesian and English (for a progress display). */
    default void step(String indonesian, String english) {}

    /**
     * Another {@value PopulationPartitions#PROGRESS_EVERY} lines were read (called from the reading
     * threads, with the count so far).
     */
    default void records(long read) {}
  }

  /**
   * What a run found.
   *
   * @param value the merged evaluation, present only when every line was accepted and every
   *     reference resolved
   * @param files the number of input files
   * @param read records read (blank lines not counted)
   * @param accepted records accepted
   * @param rejected records rejected (each reported)
   * @param blank blank lines
   * @param referenceProblems references that do not resolve and duplicate ids (each reported)
   * @param partitions the number of partitions
   * @param posyanduDesa the desa/kelurahan of every Posyandu read, by report id (plain digits), in
   *     the order of the report ids
   * @param <R> the evaluation's result type
   */
  public record Result<R>(Optional<R> value, int files, long read, long accepted, long rejected,
      long blank, long referenceProblems, int partitions, Map<String, KodeWilayah> posyanduDesa) {

    /** Whether every line was accepted and every reference resolved. */
    public boolean clean() {
      return rejected == 0 && referenceProblems == 0 && value.isPresent();
    }
  }

  /** How often {@link Listener#records(long)} is told. */
  public static final long PROGRESS_EVERY = 100_000;

  private static final long DEFAULT_PARTITION_BYTES = 24L << 20;
  private static final int BLOCK_BYTES = 1 << 20;
  private static final int BLOCK_LINES = 8192;

  private static final int MAX_CACHED_IDS = 1 << 16;

  private static final byte T_RECORD = 1;
  private static final byte T_HOUSEHOLD_KEY = 2;
  private static final byte T_RESIDENT = 3;
  private static final byte T_RESIDENT_KEY = 4;
  private static final byte T_VISIT = 5;
  private static final byte T_PREGNANCY = 6;
  private static final byte T_REQUEST = 7;
  private static final byte T_ID = 8;

  private final PosyanduJson json;
  private final int threads;
  private final Path tempRoot;
  private final long partitionBytes;
  private final String onlyPosyandu;

  private PopulationPartitions(PosyanduJson json, int threads, Path tempRoot, long partitionBytes,
      String onlyPosyandu) {
    this.json = json;
    this.threads = threads;
    this.tempRoot = tempRoot;
    this.partitionBytes = partitionBytes;
    this.onlyPosyandu = onlyPosyandu;
  }

  /**
   * A reader that validates with {@code json} (its validation date judges the records), on all
   * cores, spilling to the system's temporary directory.
   */
  public static PopulationPartitions of(PosyanduJson json) {
    return new PopulationPartitions(Objects.requireNonNull(json, "json"),
        Runtime.getRuntime().availableProcessors(), null, DEFAULT_PARTITION_BYTES, null);
  }

  /** The same, on {@code n} threads (at least 1). */
  public PopulationPartitions threads(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + n);
    }
    return new PopulationPartitions(json, n, tempRoot, partitionBytes, onlyPosyandu);
  }

  /** The same, spilling into a new directory under {@code dir}. */
  public PopulationPartitions tempDirectory(Path dir) {
    return new PopulationPartitions(json, threads, Objects.requireNonNull(dir, "dir"),
        partitionBytes, onlyPosyandu);
  }

  /**
   * The same, aiming at partitions of about {@code bytes} of NDJSON each (the number of partitions
   * is the input size divided by it; smaller partitions use less heap, more of them cost more
   * files).
   */
  public PopulationPartitions partitionBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("partition bytes must be positive: " + bytes);
    }
    return new PopulationPartitions(json, threads, tempRoot, bytes, onlyPosyandu);
  }

  /**
   * The same, evaluating only the partition that holds one Posyandu (its report id, plain digits);
   * every line is still read and checked. For follow-up and home-visit lists of one Posyandu.
   */
  public PopulationPartitions onlyPartitionOf(String posyanduId) {
    return new PopulationPartitions(json, threads, tempRoot, partitionBytes,
        Objects.requireNonNull(posyanduId, "posyanduId"));
  }

  /** The NDJSON files of a directory (every {@code *.ndjson}, in name order), or the one file. */
  public static List<Path> files(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      try (var s = Files.list(path)) {
        List<Path> files = new ArrayList<>(s.filter(p -> Files.isRegularFile(p)
            && p.getFileName().toString().endsWith(".ndjson")).sorted().toList());
        if (files.isEmpty()) {
          throw new IOException("no .ndjson file in " + path);
        }
        return files;
      }
    }
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new IOException("cannot read " + path);
    }
    return List.of(path);
  }

  /**
   * Reads the files, evaluates every partition with {@code evaluation} and merges the results with
   * {@code merge} (associative; the order of partitions is not fixed).
   *
   * @param files NDJSON files of mixed records, each line naming its type ({@link RecordTypes#core()})
   * @param evaluation what to compute of one partition (called concurrently on several threads)
   * @param merge how two partial results combine
   * @param listener told every problem (at the end) and the steps
   * @throws IOException when a file cannot be read or the spill cannot be written
   */
  public <R> Result<R> evaluate(List<Path> files, Function<Population, R> evaluation,
      BinaryOperator<R> merge, Listener listener) throws IOException {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(merge, "merge");
    Objects.requireNonNull(listener, "listener");
    long total = 0;
    for (Path f : files) {
      total += Files.size(f);
    }
    int k = (int) Math.max(1, Math.min(4096, (total + partitionBytes - 1) / partitionBytes));
    Path dir = tempRoot == null ? Files.createTempDirectory("posyandu-partitions-")
        : Files.createTempDirectory(tempRoot, "posyandu-partitions-");
    Run<R> run = new Run<>(files, k, dir, evaluation, merge, listener);
    try {
      return run.run();
    } finally {
      run.closeQuietly();
      try (var s = Files.list(dir)) {
        for (Path p : s.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  /** A problem found, with the position used to sort it. */
  private record Found(int group, int file, long line, long seq, JsonProblem line0,
      PopulationProblem reference) {}

  /** The state of one {@link #evaluate} call. */
  private final class Run<R> {
    final List<Path> files;
    final String[] names;
    final int k;
    final Function<Population, R> evaluation;
    final BinaryOperator<R> merge;
    final Listener listener;
    final Spill partitions;
    final Spill households;
    final Spill residents;
    final Spill ids;
    final Spill orphans;
    final RecordParser parser = json.parser();
    final RecordTypes types = RecordTypes.core();
    final ThreadLocal<RouteScan> scans = ThreadLocal.withInitial(RouteScan::new);
    final Map<String, String> plainIds = new ConcurrentHashMap<>();
    final Map<String, Posyandu> posyandu = new ConcurrentHashMap<>();
    final Set<String> kader = ConcurrentHashMap.newKeySet();
    final List<Found> found = Collections.synchronizedList(new ArrayList<>());
    final AtomicLong seq = new AtomicLong();
    final AtomicLong read = new AtomicLong();
    final AtomicLong accepted = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    final AtomicLong blank = new AtomicLong();
    final AtomicLong references = new AtomicLong();

    Run(List<Path> files, int k, Path dir, Function<Population, R> evaluation,
        BinaryOperator<R> merge, Listener listener) throws IOException {
      this.files = files;
      this.names = files.stream().map(f -> f.getFileName().toString()).toArray(String[]::new);
      this.k = k;
      this.evaluation = evaluation;
      this.merge = merge;
      this.listener = listener;
      this.partitions = new Spill(dir, "partition", k);
      this.households = new Spill(dir, "household", k);
      this.residents = new Spill(dir, "resident", k);
      this.ids = new Spill(dir, "id", k);
      this.orphans = new Spill(dir, "orphan", 1);
    }

    void closeQuietly() {
      for (Spill s : List.of(partitions, households, residents, ids, orphans)) {
        try {
          s.close();
        } catch (IOException e) {
          // best effort: the directory is deleted by the caller
        }
      }
    }

    Result<R> run() throws IOException {
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "posyandu-partitions");
        t.setDaemon(true);
        return t;
      });
      try {
        scan(pool);
        households.finishWriting();
        listener.step("menghubungkan warga dengan rumah tangga",
            "joining residents with their households");
        forEachBucket(pool, households);
        residents.finishWriting();
        listener.step("menghubungkan kunjungan dengan warga", "joining visits with residents");
        forEachBucket(pool, residents);
        ids.finishWriting();
        forEachBucket(pool, ids);
        partitions.finishWriting();
        orphans.finishWriting();
        listener.step("membaca dan menghitung " + k + " partisi",
            "reading and evaluating " + k + " partitions");
        R value = evaluatePartitions(pool);
        deliverProblems();
        Map<String, KodeWilayah> desa = new LinkedHashMap<>();
        for (Map.Entry<String, Posyandu> e : new TreeMap<>(posyandu).entrySet()) {
          desa.put(e.getKey(), e.getValue().kodeWilayah());
        }
        boolean clean = rejected.get() == 0 && references.get() == 0;
        return new Result<>(clean ? Optional.ofNullable(value) : Optional.empty(), files.size(),
            read.get(), accepted.get(), rejected.get(), blank.get(), references.get(), k,
            Collections.unmodifiableMap(desa));
      } finally {
        pool.shutdownNow();
      }
    }

    // ---- stage 1: scan ----------------------------------------------------------------------

    /** A block of lines cut from one file. */
    private static final class Block {
      final int file;
      final byte[] data;
      final int[] off = new int[BLOCK_LINES];
      final int[] len = new int[BLOCK_LINES];
      final long[] line = new long[BLOCK_LINES];
      int count;
      int used;

      Block(int file, int capacity) {
        this.file = file;
        this.data = new byte[capacity];
      }
    }

    private static final Block END = new Block(-1, 0);

    void scan(ExecutorService pool) throws IOException {
      BlockingQueue<Block> queue = new ArrayBlockingQueue<>(threads * 2 + 2);
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          Spill.Writer pw = partitions.writer();
          Spill.Writer hw = households.writer();
          Spill.Writer rw = residents.writer();
          Spill.Writer iw = ids.writer();
          Spill.Writer ow = orphans.writer();
          Writers w = new Writers(pw, hw, rw, iw, ow);
          while (true) {
            Block b = queue.take();
            if (b == END) {
              break;
            }
            for (int i = 0; i < b.count; i++) {
              scanLine(b.file, b.line[i], b.data, b.off[i], b.len[i], w);
            }
          }
          w.flush();
          return null;
        }));
      }
      IOException failure = null;
      try {
        for (int f = 0; f < files.size(); f++) {
          listener.step("membaca " + names[f], "reading " + names[f]);
          try (InputStream in = Files.newInputStream(files.get(f))) {
            cut(f, in, queue);
          }
        }
      } catch (IOException e) {
        failure = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = new IOException("interrupted", e);
      } finally {
        for (int t = 0; t < threads; t++) {
          try {
            queue.put(END);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        awaitAll(workers);
      }
      if (failure != null) {
        throw failure;
      }
    }

    private void cut(int f, InputStream in, BlockingQueue<Block> queue)
        throws IOException, InterruptedException {
      int maxLine = json.limits().maxLineBytes();
      LineSource lines = new LineSource(in, maxLine);
      Block b = new Block(f, BLOCK_BYTES);
      while (true) {
        LineSource.Status s = lines.next();
        if (s == LineSource.Status.END) {
          break;
        }
        long n = lines.lineNumber();
        if (s == LineSource.Status.TOO_LONG) {
          read.incrementAndGet();
          rejected.incrementAndGet();
          lineProblem(f, Problems.error("JSON.LINE_TOO_LONG", "", n, 0, String.valueOf(maxLine)));
          continue;
        }
        int len = (int) lines.length();
        if (blank(lines.bytes(), len)) {
          blank.incrementAndGet();
          continue;
        }
        if (b.count == BLOCK_LINES || b.used + len > b.data.length) {
          if (b.count > 0) {
            queue.put(b);
          }
          b = new Block(f, Math.max(BLOCK_BYTES, len));
        }
        System.arraycopy(lines.bytes(), 0, b.data, b.used, len);
        b.off[b.count] = b.used;
        b.len[b.count] = len;
        b.line[b.count] = n;
        b.count++;
        b.used += len;
      }
      if (b.count > 0) {
        queue.put(b);
      }
    }

    /** The writers of one scanning thread. */
    private record Writers(Spill.Writer partitions, Spill.Writer households,
        Spill.Writer residents, Spill.Writer ids, Spill.Writer orphans) {
      void flush() {
        partitions.flush();
        households.flush();
        residents.flush();
        ids.flush();
        orphans.flush();
      }
    }

    /** The routing members of one line. */
    private static final class Keys {
      String type;
      String id;
      String posyandu;
      String householdId;
      String residentId;
      String kaderId;
    }

    private void scanLine(int f, long line, byte[] b, int off, int len, Writers w) {
      long n = read.incrementAndGet();
      if (n % PROGRESS_EVERY == 0) {
        listener.records(n);
      }
      Keys keys = keys(b, off, len);
      String type = keys == null ? null : keys.type;
      if (type == null) {
        readWhole(f, line, b, off, len, w);
        return;
      }
      switch (type) {
        case "posyandu" -> readWhole(f, line, b, off, len, w);
        case "residentRecords" -> readWhole(f, line, b, off, len, w);
        default -> {
          if (!route(f, line, b, off, len, keys, w)) {
            readWhole(f, line, b, off, len, w);
          }
        }
      }
    }

    /** Routes a line by its keys; false when a key it needs is missing or malformed. */
    private boolean route(int f, long line, byte[] b, int off, int len, Keys k, Writers w) {
      switch (k.type) {
        case "kader" -> {
          String p = plain(k.posyandu);
          if (k.id == null || p == null) {
            return false;
          }
          kader.add(k.id);
          w.partitions.add(bucket(p), T_RECORD, f, line, null, null, null, null, b, off, len);
          w.ids.add(bucket(k.id), T_ID, f, line, "Kader", k.id, null, null, null, 0, 0);
          return true;
        }
        case "household" -> {
          String p = plain(k.posyandu);
          if (k.id == null || p == null) {
            return false;
          }
          w.partitions.add(bucket(p), T_RECORD, f, line, null, null, null, null, b, off, len);
          w.households.add(bucket(k.id), T_HOUSEHOLD_KEY, f, line, k.id, p, null, null, null, 0,
              0);
          return true;
        }
        case "resident" -> {
          if (k.id == null || k.householdId == null) {
            return false;
          }
          w.households.add(bucket(k.householdId), T_RESIDENT, f, line, k.householdId, k.id, null,
              null, b, off, len);
          return true;
        }
        case "pregnancy" -> {
          if (k.id == null || k.residentId == null) {
            return false;
          }
          w.residents.add(bucket(k.residentId), T_PREGNANCY, f, line, k.residentId, k.id, null,
              null, b, off, len);
          w.ids.add(bucket(k.id), T_ID, f, line, "Pregnancy", k.id, null, null, null, 0, 0);
          return true;
        }
        case "visit" -> {
          String p = plain(k.posyandu);
          if (k.id == null || k.residentId == null || p == null || k.kaderId == null) {
            return false;
          }
          w.residents.add(bucket(k.residentId), T_VISIT, f, line, k.residentId, k.id, p,
              k.kaderId, b, off, len);
          w.ids.add(bucket(k.id), T_ID, f, line, "Visit", k.id, null, null, null, 0, 0);
          return true;
        }
        case "serviceRequest" -> {
          String p = plain(k.posyandu);
          if (k.id == null || p == null) {
            return false;
          }
          if (k.householdId != null) {
            w.households.add(bucket(k.householdId), T_REQUEST, f, line, k.householdId, k.id, p,
                k.residentId, b, off, len);
          } else {
            String r = k.residentId;
            w.residents.add(bucket(r == null ? p : r), T_REQUEST, f, line, r, k.id, p, null, b,
                off, len);
          }
          w.ids.add(bucket(k.id), T_ID, f, line, "ServiceRequest", k.id, null, null, null, 0, 0);
          return true;
        }
        default -> {
          return false;
        }
      }
    }

    /**
     * Reads a line whole: a Posyandu (kept), a resident with their records (routed as its parts),
     * or a line that cannot be routed (its problems reported).
     */
    private void readWhole(int f, long line, byte[] b, int off, int len, Writers w) {
      RecordResult<Object> r = parser.parseMixed(b, off, len, line, types);
      if (!r.accepted()) {
        rejected.incrementAndGet();
        report(f, r);
        return;
      }
      Object v = r.value().orElseThrow();
      if (v instanceof Posyandu p) {
        accepted.incrementAndGet();
        String id = p.registrationNumber().plain();
        if (posyandu.putIfAbsent(id, p) != null) {
          reference(f, line, new PopulationProblem(PopulationProblem.Kind.DUPLICATE_ID,
              "Posyandu", p.registrationNumber().dotted(), p.registrationNumber().dotted()));
        }
        return;
      }
      if (v instanceof ResidentRecords rr) {
        // the parts are read again, strictly, in their partitions, and each is accepted there:
        // one line is one record, as RecordReader counts it
        List<Object> parts = new ArrayList<>();
        parts.add(rr.resident());
        parts.addAll(rr.visits());
        parts.addAll(rr.pregnancies());
        for (Object part : parts) {
          byte[] one = canonical(part);
          Keys k = keys(one, 0, one.length);
          if (k == null || !route(f, line, one, 0, one.length, k, w)) {
            throw new IllegalStateException("a valid record could not be routed: "
                + part.getClass().getSimpleName());
          }
        }
        accepted.addAndGet(1 - parts.size());
        return;
      }
      throw new IllegalStateException("a valid record could not be routed: "
          + v.getClass().getSimpleName());
    }

    private byte[] canonical(Object record) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(512);
      try (RecordWriter w = RecordWriter.of(json, out, types)) {
        w.write(record);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      byte[] b = out.toByteArray();
      int n = b.length;
      while (n > 0 && (b[n - 1] == '\n' || b[n - 1] == '\r')) {
        n--;
      }
      return Arrays.copyOf(b, n);
    }

    /** The routing members of a line, or null when it is not a JSON object that can be scanned. */
    private Keys keys(byte[] b, int off, int len) {
      RouteScan scan = scans.get();
      if (!scan.scan(b, off, len)) {
        return null;
      }
      String[] v = scan.values();
      Keys k = new Keys();
      k.type = v[RouteScan.TYPE];
      k.id = v[RouteScan.ID];
      k.posyandu = v[RouteScan.POSYANDU];
      k.householdId = v[RouteScan.HOUSEHOLD_ID];
      k.residentId = v[RouteScan.RESIDENT_ID];
      k.kaderId = v[RouteScan.KADER_ID];
      return k;
    }

    /** The report id (plain digits) of a Posyandu number as written, or null when malformed. */
    private String plain(String posyandu) {
      if (posyandu == null) {
        return null;
      }
      String p = plainIds.get(posyandu);
      if (p == null) {
        p = plainOf(posyandu);
        if (p != null && plainIds.size() < MAX_CACHED_IDS) {
          plainIds.put(posyandu, p);
        }
      }
      return p;
    }

    // ---- stage 2: households ------------------------------------------------------------------

    private void joinHouseholdsSecond(Spill.Entries e, Writers w, Map<String, String> posyanduOf) {
      while (e.next()) {
        switch (e.tag()) {
          case T_RESIDENT -> {
            String household = e.string(0);
            String resident = e.string(1);
            String p = posyanduOf.get(household);
            if (p == null) {
              reference(e.file(), e.line(), new PopulationProblem(
                  PopulationProblem.Kind.UNKNOWN_HOUSEHOLD, "Resident", resident, household));
              orphan(e, w);
            } else {
              w.partitions.add(bucket(p), T_RECORD, e.file(), e.line(), null, null, null, null,
                  e.bytes(), e.payloadOffset(), e.payloadLength());
              w.residents.add(bucket(resident), T_RESIDENT_KEY, e.file(), e.line(), resident, p,
                  null, null, null, 0, 0);
            }
          }
          case T_REQUEST -> {
            String household = e.string(0);
            String id = e.string(1);
            String p = posyanduOf.get(household);
            if (p == null) {
              reference(e.file(), e.line(), new PopulationProblem(
                  PopulationProblem.Kind.UNKNOWN_HOUSEHOLD, "ServiceRequest", id, household));
              orphan(e, w);
            } else if (e.string(3) != null) {
              // about a resident too: the resident is checked with the residents
              w.residents.add(bucket(e.string(3)), T_REQUEST, e.file(), e.line(), e.string(3), id,
                  e.string(2), p, e.bytes(), e.payloadOffset(), e.payloadLength());
            } else {
              requestTo(e, w, id, e.string(2), p);
            }
          }
          default -> { }
        }
      }
    }

    // ---- stage 3: residents -------------------------------------------------------------------

    private void joinResidentsSecond(Spill.Entries e, Writers w, Map<String, String> posyanduOf) {
      while (e.next()) {
        switch (e.tag()) {
          case T_VISIT -> {
            String resident = e.string(0);
            String id = e.string(1);
            String p = posyanduOf.get(resident);
            boolean ok = true;
            if (p == null) {
              reference(e.file(), e.line(), new PopulationProblem(
                  PopulationProblem.Kind.UNKNOWN_RESIDENT, "Visit", id, resident));
              ok = false;
            }
            if (!posyandu.containsKey(e.string(2))) {
              reference(e.file(), e.line(), new PopulationProblem(
                  PopulationProblem.Kind.UNKNOWN_POSYANDU, "Visit", id, dotted(e.string(2))));
              ok = false;
            }
            if (!kader.contains(e.string(3))) {
              reference(e.file(), e.line(), new PopulationProblem(
                  PopulationProblem.Kind.UNKNOWN_KADER, "Visit", id, e.string(3)));
              ok = false;
            }
            if (ok) {
              w.partitions.add(bucket(p), T_RECORD, e.file(), e.line(), null, null, null, null,
                  e.bytes(), e.payloadOffset(), e.payloadLength());
            } else {
              orphan(e, w);
            }
          }
          case T_PREGNANCY -> {
            String resident = e.string(0);
            String p = posyanduOf.get(resident);
            if (p == null) {
              reference(e.file(), e.line(), new PopulationProblem(
                  PopulationProblem.Kind.UNKNOWN_RESIDENT, "Pregnancy", e.string(1), resident));
              orphan(e, w);
            } else {
              w.partitions.add(bucket(p), T_RECORD, e.file(), e.line(), null, null, null, null,
                  e.bytes(), e.payloadOffset(), e.payloadLength());
            }
          }
          case T_REQUEST -> {
            String resident = e.string(0);
            String id = e.string(1);
            String target = e.string(3);
            if (resident != null) {
              String p = posyanduOf.get(resident);
              if (p == null) {
                reference(e.file(), e.line(), new PopulationProblem(
                    PopulationProblem.Kind.UNKNOWN_RESIDENT, "ServiceRequest", id, resident));
                orphan(e, w);
                break;
              }
              if (target == null) {
                target = p;
              }
            }
            requestTo(e, w, id, e.string(2), target == null ? e.string(2) : target);
          }
          default -> { }
        }
      }
    }

    /** Sends a service request to its partition once its own Posyandu is known to exist. */
    private void requestTo(Spill.Entries e, Writers w, String id, String own, String partitionOf) {
      if (!posyandu.containsKey(own)) {
        reference(e.file(), e.line(), new PopulationProblem(
            PopulationProblem.Kind.UNKNOWN_POSYANDU, "ServiceRequest", id, dotted(own)));
        orphan(e, w);
        return;
      }
      w.partitions.add(bucket(partitionOf), T_REQUEST, e.file(), e.line(), own, null, null, null,
          e.bytes(), e.payloadOffset(), e.payloadLength());
    }

    private void checkIds(Spill.Entries e) {
      Map<String, long[]> first = new HashMap<>();
      while (e.next()) {
        duplicate(first, e.string(0) + '\u0000' + e.string(1), e.file(), e.line(), e.string(0),
            e.string(1));
      }
    }

    /**
     * Records the position of an id; when the id was seen before, reports the occurrence that
     * comes later in the input (file, then line): every occurrence but the first is a duplicate,
     * whatever the order the threads appended them in.
     *
     * @return true when the id was new
     */
    private boolean duplicate(Map<String, long[]> first, String key, int file, long line,
        String type, String id) {
      long[] here = {file, line};
      long[] seen = first.putIfAbsent(key, here);
      if (seen == null) {
        return true;
      }
      long[] later = here;
      if (seen[0] > file || (seen[0] == file && seen[1] > line)) {
        first.put(key, here);
        later = seen;
      }
      reference((int) later[0], later[1], new PopulationProblem(
          PopulationProblem.Kind.DUPLICATE_ID, type, id, id));
      return false;
    }

    /**
     * Reads every bucket of a spill on the pool: a join reads its bucket twice, first the keys (a
     * household's Posyandu, a resident's Posyandu), then the records that look them up.
     */
    private void forEachBucket(ExecutorService pool, Spill spill) throws IOException {
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          Writers w = new Writers(partitions.writer(), households.writer(), residents.writer(),
              ids.writer(), orphans.writer());
          int i;
          while ((i = next.getAndIncrement()) < spill.buckets()) {
            Spill.Entries first = spill.read(i);
            if (spill == households) {
              Map<String, String> keys = keys(first, T_HOUSEHOLD_KEY, "Household");
              joinHouseholdsSecond(spill.read(i), w, keys);
            } else if (spill == residents) {
              Map<String, String> keys = keys(first, T_RESIDENT_KEY, "Resident");
              joinResidentsSecond(spill.read(i), w, keys);
            } else {
              checkIds(first);
            }
            spill.delete(i);
          }
          w.flush();
          return null;
        }));
      }
      awaitAll(workers);
    }

    /** The Posyandu of each id of a join bucket's keys (the first, in input order, of an id). */
    private Map<String, String> keys(Spill.Entries e, byte tag, String type) {
      Map<String, String> posyanduOf = new HashMap<>();
      Map<String, long[]> first = new HashMap<>();
      while (e.next()) {
        if (e.tag() == tag && duplicate(first, e.string(0), e.file(), e.line(), type,
            e.string(0))) {
          posyanduOf.put(e.string(0), e.string(1));
        }
      }
      return posyanduOf;
    }

    // ---- stage 5: partitions ------------------------------------------------------------------

    private R evaluatePartitions(ExecutorService pool) throws IOException {
      Map<Integer, List<Posyandu>> byBucket = new HashMap<>();
      for (Map.Entry<String, Posyandu> e : new TreeMap<>(posyandu).entrySet()) {
        byBucket.computeIfAbsent(bucket(e.getKey()), x -> new ArrayList<>()).add(e.getValue());
      }
      int only = onlyPosyandu == null ? -1 : bucket(onlyPosyandu);
      AtomicInteger next = new AtomicInteger();
      List<Future<List<R>>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          List<R> results = new ArrayList<>();
          int i;
          while ((i = next.getAndIncrement()) <= k) {
            if (i == k) {
              readOnly(orphans.read(0));
              continue;
            }
            Spill.Entries e = partitions.read(i);
            partitions.delete(i);
            boolean build = only < 0 || only == i;
            R r = partition(e, byBucket.getOrDefault(i, List.of()), build);
            if (r != null) {
              results.add(r);
            }
          }
          return results;
        }));
      }
      R value = null;
      for (Future<List<R>> f : workers) {
        for (R r : await(f)) {
          value = value == null ? r : merge.apply(value, r);
        }
      }
      return value;
    }

    private void readOnly(Spill.Entries e) {
      while (e.next()) {
        RecordResult<Object> r = parser.parseMixed(e.bytes(), e.payloadOffset(),
            e.payloadLength(), e.line(), types);
        if (r.accepted()) {
          accepted.incrementAndGet();
        } else {
          rejected.incrementAndGet();
          report(e.file(), r);
        }
      }
    }

    private R partition(Spill.Entries e, List<Posyandu> own, boolean build) {
      Population.Builder b = Population.builder().partitionOfLargerPopulation();
      Set<String> present = new HashSet<>();
      for (Posyandu p : own) {
        b.addPosyandu(p);
        present.add(p.registrationNumber().plain());
      }
      boolean bad = false;
      while (e.next()) {
        RecordResult<Object> r = parser.parseMixed(e.bytes(), e.payloadOffset(),
            e.payloadLength(), e.line(), types);
        if (!r.accepted()) {
          rejected.incrementAndGet();
          report(e.file(), r);
          bad = true;
          continue;
        }
        accepted.incrementAndGet();
        if (!build) {
          continue;
        }
        if (e.tag() == T_REQUEST && present.add(e.string(0))) {
          b.addPosyandu(posyandu.get(e.string(0)));
        }
        b.addRecord(r.value().orElseThrow());
      }
      if (!build) {
        return null;
      }
      Population population;
      try {
        population = b.build();
      } catch (PopulationException x) {
        for (PopulationProblem p : x.problems()) {
          references.incrementAndGet();
          found.add(new Found(1, Integer.MAX_VALUE, 0, seq.incrementAndGet(), null, p));
        }
        return null;
      }
      if (bad || rejected.get() > 0 || references.get() > 0) {
        return null;  // no report will be made: spare the evaluation
      }
      return evaluation.apply(population);
    }

    // ---- problems -----------------------------------------------------------------------------

    private void orphan(Spill.Entries e, Writers w) {
      w.orphans.add(0, T_RECORD, e.file(), e.line(), null, null, null, null, e.bytes(),
          e.payloadOffset(), e.payloadLength());
    }

    private void report(int f, RecordResult<?> r) {
      for (JsonProblem p : r.problems()) {
        if (p.isError()) {
          lineProblem(f, p);
        }
      }
    }

    private void lineProblem(int f, JsonProblem p) {
      found.add(new Found(0, f, p.line(), seq.incrementAndGet(), p, null));
    }

    private void reference(int f, long line, PopulationProblem p) {
      references.incrementAndGet();
      found.add(new Found(1, f, line, seq.incrementAndGet(), null, p));
    }

    private void deliverProblems() {
      List<Found> all = new ArrayList<>(found);
      all.sort(Comparator.comparingInt(Found::group).thenComparingInt(Found::file)
          .thenComparingLong(Found::line).thenComparingLong(Found::seq));
      for (Found x : all) {
        if (x.line0() != null) {
          listener.lineProblem(names[x.file()], x.line0());
        } else {
          listener.referenceProblem(x.file() == Integer.MAX_VALUE ? "" : names[x.file()],
              x.line(), x.reference());
        }
      }
    }

    private int bucket(String key) {
      int h = key.hashCode();
      h ^= (h >>> 16);
      h *= 0x85ebca6b;
      h ^= (h >>> 13);
      return Math.floorMod(h, k);
    }
  }

  /** A Posyandu number as written (dotted or plain) in plain digits, or null when malformed. */
  private static String plainOf(String posyandu) {
    try {
      return PosyanduRegistrationNumber.parse(posyandu).plain();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String dotted(String plain) {
    try {
      return PosyanduRegistrationNumber.parse(plain).dotted();
    } catch (RuntimeException e) {
      return plain;
    }
  }

  private static boolean blank(byte[] b, int len) {
    for (int i = 0; i < len; i++) {
      if (b[i] != ' ' && b[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  private static void awaitAll(List<? extends Future<?>> futures) throws IOException {
    for (Future<?> f : futures) {
      await(f);
    }
  }

  private static <T> T await(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IOException(c);
    }
  }
}
