package id.posyandu.json;

import id.posyandu.json.internal.LineSource;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Reads NDJSON (one JSON record per line) in constant memory, whatever the size of the file, and
 * loses no record: every line is either delivered (accepted) or reported with its line number and
 * problems (rejected), and the {@link ReadSummary} always adds up.
 *
 * <p>The format, as read:
 *
 * <ul>
 *   <li>UTF-8; a byte order mark at the start of the file, or at the start of any line (as when
 *       files are concatenated), is skipped; invalid UTF-8 is a problem of its line
 *       ({@code JSON.INVALID_UTF8}), and the next line is read as usual;
 *   <li>lines end with {@code \n} or {@code \r\n}; the last line needs no terminator;
 *   <li>one JSON object per line: a record of the declared type, or of the type its {@code type}
 *       member names ({@link RecordTypes});
 *   <li><b>blank lines</b> (empty or only spaces and tabs) are not records: they are counted in
 *       {@link ReadSummary#blank()} and are neither accepted nor rejected;
 *   <li>a line longer than {@link JsonLimits#maxLineBytes()} is skipped without being held in
 *       memory and rejected with {@code JSON.LINE_TOO_LONG}.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; each {@link #open} or {@link #read} call has its own
 * state.
 *
 * @param <T> the record type
 */
public final class RecordReader<T> {

  private final PosyanduJson json;
  private final Class<T> type;
  private final String typeName;
  private final RecordTypes types;
  private final int threads;

  RecordReader(PosyanduJson json, Class<T> type, String typeName, RecordTypes types) {
    this(json, type, typeName, types, 1);
  }

  private RecordReader(PosyanduJson json, Class<T> type, String typeName, RecordTypes types,
      int threads) {
    this.json = json;
    this.type = type;
    this.typeName = typeName;
    this.types = types;
    this.threads = threads;
  }

  /**
   * The same reader, parsing and validating lines on {@code threads} threads: {@link #read} cuts
   * the input into blocks of lines on the calling thread, workers parse the blocks, and the results
   * are handed to the sink on the calling thread in line order, as by the one-thread reader (the
   * same results, the same summary). Memory stays bounded: a few blocks per thread are in flight.
   * {@link #open} iterates on one thread whatever this says.
   *
   * @param threads 1 or more; 1 is the one-thread reader
   */
  public RecordReader<T> parallel(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be 1 or more: " + threads);
    }
    return threads == this.threads ? this
        : new RecordReader<>(json, type, typeName, types, threads);
  }

  /** The threads {@link #read} parses on (1 unless {@link #parallel} said otherwise). */
  public int threads() {
    return threads;
  }

  /**
   * Reads every line of {@code in} and hands each record's result (accepted or rejected) to
   * {@code sink}, in line order. Does not close the stream.
   *
   * @throws IOException when the stream itself cannot be read; the lines read so far were delivered
   */
  public ReadSummary read(InputStream in, Consumer<? super RecordResult<T>> sink)
      throws IOException {
    if (threads > 1) {
      return new ParallelRead<>(this, in, threads).run(sink);
    }
    Cursor<T> c = new Cursor<>(this, in, false);
    try {
      while (c.hasNext()) {
        sink.accept(c.next());
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return c.summary();
  }

  /** Reads a file; see {@link #read(InputStream, Consumer)}. */
  public ReadSummary read(Path file, Consumer<? super RecordResult<T>> sink) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, sink);
    }
  }

  /**
   * An iterator over the results of the lines of {@code in}; closing it closes the stream. An I/O
   * error while iterating is thrown as {@link UncheckedIOException}.
   */
  public Cursor<T> open(InputStream in) {
    return new Cursor<>(this, in, true);
  }

  RecordResult<T> parseLine(byte[] b, int off, int len, long line) {
    if (types != null) {
      @SuppressWarnings("unchecked")
      RecordResult<T> r = (RecordResult<T>) json.parser().parseMixed(b, off, len, line, types);
      return r;
    }
    return json.parser().parse(b, off, len, line, type, typeName);
  }

  /** The result of a line longer than the limit. */
  RecordResult<T> tooLong(long n) {
    return new RecordResult<>(n, null, null, List.of(Problems.error("JSON.LINE_TOO_LONG", "",
        n, 0, String.valueOf(json.limits().maxLineBytes()))));
  }

  int maxLineBytes() {
    return json.limits().maxLineBytes();
  }

  static boolean blank(byte[] b, int len) {
    for (int i = 0; i < len; i++) {
      if (b[i] != ' ' && b[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  /**
   * The results of the lines of one stream, in order; {@link #summary()} counts what has been
   * returned so far.
   *
   * @param <T> the record type
   */
  public static final class Cursor<T> implements Iterator<RecordResult<T>>, Closeable {
    private final RecordReader<T> reader;
    private final InputStream in;
    private final boolean closeStream;
    private final LineSource lines;
    private RecordResult<T> pending;
    private boolean done;
    private final Tally tally = new Tally();

    Cursor(RecordReader<T> reader, InputStream in, boolean closeStream) {
      this.reader = reader;
      this.in = in;
      this.closeStream = closeStream;
      this.lines = new LineSource(in, reader.json.limits().maxLineBytes());
    }

    @Override
    public boolean hasNext() {
      if (pending == null && !done) {
        try {
          advance();
        } catch (IOException e) {
          done = true;
          throw new UncheckedIOException(e);
        }
      }
      return pending != null;
    }

    @Override
    public RecordResult<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      RecordResult<T> r = pending;
      pending = null;
      return r;
    }

    private void advance() throws IOException {
      while (true) {
        LineSource.Status s = lines.next();
        if (s == LineSource.Status.END) {
          done = true;
          return;
        }
        long n = lines.lineNumber();
        tally.bytes += lines.length();
        RecordResult<T> r;
        if (s == LineSource.Status.TOO_LONG) {
          r = reader.tooLong(n);
        } else {
          int len = (int) lines.length();
          if (blank(lines.bytes(), len)) {
            tally.blank++;
            continue;
          }
          r = reader.parseLine(lines.bytes(), 0, len, n);
        }
        tally.count(r);
        pending = r;
        return;
      }
    }

    /** The counts of the lines returned so far (all of them once the iterator is exhausted). */
    public ReadSummary summary() {
      return tally.summary(lines.lineNumber());
    }

    @Override
    public void close() throws IOException {
      done = true;
      pending = null;
      if (closeStream) {
        in.close();
      }
    }
  }

  /** The counts of a read. */
  static final class Tally {
    long read;
    long accepted;
    long rejected;
    long blank;
    long warnings;
    long bytes;

    /** Counts one line's result. */
    void count(RecordResult<?> r) {
      read++;
      if (r.accepted()) {
        accepted++;
      } else {
        rejected++;
      }
      for (JsonProblem p : r.problems()) {
        if (!p.isError()) {
          warnings++;
        }
      }
    }

    ReadSummary summary(long lines) {
      return new ReadSummary(lines, read, accepted, rejected, blank, warnings, bytes);
    }
  }
}
