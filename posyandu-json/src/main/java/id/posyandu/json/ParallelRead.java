package id.posyandu.json;

import id.posyandu.json.internal.LineSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One parallel read ({@link RecordReader#parallel}): the calling thread cuts the input into blocks
 * of lines, workers parse them, and the calling thread hands the results to the sink in line
 * order. At most {@code 2 x threads + 1} blocks are in flight, so memory does not grow with the
 * input.
 */
final class ParallelRead<T> {

  /** Lines per block: large enough to amortise the hand-off, small enough to keep order cheap. */
  static final int BLOCK_LINES = 256;
  /** Bytes per block before it is handed off early (long lines). */
  static final int BLOCK_BYTES = 1 << 20;

  private final RecordReader<T> reader;
  private final LineSource lines;
  private final int threads;
  private final RecordReader.Tally tally = new RecordReader.Tally();

  ParallelRead(RecordReader<T> reader, InputStream in, int threads) {
    this.reader = reader;
    this.lines = new LineSource(in, reader.maxLineBytes());
    this.threads = threads;
  }

  ReadSummary run(Consumer<? super RecordResult<T>> sink) throws IOException {
    AtomicInteger n = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "posyandu-ndjson-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Future<List<RecordResult<T>>>> inFlight = new ArrayDeque<>();
    try {
      Block<T> block = new Block<>();
      IOException failure = null;
      try {
        while (true) {
          LineSource.Status s = lines.next();
          if (s == LineSource.Status.END) {
            break;
          }
          long line = lines.lineNumber();
          tally.bytes += lines.length();
          if (s == LineSource.Status.TOO_LONG) {
            block.addResult(reader.tooLong(line));
          } else {
            int len = (int) lines.length();
            if (RecordReader.blank(lines.bytes(), len)) {
              tally.blank++;
              continue;
            }
            block.addLine(lines.bytes(), len, line);
          }
          if (block.full()) {
            Block<T> full = block;
            inFlight.add(workers.submit(() -> full.parse(reader)));
            block = new Block<>();
            if (inFlight.size() > 2 * threads) {
              deliver(inFlight.poll(), sink);
            }
          }
        }
      } catch (IOException e) {
        failure = e; // deliver what was read, then report
      }
      if (!block.isEmpty()) {
        Block<T> last = block;
        inFlight.add(workers.submit(() -> last.parse(reader)));
      }
      while (!inFlight.isEmpty()) {
        deliver(inFlight.poll(), sink);
      }
      if (failure != null) {
        throw failure;
      }
      return tally.summary(lines.lineNumber());
    } finally {
      for (Future<?> f : inFlight) {
        f.cancel(true);
      }
      workers.shutdownNow();
    }
  }

  private void deliver(Future<List<RecordResult<T>>> f, Consumer<? super RecordResult<T>> sink)
      throws IOException {
    List<RecordResult<T>> results;
    try {
      results = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException) {
        throw (RuntimeException) c;
      }
      if (c instanceof Error) {
        throw (Error) c;
      }
      throw new IOException(c);
    }
    for (RecordResult<T> r : results) {
      tally.count(r);
      sink.accept(r);
    }
  }

  /** Lines (copied) and ready results, in line order. */
  private static final class Block<T> {
    private byte[] data = new byte[64 * 1024];
    private int used;
    private int count;
    private int[] offsets = new int[BLOCK_LINES];
    private int[] lengths = new int[BLOCK_LINES];
    private long[] lineNumbers = new long[BLOCK_LINES];
    /** Results known without parsing (too long lines), by position; mostly null. */
    private List<RecordResult<T>> ready;

    void addLine(byte[] b, int len, long line) {
      if (used + len > data.length) {
        data = Arrays.copyOf(data, Math.max(data.length * 2, used + len));
      }
      System.arraycopy(b, 0, data, used, len);
      slot(used, len, line);
      used += len;
    }

    void addResult(RecordResult<T> r) {
      if (ready == null) {
        ready = new ArrayList<>();
      }
      while (ready.size() < count) {
        ready.add(null);
      }
      ready.add(r);
      slot(-1, 0, r.line());
    }

    private void slot(int off, int len, long line) {
      offsets[count] = off;
      lengths[count] = len;
      lineNumbers[count] = line;
      count++;
    }

    boolean full() {
      return count == BLOCK_LINES || used >= BLOCK_BYTES;
    }

    boolean isEmpty() {
      return count == 0;
    }

    List<RecordResult<T>> parse(RecordReader<T> reader) {
      List<RecordResult<T>> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        if (offsets[i] < 0) {
          out.add(ready.get(i));
        } else {
          out.add(reader.parseLine(data, offsets[i], lengths[i], lineNumbers[i]));
        }
      }
      return out;
    }
  }
}
