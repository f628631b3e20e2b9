package id.posyandu.json;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes records as NDJSON, the format {@link RecordReader} reads: UTF-8 without byte order mark, one
 * canonical JSON object per line, each line ended by {@code \n}. With {@link RecordTypes}, each line
 * starts with the record's {@code type} member: {@code {"type":"visit",...}}.
 *
 * <p>Not thread-safe: one writer per stream.
 */
public final class RecordWriter implements Closeable, Flushable {

  private static final byte[] TYPE_OPEN = "{\"type\":\"".getBytes(StandardCharsets.US_ASCII);

  private final PosyanduJson json;
  private final OutputStream out;
  private final RecordTypes types;
  private long written;

  private RecordWriter(PosyanduJson json, OutputStream out, RecordTypes types) {
    this.json = Objects.requireNonNull(json, "json");
    this.out = Objects.requireNonNull(out, "out");
    this.types = types;
  }

  /** A writer of records of one type (no {@code type} member). */
  public static RecordWriter of(PosyanduJson json, OutputStream out) {
    return new RecordWriter(json, out, null);
  }

  /** A writer of mixed records, each line naming its type from {@code types}. */
  public static RecordWriter of(PosyanduJson json, OutputStream out, RecordTypes types) {
    return new RecordWriter(json, out, Objects.requireNonNull(types, "types"));
  }

  /**
   * Writes one record as one line.
   *
   * @throws IllegalArgumentException when the writer has types and the record's type has no name
   * @throws IOException when the stream cannot be written
   */
  public void write(Object record) throws IOException {
    byte[] body = json.writeBytes(record);
    if (body.length == 0 || body[0] != '{') {
      throw new IllegalArgumentException("a record must serialize to a JSON object: "
          + record.getClass().getSimpleName());
    }
    if (types == null) {
      out.write(body);
    } else {
      String name = types.nameOf(record.getClass()).orElseThrow(() ->
          new IllegalArgumentException("no record type name for "
              + record.getClass().getSimpleName() + " in " + types));
      out.write(TYPE_OPEN);
      out.write(name.getBytes(StandardCharsets.UTF_8));
      out.write('"');
      if (body.length > 2) {
        out.write(',');
      }
      out.write(body, 1, body.length - 1);
    }
    out.write('\n');
    written++;
  }

  /** Records written so far. */
  public long written() {
    return written;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Flushes and closes the stream. */
  @Override
  public void close() throws IOException {
    out.close();
  }
}
