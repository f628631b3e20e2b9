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

  RecordReader(PosyanduJson json, Class<T> type, String typeName, RecordTypes types) {
    this.json = json;
    this.type = type;
    this.typeName = typeName;
    this.types = types;
  }

  /**
   * Reads every line of {@code in} and hands each record's result (accepted or rejected) to
   * {@code sink}, in line order. Does not close the stream.
   *
   * @throws IOException when the stream itself cannot be read; the lines read so far were delivered
   */
  public ReadSummary read(InputStream in, Consumer<? super RecordResult<T>> sink)
      throws IOException {
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

  private RecordResult<T> parseLine(byte[] b, int len, long line) {
    if (types != null) {
      @SuppressWarnings("unchecked")
      RecordResult<T> r = (RecordResult<T>) json.parser().parseMixed(b, 0, len, line, types);
      return r;
    }
    return json.parser().parse(b, 0, len, line, type, typeName);
  }

  private static boolean blank(byte[] b, int len) {
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
    private long read;
    private long accepted;
    private long rejected;
    private long blank;
    private long warnings;
    private long bytes;

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
        bytes += lines.length();
        RecordResult<T> r;
        if (s == LineSource.Status.TOO_LONG) {
          r = new RecordResult<>(n, null, null, List.of(Problems.error("JSON.LINE_TOO_LONG", "",
              n, 0, String.valueOf(reader.json.limits().maxLineBytes()))));
        } else {
          int len = (int) lines.length();
          if (blank(lines.bytes(), len)) {
            blank++;
            continue;
          }
          r = reader.parseLine(lines.bytes(), len, n);
        }
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
        pending = r;
        return;
      }
    }

    /** The counts of the lines returned so far (all of them once the iterator is exhausted). */
    public ReadSummary summary() {
      return new ReadSummary(lines.lineNumber(), read, accepted, rejected, blank, warnings, bytes);
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
}
