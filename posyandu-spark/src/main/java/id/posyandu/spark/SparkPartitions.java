package id.posyandu.spark;

import id.posyandu.core.code.KodeWilayah;
import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.core.model.Kader;
import id.posyandu.core.model.Posyandu;
import id.posyandu.core.model.Pregnancy;
import id.posyandu.core.model.ServiceRequest;
import id.posyandu.core.record.ResidentRecords;
import id.posyandu.core.record.Visit;
import id.posyandu.json.JsonProblem;
import id.posyandu.json.PopulationPartitions;
import id.posyandu.json.PosyanduJson;
import id.posyandu.json.RecordKeys;
import id.posyandu.json.RecordResult;
import id.posyandu.json.RecordTypes;
import id.posyandu.json.RecordWriter;
import id.posyandu.rules.population.Population;
import id.posyandu.rules.population.PopulationException;
import id.posyandu.rules.population.PopulationProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apiguardian.api.API;
import scala.Tuple2;

/**
 * {@link PopulationPartitions} on Apache Spark: reads the NDJSON records of a population from any
 * Hadoop-compatible path (a file, or a directory tree of {@code *.ndjson} files, in any order, split
 * into any number of parts), routes every record to the partition of its home Posyandu with Spark's
 * shuffles where the single-machine reader uses spill files, checks the same references and
 * duplicate ids, reads every line strictly with posyandu-json ({@link PosyanduJson#read(byte[],
 * RecordTypes)}, the CLI's checks), builds each partition with
 * {@link Population.Builder#partitionOfLargerPopulation()}, evaluates it with the caller's function
 * and merges the results with the caller's (associative) merge.
 *
 * <p>The routing, as {@link PopulationPartitions}: household → its Posyandu; resident → its
 * household's Posyandu (a join on the household id); visit and pregnancy → their resident's Posyandu
 * (a join on the resident id); service request → its household's, else its resident's, else its own
 * Posyandu; kader → own Posyandu. Posyandu records are few: they are collected on the driver and
 * broadcast (with the kader ids, which visits are checked against), as the single-machine reader
 * keeps them in memory.
 *
 * <p><b>Line numbers.</b> Lines are read with Hadoop's {@link TextInputFormat} (splittable, bounded
 * memory per task, compressed files too) with {@code \n} as the only delimiter and a trailing
 * {@code \r} removed, exactly as the CLI cuts lines. A split knows its file and byte offset, not its
 * first line number, so a first, cheap pass counts the lines of every split; each split's first line
 * number is then the sum of the counts of the splits before it in the same file. ({@code
 * wholeTextFiles}/{@code binaryFiles} would hold whole files in memory; {@code spark.read().text()}
 * gives no order within a file that can be trusted.)
 *
 * <p>Memory per executor: one partition (about {@link #partitionBytes(long)} of NDJSON, 24 MB by
 * default, as the single-machine reader) being built and evaluated per core, plus the Posyandu
 * records and kader ids broadcast, which grow with the number of Posyandu, not of residents.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class SparkPartitions implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A function Spark can ship to its executors. */
  @FunctionalInterface
  public interface Evaluation<R> extends Serializable {
    /** Evaluates one partition. */
    R apply(Population partition);
  }

  /** An associative merge Spark can ship to its executors. */
  @FunctionalInterface
  public interface Merge<R> extends Serializable {
    /** Merges two partial results. */
    R apply(R a, R b);
  }

  /**
   * What a run found: the same figures as {@link PopulationPartitions.Result}, and the problems.
   *
   * @param value the merged evaluation: present when every line was accepted and every reference
   *     resolved, or when the run was asked to report incomplete data ({@link #incomplete()} then
   *     tells)
   * @param files the input files (names relative to the input path, in the order problems sort)
   * @param read records read (blank lines not counted)
   * @param accepted records accepted
   * @param rejected records rejected
   * @param blank blank lines
   * @param referenceProblems references that do not resolve and duplicate ids
   * @param partitions the number of partitions
   * @param posyanduDesa the desa/kelurahan of every Posyandu read, by report id
   * @param problems every problem, sorted as the CLI prints them (a Spark RDD: write it, count it,
   *     or iterate it with {@code toLocalIterator()})
   */
  public record Result<R>(Optional<R> value, List<String> files, long read, long accepted,
      long rejected, long blank, long referenceProblems, int partitions,
      Map<String, KodeWilayah> posyanduDesa, JavaRDD<Problem> problems) {

    /** Whether every line was accepted and every reference resolved. */
    public boolean clean() {
      return rejected == 0 && referenceProblems == 0;
    }

    /** Whether a value is present although some data was rejected (the output must say so). */
    public boolean incomplete() {
      return value.isPresent() && !clean();
    }

    /** The name of a problem's file ({@code whole} when it has none). */
    public String fileName(Problem p, String whole) {
      return p.file() < 0 ? whole : files.get(p.file());
    }
  }

  private static final long DEFAULT_PARTITION_BYTES = 24L << 20;
  private static final Map<LocalDate, PosyanduJson> JSON = new ConcurrentHashMap<>();

  private final LocalDate validationDate;
  private final long partitionBytes;
  private final String onlyPosyandu;
  private final boolean reportIncomplete;

  private SparkPartitions(LocalDate validationDate, long partitionBytes, String onlyPosyandu,
      boolean reportIncomplete) {
    this.validationDate = validationDate;
    this.partitionBytes = partitionBytes;
    this.onlyPosyandu = onlyPosyandu;
    this.reportIncomplete = reportIncomplete;
  }

  /** A job that validates records as of {@code validationDate} ({@link PosyanduJson#asOf}). */
  public static SparkPartitions asOf(LocalDate validationDate) {
    return new SparkPartitions(Objects.requireNonNull(validationDate, "validationDate"),
        DEFAULT_PARTITION_BYTES, null, false);
  }

  /** The same, aiming at partitions of about {@code bytes} of NDJSON each. */
  public SparkPartitions partitionBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("partition bytes must be positive: " + bytes);
    }
    return new SparkPartitions(validationDate, bytes, onlyPosyandu, reportIncomplete);
  }

  /**
   * The same, evaluating only the partition that holds one Posyandu (its report id, plain digits);
   * every line is still read and checked. For follow-up and home-visit lists of one Posyandu.
   */
  public SparkPartitions onlyPartitionOf(String posyanduId) {
    return new SparkPartitions(validationDate, partitionBytes,
        Objects.requireNonNull(posyanduId, "posyanduId"), reportIncomplete);
  }

  /**
   * The same, giving a value even when lines were rejected or references failed (the partitions
   * that could be built; {@link Result#incomplete()} tells). By default no value is given from
   * incomplete data, as the CLI.
   */
  public SparkPartitions reportIncomplete(boolean yes) {
    return new SparkPartitions(validationDate, partitionBytes, onlyPosyandu, yes);
  }

  private PosyanduJson json() {
    return JSON.computeIfAbsent(validationDate, PosyanduJson::asOf);
  }

  /** The input files under {@code path}: the file, or every {@code *.ndjson} of the tree, sorted. */
  static List<Path> files(Configuration conf, String path) throws IOException {
    Path root = new Path(path);
    FileSystem fs = root.getFileSystem(conf);
    root = fs.makeQualified(root);
    List<Path> files = new ArrayList<>();
    if (fs.getFileStatus(root).isFile()) {
      files.add(root);
      return files;
    }
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
    while (it.hasNext()) {
      LocatedFileStatus s = it.next();
      String name = s.getPath().getName();
      if (s.isFile() && (name.endsWith(".ndjson") || name.endsWith(".ndjson.gz"))) {
        files.add(s.getPath());
      }
    }
    if (files.isEmpty()) {
      throw new IOException("no .ndjson file in " + path);
    }
    Collections.sort(files);
    return files;
  }

  /**
   * Reads the records under {@code path}, evaluates every partition with {@code evaluation} and
   * merges the results with {@code merge}.
   *
   * @throws IOException when the input cannot be listed
   */
  public <R extends Serializable> Result<R> evaluate(SparkSession spark, String path,
      Evaluation<R> evaluation, Merge<R> merge) throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = new Configuration(sc.hadoopConfiguration());
    conf.set("textinputformat.record.delimiter", "\n");
    List<Path> files = files(conf, path);
    Path root = new Path(path).getFileSystem(conf).makeQualified(new Path(path));
    Map<String, Integer> index = new HashMap<>();
    List<String> names = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < files.size(); i++) {
      index.put(files.get(i).toString(), i);
      names.add(relative(root, files.get(i)));
      total += files.get(i).getFileSystem(conf).getFileStatus(files.get(i)).getLen();
    }
    int k = (int) Math.max(1, Math.min(100_000, (total + partitionBytes - 1) / partitionBytes));
    String joined = String.join(",", files.stream().map(Path::toString).toList());
    @SuppressWarnings("unchecked")
    JavaNewHadoopRDD<LongWritable, Text> text = (JavaNewHadoopRDD<LongWritable, Text>)
        sc.newAPIHadoopFile(joined, TextInputFormat.class, LongWritable.class, Text.class, conf);

    // pass 1: lines per split, then the first line number of every split
    List<long[]> counts = text.mapPartitionsWithInputSplit((split, it) -> {
      FileSplit fs = (FileSplit) split;
      long n = 0;
      while (it.hasNext()) {
        it.next();
        n++;
      }
      return List.of(new long[] {index.get(fs.getPath().toString()), fs.getStart(), n})
          .iterator();
    }, false).collect();
    Map<String, Long> firstLine = new HashMap<>();
    List<long[]> sorted = new ArrayList<>(counts);
    sorted.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
    long file = -1;
    long next = 1;
    for (long[] c : sorted) {
      if (c[0] != file) {
        file = c[0];
        next = 1;
      }
      firstLine.put(c[0] + ":" + c[1], next);
      next += c[2];
    }
    Broadcast<Map<String, Long>> first = sc.broadcast(firstLine);
    int maxLine = json().limits().maxLineBytes();

    // stage 1: scan every line for its routing keys
    JavaRDD<Item> lines = text.mapPartitionsWithInputSplit((split, it) -> {
      FileSplit fs = (FileSplit) split;
      int f = index.get(fs.getPath().toString());
      long start = first.value().get(f + ":" + fs.getStart());
      return new Iterator<Item>() {
        long n = start;

        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public Item next() {
          Text t = it.next()._2();
          int len = t.getLength();
          if (len > 0 && t.getBytes()[len - 1] == '\r') {
            len--;
          }
          return Item.of(Item.LINE, f, n++, null, null, null, null,
              Arrays.copyOf(t.getBytes(), len));
        }
      };
    }, false);
    JavaRDD<Item> scanned = lines.mapPartitions(it -> new Scan(it, maxLine))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());

    List<Item> few = scanned.filter(i -> i.tag == Item.POSYANDU || i.tag == Item.KADER
        || i.tag == Item.COUNT).collect();
    long[] n = new long[5];
    Map<String, Posyandu> posyandu = new TreeMap<>();
    Set<String> kader = new HashSet<>();
    List<Item> posyanduLines = new ArrayList<>();
    for (Item i : few) {
      switch (i.tag) {
        case Item.COUNT -> { }  // counted with the other stages' counts below
        case Item.KADER -> kader.add(i.a);
        default -> posyanduLines.add(i);
      }
    }
    Map<String, byte[]> posyanduBytes = new HashMap<>();
    List<Problem> driverProblems = new ArrayList<>();
    posyanduLines.sort(Item.PLACE);
    for (Item i : posyanduLines) {
      Posyandu p = posyandu(i.bytes);
      if (posyandu.putIfAbsent(p.registrationNumber().plain(), p) == null) {
        posyanduBytes.put(p.registrationNumber().plain(), i.bytes);
      } else {
        driverProblems.add(Problem.reference(i.file, i.line, 0, new PopulationProblem(
            PopulationProblem.Kind.DUPLICATE_ID, "Posyandu", p.registrationNumber().dotted(),
            p.registrationNumber().dotted())));
      }
    }
    Broadcast<Set<String>> posyanduIds = sc.broadcast(new HashSet<>(posyandu.keySet()));
    Broadcast<Set<String>> kaderIds = sc.broadcast(kader);
    Joins joins = new Joins(posyanduIds, kaderIds);

    // stage 2: households (residents and requests find their household's Posyandu)
    JavaRDD<Item> households = scanned
        .filter(i -> i.tag == Item.HKEY || i.tag == Item.RESIDENT || i.tag == Item.REQUEST_H)
        .mapToPair(i -> new Tuple2<>(i.a, i)).groupByKey(k)
        .flatMap(g -> joins.households(g._2()).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    // stage 3: residents (visits, pregnancies and requests find their resident's Posyandu)
    JavaRDD<Item> residents = scanned.union(households)
        .filter(i -> i.tag == Item.RKEY || i.tag == Item.VISIT || i.tag == Item.PREGNANCY
            || i.tag == Item.REQUEST_R)
        .mapToPair(i -> new Tuple2<>(i.a == null ? "\u0000" + i.c : i.a, i)).groupByKey(k)
        .flatMap(g -> joins.residents(g._2()).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    // stage 4: duplicate ids
    JavaRDD<Item> ids = scanned.filter(i -> i.tag == Item.ID)
        .mapToPair(i -> new Tuple2<>(i.a + '\u0000' + i.b, i)).groupByKey(k)
        .flatMap(g -> Joins.duplicates(g._2(), i -> i.a, 300).iterator());
    // stage 5: partitions, read strictly, built and evaluated
    Map<Integer, List<String>> byBucket = new HashMap<>();
    for (String id : posyandu.keySet()) {
      byBucket.computeIfAbsent(bucket(id, k), x -> new ArrayList<>()).add(id);
    }
    Broadcast<Map<Integer, List<String>>> own = sc.broadcast(byBucket);
    Broadcast<Map<String, byte[]>> records = sc.broadcast(posyanduBytes);
    int only = onlyPosyandu == null ? -1 : bucket(onlyPosyandu, k);
    JavaRDD<Item> routed = scanned.union(households).union(residents);
    JavaRDD<Item> evaluated = routed.filter(i -> i.tag == Item.PART)
        .mapToPair(i -> new Tuple2<>(i.a, i)).partitionBy(new ByPosyandu(k))
        .mapPartitionsWithIndex((b, it) -> partition(b, it, own.value().getOrDefault(b, List.of()),
            records.value(), only < 0 || only == b, evaluation), false);
    JavaRDD<Item> orphans = routed.filter(i -> i.tag == Item.ORPHAN).mapPartitions(this::orphans);

    JavaRDD<Item> results = routed.union(ids).union(evaluated).union(orphans)
        .filter(i -> i.tag == Item.PROBLEM || i.tag == Item.VALUE || i.tag == Item.COUNT)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    long[] m = results.filter(i -> i.tag == Item.COUNT).map(i -> i.n)
        .fold(new long[5], (x, y) -> {
          long[] s = x.clone();
          add(s, y);
          return s;
        });
    add(n, m);
    long references = driverProblems.size() + results.filter(i -> i.tag == Item.PROBLEM
        && !i.problem.isLineProblem()).count();
    boolean clean = n[3] == 0 && references == 0;
    Optional<R> value = Optional.empty();
    if (clean || reportIncomplete) {
      @SuppressWarnings("unchecked")
      List<R> values = results.filter(i -> i.tag == Item.VALUE).map(i -> (R) i.value()).collect();
      R v = null;
      for (R r : values) {
        v = v == null ? r : merge.apply(v, r);
      }
      value = Optional.ofNullable(v);
    }
    JavaRDD<Problem> problems = results.filter(i -> i.tag == Item.PROBLEM).map(i -> i.problem)
        .union(sc.parallelize(driverProblems, 1))
        .sortBy(p -> new ProblemKey(p), true, Math.max(1, Math.min(k, 16)));
    Map<String, KodeWilayah> desa = new LinkedHashMap<>();
    for (Map.Entry<String, Posyandu> e : posyandu.entrySet()) {
      desa.put(e.getKey(), e.getValue().kodeWilayah());
    }
    return new Result<>(value, List.copyOf(names), n[0], n[2], n[3], n[1], references, k,
        Collections.unmodifiableMap(desa), problems);
  }

  private static void add(long[] into, long[] x) {
    for (int j = 0; j < into.length; j++) {
      into[j] += x[j];
    }
  }

  private static String relative(Path root, Path file) {
    String r = root.toString();
    String f = file.toString();
    if (f.equals(r)) {
      return file.getName();
    }
    return f.startsWith(r + "/") ? f.substring(r.length() + 1) : f;
  }

  /** The sort key of a problem (Comparable, as Spark's sortBy needs). */
  record ProblemKey(int group, int file, long line, int sub) implements Comparable<ProblemKey>,
      Serializable {
    ProblemKey(Problem p) {
      this(p.group, p.file, p.line, p.sub);
    }

    @Override
    public int compareTo(ProblemKey o) {
      int c = Integer.compare(group, o.group);
      if (c == 0) {
        c = Integer.compare(file, o.file);
      }
      if (c == 0) {
        c = Long.compare(line, o.line);
      }
      return c != 0 ? c : Integer.compare(sub, o.sub);
    }
  }

  /** Routes the partitions: the bucket of a Posyandu's report id. */
  static final class ByPosyandu extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int k;

    ByPosyandu(int k) {
      this.k = k;
    }

    @Override
    public int numPartitions() {
      return k;
    }

    @Override
    public int getPartition(Object key) {
      return bucket((String) key, k);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ByPosyandu b && b.k == k;
    }

    @Override
    public int hashCode() {
      return k;
    }
  }

  static int bucket(String key, int k) {
    int h = key.hashCode();
    h ^= (h >>> 16);
    h *= 0x85ebca6b;
    h ^= (h >>> 13);
    return Math.floorMod(h, k);
  }

  static String plain(String posyandu) {
    if (posyandu == null) {
      return null;
    }
    try {
      return PosyanduRegistrationNumber.parse(posyandu).plain();
    } catch (RuntimeException e) {
      return null;
    }
  }

  static String dotted(String plain) {
    try {
      return PosyanduRegistrationNumber.parse(plain).dotted();
    } catch (RuntimeException e) {
      return plain;
    }
  }

  // ---- stage 1 --------------------------------------------------------------------------------

  /** Scans the lines of one task, then gives its counts. */
  private final class Scan implements Iterator<Item> {
    private final Iterator<Item> lines;
    private final int maxLine;
    private final List<Item> out = new ArrayList<>();
    private int pos;
    private boolean counted;
    private long read;
    private long blank;
    private long accepted;
    private long rejected;

    Scan(Iterator<Item> lines, int maxLine) {
      this.lines = lines;
      this.maxLine = maxLine;
    }

    @Override
    public boolean hasNext() {
      while (pos == out.size()) {
        out.clear();
        pos = 0;
        if (lines.hasNext()) {
          scan(lines.next());
        } else if (!counted) {
          counted = true;
          out.add(Item.count(read, blank, accepted, rejected, 0));
        } else {
          return false;
        }
      }
      return true;
    }

    @Override
    public Item next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return out.get(pos++);
    }

    private void scan(Item line) {
      byte[] b = line.bytes;
      if (blank(b)) {
        blank++;
        return;
      }
      read++;
      if (b.length > maxLine) {
        rejected++;
        out.add(Item.problem(Problem.line(line.file, line.line, 0,
            JsonProblem.lineTooLong(line.line, maxLine))));
        return;
      }
      RecordKeys keys = RecordKeys.scan(b);
      String type = keys == null ? null : keys.type();
      if (type == null || type.equals("posyandu") || type.equals("residentRecords")
          || !route(line.file, line.line, b, keys, out)) {
        readWhole(line, out);
      }
    }

    private void readWhole(Item line, List<Item> out) {
      RecordResult<Object> r = json().read(line.bytes, RecordTypes.core());
      if (!r.accepted()) {
        rejected++;
        report(line.file, line.line, r, out);
        return;
      }
      Object v = r.value().orElseThrow();
      if (v instanceof Posyandu) {
        accepted++;
        out.add(Item.of(Item.POSYANDU, line.file, line.line, null, null, null, null, line.bytes));
        return;
      }
      if (v instanceof ResidentRecords rr) {
        // the parts are read again, strictly, in their partitions, and each is accepted there:
        // one line is one record, as the CLI counts it
        List<Object> parts = new ArrayList<>();
        parts.add(rr.resident());
        parts.addAll(rr.visits());
        parts.addAll(rr.pregnancies());
        for (Object part : parts) {
          byte[] one = canonical(part);
          RecordKeys k = RecordKeys.scan(one);
          if (k == null || k.type() == null || !route(line.file, line.line, one, k, out)) {
            throw new IllegalStateException("a valid record could not be routed: "
                + part.getClass().getSimpleName());
          }
        }
        accepted += 1 - parts.size();
        return;
      }
      throw new IllegalStateException("a valid record could not be routed: "
          + v.getClass().getSimpleName());
    }
  }

  /** Routes a line by its keys; false when a key it needs is missing or malformed. */
  static boolean route(int f, long line, byte[] b, RecordKeys k, List<Item> out) {
    switch (k.type()) {
      case "kader" -> {
        String p = plain(k.posyandu());
        if (k.id() == null || p == null) {
          return false;
        }
        out.add(Item.of(Item.KADER, f, line, k.id(), null, null, null, null));
        out.add(Item.of(Item.PART, f, line, p, null, null, null, b));
        out.add(Item.of(Item.ID, f, line, "Kader", k.id(), null, null, null));
        return true;
      }
      case "household" -> {
        String p = plain(k.posyandu());
        if (k.id() == null || p == null) {
          return false;
        }
        out.add(Item.of(Item.PART, f, line, p, null, null, null, b));
        out.add(Item.of(Item.HKEY, f, line, k.id(), p, null, null, null));
        return true;
      }
      case "resident" -> {
        if (k.id() == null || k.householdId() == null) {
          return false;
        }
        out.add(Item.of(Item.RESIDENT, f, line, k.householdId(), k.id(), null, null, b));
        return true;
      }
      case "pregnancy" -> {
        if (k.id() == null || k.residentId() == null) {
          return false;
        }
        out.add(Item.of(Item.PREGNANCY, f, line, k.residentId(), k.id(), null, null, b));
        out.add(Item.of(Item.ID, f, line, "Pregnancy", k.id(), null, null, null));
        return true;
      }
      case "visit" -> {
        String p = plain(k.posyandu());
        if (k.id() == null || k.residentId() == null || p == null || k.kaderId() == null) {
          return false;
        }
        out.add(Item.of(Item.VISIT, f, line, k.residentId(), k.id(), p, k.kaderId(), b));
        out.add(Item.of(Item.ID, f, line, "Visit", k.id(), null, null, null));
        return true;
      }
      case "serviceRequest" -> {
        String p = plain(k.posyandu());
        if (k.id() == null || p == null) {
          return false;
        }
        if (k.householdId() != null) {
          out.add(Item.of(Item.REQUEST_H, f, line, k.householdId(), k.id(), p, k.residentId(),
              b));
        } else {
          out.add(Item.of(Item.REQUEST_R, f, line, k.residentId(), k.id(), p, null, b));
        }
        out.add(Item.of(Item.ID, f, line, "ServiceRequest", k.id(), null, null, null));
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  private byte[] canonical(Object record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (RecordWriter w = RecordWriter.of(json(), out, RecordTypes.core())) {
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

  static void report(int file, long line, RecordResult<?> r, List<Item> out) {
    int sub = 0;
    for (JsonProblem p : r.problems()) {
      if (p.isError()) {
        out.add(Item.problem(Problem.line(file, line, sub++, p)));
      }
    }
  }

  private static boolean blank(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\t') {
        return false;
      }
    }
    return true;
  }

  // ---- stage 5 --------------------------------------------------------------------------------

  private <R extends Serializable> Iterator<Item> partition(int bucket, Iterator<Tuple2<String, Item>> it,
      List<String> own, Map<String, byte[]> records, boolean build, Evaluation<R> evaluation) {
    Population.Builder b = Population.builder().partitionOfLargerPopulation();
    Set<String> present = new HashSet<>();
    if (build) {
      for (String id : own) {  // sorted by report id, as the single-machine reader adds them
        b.addPosyandu(posyandu(records.get(id)));
        present.add(id);
      }
    }
    List<Item> out = new ArrayList<>();
    long accepted = 0;
    long rejected = 0;
    boolean any = false;
    while (it.hasNext()) {
      Item e = it.next()._2();
      RecordResult<Object> r = json().read(e.bytes, RecordTypes.core());
      if (!r.accepted()) {
        rejected++;
        report(e.file, e.line, r, out);
        continue;
      }
      accepted++;
      any = true;
      if (!build) {
        continue;
      }
      if (e.c != null && present.add(e.c)) {
        b.addPosyandu(posyandu(records.get(e.c)));
      }
      b.addRecord(r.value().orElseThrow());
    }
    if (build && (any || !own.isEmpty())) {
      try {
        Population population = b.build();
        R value = evaluation.apply(population);
        if (value != null) {
          out.add(Item.value(value));
        }
      } catch (PopulationException x) {
        int sub = 0;
        for (PopulationProblem p : x.problems()) {
          out.add(Item.problem(Problem.reference(Problem.NO_FILE, 0, bucket * 1000 + sub++, p)));
        }
      }
    }
    out.add(Item.count(0, 0, accepted, rejected, 0));
    return out.iterator();
  }

  /** A Posyandu from its (valid) line: the records are broadcast as bytes. */
  private Posyandu posyandu(byte[] line) {
    return (Posyandu) json().read(line, RecordTypes.core()).value().orElseThrow();
  }

  private Iterator<Item> orphans(Iterator<Item> it) {
    List<Item> out = new ArrayList<>();
    long accepted = 0;
    long rejected = 0;
    while (it.hasNext()) {
      Item e = it.next();
      RecordResult<Object> r = json().read(e.bytes, RecordTypes.core());
      if (r.accepted()) {
        accepted++;
      } else {
        rejected++;
        report(e.file, e.line, r, out);
      }
    }
    out.add(Item.count(0, 0, accepted, rejected, 0));
    return out.iterator();
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
