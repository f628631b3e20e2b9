package id.posyandu.json.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A set of bucket files on disk that many threads append entries to (each through its own
 * {@link Writer}, which buffers per bucket and appends whole buffers under the bucket's lock), and
 * that are read back one bucket at a time. The spill of the partitioned reader: what lets a report
 * over any number of records run in a heap that holds one bucket at a time.
 *
 * <p>An entry: a tag byte, the input file's index, the line number, four strings (each may be
 * null) and a payload of bytes (the record's JSON line, or empty).
 */
public final class Spill implements AutoCloseable {

  private static final int WRITER_BUFFER = 32 * 1024;

  private final Path[] files;
  private final FileChannel[] channels;
  private final long[] sizes;

  /** Creates {@code buckets} empty files named {@code prefix-N} in {@code dir}. */
  public Spill(Path dir, String prefix, int buckets) throws IOException {
    files = new Path[buckets];
    channels = new FileChannel[buckets];
    sizes = new long[buckets];
    for (int i = 0; i < buckets; i++) {
      files[i] = dir.resolve(prefix + "-" + i);
      channels[i] = FileChannel.open(files[i], StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }
  }

  /** The number of buckets. */
  public int buckets() {
    return files.length;
  }

  /** The bytes written to a bucket so far. */
  public long size(int bucket) {
    synchronized (channels[bucket]) {
      return sizes[bucket];
    }
  }

  /** A new writer for one thread. */
  public Writer writer() {
    return new Writer();
  }

  private void append(int bucket, byte[] b, int len) {
    FileChannel c = channels[bucket];
    synchronized (c) {
      try {
        ByteBuffer buf = ByteBuffer.wrap(b, 0, len);
        while (buf.hasRemaining()) {
          c.write(buf);
        }
        sizes[bucket] += len;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Finishes writing (every writer must have been flushed). */
  public void finishWriting() throws IOException {
    for (FileChannel c : channels) {
      synchronized (c) {
        c.close();
      }
    }
  }

  /** Reads one bucket whole (after {@link #finishWriting()}). */
  public Entries read(int bucket) throws IOException {
    return new Entries(Files.readAllBytes(files[bucket]));
  }

  /** Deletes one bucket's file once it has been read. */
  public void delete(int bucket) throws IOException {
    Files.deleteIfExists(files[bucket]);
  }

  /** Deletes the files. */
  @Override
  public void close() throws IOException {
    for (int i = 0; i < files.length; i++) {
      if (channels[i].isOpen()) {
        channels[i].close();
      }
      Files.deleteIfExists(files[i]);
    }
  }

  /** Appends entries for one thread, buffered per bucket. Not thread-safe. */
  public final class Writer {
    private final byte[][] buf = new byte[files.length][];
    private final int[] len = new int[files.length];

    private Writer() {}

    /** Appends an entry to a bucket. */
    public void add(int bucket, byte tag, int file, long line, String s0, String s1, String s2,
        String s3, byte[] payload, int off, int plen) {
      byte[] e0 = utf8(s0);
      byte[] e1 = utf8(s1);
      byte[] e2 = utf8(s2);
      byte[] e3 = utf8(s3);
      int need = 1 + 4 + 8 + 4 * 4 + size(e0) + size(e1) + size(e2) + size(e3) + 4 + plen;
      byte[] b = ensure(bucket, need);
      int p = len[bucket];
      b[p++] = tag;
      p = putInt(b, p, file);
      p = putLong(b, p, line);
      p = putBytes(b, p, e0);
      p = putBytes(b, p, e1);
      p = putBytes(b, p, e2);
      p = putBytes(b, p, e3);
      p = putInt(b, p, plen);
      System.arraycopy(payload == null ? new byte[0] : payload, off, b, p, plen);
      p += plen;
      len[bucket] = p;
      if (p >= WRITER_BUFFER) {
        flush(bucket);
      }
    }

    private byte[] ensure(int bucket, int need) {
      byte[] b = buf[bucket];
      if (b == null) {
        b = new byte[Math.max(WRITER_BUFFER + 1024, need)];
        buf[bucket] = b;
      } else if (len[bucket] + need > b.length) {
        if (len[bucket] > 0) {
          flush(bucket);
        }
        if (need > b.length) {
          b = Arrays.copyOf(b, need);
          buf[bucket] = b;
        }
      }
      return b;
    }

    private void flush(int bucket) {
      if (len[bucket] > 0) {
        append(bucket, buf[bucket], len[bucket]);
        len[bucket] = 0;
      }
    }

    /** Appends every buffered entry to its file. */
    public void flush() {
      for (int i = 0; i < buf.length; i++) {
        flush(i);
      }
    }
  }

  /** The entries of one bucket, read in the order they were appended. */
  public static final class Entries {
    private final byte[] b;
    private int pos;
    private byte tag;
    private int file;
    private long line;
    private final String[] s = new String[4];
    private int payloadOff;
    private int payloadLen;

    Entries(byte[] b) {
      this.b = b;
    }

    /** Moves to the next entry; false at the end. */
    public boolean next() {
      if (pos >= b.length) {
        return false;
      }
      int p = pos;
      tag = b[p++];
      file = getInt(b, p);
      p += 4;
      line = getLong(b, p);
      p += 8;
      for (int i = 0; i < 4; i++) {
        int n = getInt(b, p);
        p += 4;
        if (n < 0) {
          s[i] = null;
        } else {
          s[i] = new String(b, p, n, StandardCharsets.UTF_8);
          p += n;
        }
      }
      payloadLen = getInt(b, p);
      p += 4;
      payloadOff = p;
      pos = p + payloadLen;
      return true;
    }

    /** The tag of the entry. */
    public byte tag() {
      return tag;
    }

    /** The input file index. */
    public int file() {
      return file;
    }

    /** The line number in the input file. */
    public long line() {
      return line;
    }

    /** One of the four strings (may be null). */
    public String string(int i) {
      return s[i];
    }

    /** The array holding the payload. */
    public byte[] bytes() {
      return b;
    }

    /** Where the payload starts in {@link #bytes()}. */
    public int payloadOffset() {
      return payloadOff;
    }

    /** The payload's length. */
    public int payloadLength() {
      return payloadLen;
    }
  }

  private static byte[] utf8(String s) {
    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
  }

  private static int size(byte[] e) {
    return e == null ? 0 : e.length;
  }

  private static int putBytes(byte[] b, int p, byte[] e) {
    if (e == null) {
      return putInt(b, p, -1);
    }
    p = putInt(b, p, e.length);
    System.arraycopy(e, 0, b, p, e.length);
    return p + e.length;
  }

  private static int putInt(byte[] b, int p, int v) {
    b[p] = (byte) (v >>> 24);
    b[p + 1] = (byte) (v >>> 16);
    b[p + 2] = (byte) (v >>> 8);
    b[p + 3] = (byte) v;
    return p + 4;
  }

  private static int putLong(byte[] b, int p, long v) {
    putInt(b, p, (int) (v >>> 32));
    return putInt(b, p + 4, (int) v);
  }

  private static int getInt(byte[] b, int p) {
    return ((b[p] & 0xff) << 24) | ((b[p + 1] & 0xff) << 16) | ((b[p + 2] & 0xff) << 8)
        | (b[p + 3] & 0xff);
  }

  private static long getLong(byte[] b, int p) {
    return ((long) getInt(b, p) << 32) | (getInt(b, p + 4) & 0xffffffffL);
  }
}
