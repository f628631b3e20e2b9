package id.posyandu.json.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads lines of bytes from a stream in constant memory: a fixed read buffer plus one line buffer
 * that never grows past the line limit. A longer line is skipped to its end without being kept.
 *
 * <p>Lines end with {@code \n}; a {@code \r} before it is dropped (CRLF). A UTF-8 byte order mark at
 * the very start of the stream is dropped. A last line without a terminator is still a line; a
 * terminator at the very end does not start another line.
 */
public final class LineSource {

  /** What {@link #next()} found. */
  public enum Status {
    /** A line is in {@link #bytes()}, {@link #length()} bytes long. */
    LINE,
    /** A line longer than the limit was skipped; {@link #length()} is its length in bytes. */
    TOO_LONG,
    /** The end of the stream. */
    END
  }

  private static final int READ_BUFFER = 64 * 1024;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buf = new byte[READ_BUFFER];
  private int pos;
  private int limit;
  private byte[] line = new byte[256];
  private int lineLen;
  private long skippedLen;
  private long lineNumber;
  private boolean started;
  private boolean eof;

  /** Reads lines of at most {@code maxLineBytes} bytes (without terminator) from {@code in}. */
  public LineSource(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The 1-based number of the line last returned. */
  public long lineNumber() {
    return lineNumber;
  }

  /** The buffer holding the current line (valid up to {@link #length()}), reused by next(). */
  public byte[] bytes() {
    return line;
  }

  /** Length of the current line in bytes (without terminator). */
  public long length() {
    return skippedLen >= 0 ? skippedLen : lineLen;
  }

  /**
   * Advances to the next line.
   *
   * @throws IOException when the stream cannot be read
   */
  public Status next() throws IOException {
    lineLen = 0;
    skippedLen = -1;
    if (!started) {
      started = true;
      skipBom();
    }
    boolean any = false;
    boolean tooLong = false;
    long total = 0;
    while (true) {
      if (pos >= limit) {
        if (!fill()) {
          break;
        }
      }
      any = true;
      int start = pos;
      int nl = -1;
      for (int i = pos; i < limit; i++) {
        if (buf[i] == '\n') {
          nl = i;
          break;
        }
      }
      int chunkEnd = nl < 0 ? limit : nl;
      int chunk = chunkEnd - start;
      total += chunk;
      if (!tooLong) {
        if (lineLen + chunk > maxLineBytes + 1) {
          // one extra byte is allowed for a '\r' of CRLF, checked once the line is complete
          tooLong = true;
        } else {
          append(start, chunk);
        }
      }
      if (nl >= 0) {
        pos = nl + 1;
        return finish(tooLong, total);
      }
      pos = limit;
    }
    if (!any) {
      return Status.END;
    }
    return finish(tooLong, total);
  }

  private Status finish(boolean tooLong, long total) {
    lineNumber++;
    if (!tooLong && lineLen > 0 && line[lineLen - 1] == '\r') {
      lineLen--;
    }
    if (tooLong || lineLen > maxLineBytes) {
      skippedLen = total;
      lineLen = 0;
      return Status.TOO_LONG;
    }
    return Status.LINE;
  }

  private void append(int from, int n) {
    if (lineLen + n > line.length) {
      int cap = Math.max(line.length * 2, lineLen + n);
      byte[] bigger = new byte[Math.min(cap, maxLineBytes + 1)];
      System.arraycopy(line, 0, bigger, 0, lineLen);
      line = bigger;
    }
    System.arraycopy(buf, from, line, lineLen, n);
    lineLen += n;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  private void skipBom() throws IOException {
    while (limit - pos < 3 && !eof) {
      // gather up to three bytes at the start
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
    }
    if (limit - pos >= 3 && (buf[pos] & 0xff) == 0xef && (buf[pos + 1] & 0xff) == 0xbb
        && (buf[pos + 2] & 0xff) == 0xbf) {
      pos += 3;
    }
  }
}
