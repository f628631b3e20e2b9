package id.posyandu.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.json.internal.LineSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecordReaderTest {

  private static final PosyanduJson JSON = PosyanduJson.withoutValidation();
  private static final RecordTypes TYPES = RecordTypes.builder()
      .add("sample", Sample.class).add("other", Other.class).build();

  /** A second record type for files of mixed records. */
  public record Other(String code) {}

  private static List<RecordResult<Sample>> readAll(byte[] bytes, List<ReadSummary> summary)
      throws IOException {
    List<RecordResult<Sample>> out = new ArrayList<>();
    summary.add(JSON.recordReader(Sample.class).read(new ByteArrayInputStream(bytes), out::add));
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyLineIsAcceptedOrRejectedWithItsLineNumber() throws IOException {
    String file = Sample.json("A", 1) + "\n" + "{bad\n" + Sample.json("B", 2) + "\n"
        + "{\"name\":\"C\"}\n" + Sample.json("D", 4);
    List<ReadSummary> s = new ArrayList<>();
    List<RecordResult<Sample>> r = readAll(utf8(file), s);
    assertThat(r).extracting(RecordResult::line).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(r).extracting(RecordResult::accepted).containsExactly(true, false, true, false, true);
    assertThat(r.get(1).problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(2));
    assertThat(r.get(4).value().orElseThrow().name()).isEqualTo("D");
    assertThat(s.get(0)).isEqualTo(new ReadSummary(5, 5, 3, 2, 0, 0, s.get(0).bytes()));
  }

  @Test
  void bomCrlfAndBlankLinesAreHandledAndCounted() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
    b.write(utf8(Sample.json("A", 1) + "\r\n\r\n   \n\t\n" + Sample.json("B", 2) + "\r\n\n"));
    List<ReadSummary> s = new ArrayList<>();
    List<RecordResult<Sample>> r = readAll(b.toByteArray(), s);
    assertThat(r).extracting(RecordResult::accepted).containsExactly(true, true);
    assertThat(r).extracting(RecordResult::line).containsExactly(1L, 5L);
    ReadSummary sum = s.get(0);
    assertThat(sum.lines()).isEqualTo(6);
    assertThat(sum.blank()).isEqualTo(4);
    assertThat(sum.read()).isEqualTo(2);
  }

  @Test
  void aBomAtTheStartOfAnyLineIsSkippedAsWhenFilesAreConcatenated() throws IOException {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(utf8(Sample.json("A", 1) + "\n"));
    b.write(bom);
    b.write(utf8(Sample.json("B", 1) + "\n"));
    List<RecordResult<Sample>> r = readAll(b.toByteArray(), new ArrayList<>());
    assertThat(r).extracting(RecordResult::accepted).containsExactly(true, true);
  }

  @Test
  void invalidUtf8IsAProblemOfThatLineOnly() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(utf8(Sample.json("A", 1) + "\n"));
    b.write(utf8("{\"name\":\""));
    b.write(new byte[] {(byte) 0xc0, (byte) 0xaf}); // overlong '/'
    b.write(utf8("\"}\n"));
    b.write(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80, '\n'}); // a surrogate
    b.write(utf8(Sample.json("B", 2) + "\n"));
    List<RecordResult<Sample>> r = readAll(b.toByteArray(), new ArrayList<>());
    assertThat(r).extracting(RecordResult::accepted).containsExactly(true, false, false, true);
    assertThat(r.get(1).problems().get(0).code()).isEqualTo("JSON.INVALID_UTF8");
    assertThat(r.get(1).problems().get(0).column()).isEqualTo(10);
    assertThat(r.get(2).problems().get(0).code()).isEqualTo("JSON.INVALID_UTF8");
  }

  @Test
  void aTooLongLineIsSkippedWithoutBeingHeldInMemory() throws IOException {
    int limit = 1000;
    PosyanduJson small = PosyanduJson.withoutValidation().withLimits(JsonLimits.DEFAULTS.withMaxLineBytes(limit));
    String good = Sample.json("A", 1);
    // a 50 MB line, generated as it is read: never materialised
    long longLen = 50L << 20;
    InputStream in = new ConcatStream(utf8(good + "\n"), longLen, utf8("\n" + good + "\n"));
    List<RecordResult<Sample>> r = new ArrayList<>();
    ReadSummary s = small.recordReader(Sample.class).read(in, r::add);
    assertThat(r).extracting(RecordResult::accepted).containsExactly(true, false, true);
    JsonProblem p = r.get(1).problems().get(0);
    assertThat(p.code()).isEqualTo("JSON.LINE_TOO_LONG");
    assertThat(p.line()).isEqualTo(2);
    assertThat(s.read()).isEqualTo(3);
  }

  @Test
  void theLineBufferNeverGrowsPastTheLimit() throws IOException {
    LineSource src = new LineSource(new ConcatStream(new byte[0], 10L << 20, new byte[0]), 4096);
    assertThat(src.next()).isEqualTo(LineSource.Status.TOO_LONG);
    assertThat(src.length()).isEqualTo(10L << 20);
    assertThat(src.bytes().length).isLessThanOrEqualTo(4097);
    assertThat(src.next()).isEqualTo(LineSource.Status.END);
  }

  @Test
  void aLineOfExactlyTheLimitIsRead() throws IOException {
    String good = Sample.json("A", 1);
    PosyanduJson exact = PosyanduJson.withoutValidation().withLimits(
        JsonLimits.DEFAULTS.withMaxLineBytes(good.length()));
    List<RecordResult<Sample>> r = new ArrayList<>();
    exact.recordReader(Sample.class).read(
        new ByteArrayInputStream(utf8(good + "\r\n" + good + " \n")), r::add);
    assertThat(r).extracting(RecordResult::accepted).containsExactly(true, false);
    assertThat(r.get(1).problems().get(0).code()).isEqualTo("JSON.LINE_TOO_LONG");
  }

  @Test
  void mixedRecordsNameTheirTypeAnywhereInTheLine() throws IOException {
    String file = "{\"type\":\"other\",\"code\":\"X\"}\n"
        + "{\"code\":\"Y\",\"type\":\"other\"}\n"
        + "{\"type\":\"sample\"," + Sample.json("A", 1).substring(1) + "\n"
        + "{\"code\":\"Z\"}\n"
        + "{\"type\":\"nope\",\"code\":\"Z\"}\n"
        + "{\"type\":5,\"code\":\"Z\"}\n"
        + "{\"type\":\"other\",\"type\":\"other\",\"code\":\"Z\"}\n"
        + "{\"type\":\"other\",\"code\":\"Z\",\"extra\":{\"type\":\"x\"}}\n";
    List<RecordResult<Object>> r = new ArrayList<>();
    ReadSummary s = JSON.recordReader(TYPES).read(new ByteArrayInputStream(utf8(file)), r::add);
    assertThat(r).extracting(RecordResult::accepted)
        .containsExactly(true, true, true, false, false, false, false, false);
    assertThat(r.get(0).value().orElseThrow()).isEqualTo(new Other("X"));
    assertThat(r.get(2).value().orElseThrow()).isInstanceOf(Sample.class);
    assertThat(r.get(2).typeName()).contains("sample");
    assertThat(r.subList(3, 8)).extracting(x -> x.problems().get(0).code()).containsExactly(
        "JSON.MISSING_TYPE", "JSON.UNKNOWN_TYPE", "JSON.MISSING_TYPE", "JSON.DUPLICATE_KEY",
        "JSON.UNKNOWN_PROPERTY");
    assertThat(s.accepted()).isEqualTo(3);
    assertThat(s.rejected()).isEqualTo(5);
  }

  @Test
  void aDeclaredTypeAcceptsItsOwnTypeNameOnly() throws IOException {
    String file = "{\"type\":\"other\",\"code\":\"X\"}\n{\"type\":\"sample\",\"code\":\"X\"}\n";
    List<RecordResult<Other>> r = new ArrayList<>();
    JSON.recordReader(Other.class, "other").read(new ByteArrayInputStream(utf8(file)), r::add);
    assertThat(r).extracting(RecordResult::accepted).containsExactly(true, false);
    assertThat(r.get(1).problems().get(0).code()).isEqualTo("JSON.UNKNOWN_PROPERTY");
    assertThat(r.get(1).problems().get(0).pointer()).isEqualTo("/type");
  }

  @Test
  void theCursorIteratesAndCountsAsItGoes() throws IOException {
    byte[] file = utf8(Sample.json("A", 1) + "\n\nx\n");
    try (RecordReader.Cursor<Sample> c =
        JSON.recordReader(Sample.class).open(new ByteArrayInputStream(file))) {
      assertThat(c.next().accepted()).isTrue();
      assertThat(c.summary().read()).isEqualTo(1);
      assertThat(c.next().accepted()).isFalse();
      assertThat(c.hasNext()).isFalse();
      assertThat(c.summary()).isEqualTo(new ReadSummary(3, 2, 1, 1, 1, 0, c.summary().bytes()));
    }
  }

  @Test
  void whatTheWriterWritesTheReaderReads() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Object> records = List.of(new Other("X"), new Sample("Ani", 1,
        java.time.LocalDate.of(2024, 1, 31), id.posyandu.core.SpmArea.SOSIAL, false, List.of()),
        new Other(""));
    try (RecordWriter w = RecordWriter.of(JSON, out, TYPES)) {
      for (Object o : records) {
        w.write(o);
      }
      assertThat(w.written()).isEqualTo(3);
    }
    List<Object> back = new ArrayList<>();
    ReadSummary s = JSON.recordReader(TYPES).read(new ByteArrayInputStream(out.toByteArray()),
        x -> back.add(x.value().orElseThrow()));
    assertThat(back).isEqualTo(records);
    assertThat(s.lines()).isEqualTo(3);
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"type\":\"other\",");
  }

  /**
   * Property: whatever garbage is mixed in, every good line is delivered, every other line is
   * reported, and the summary adds up (seeded; the seed is in the assertion message).
   */
  @Test
  void noGoodLineIsEverLost() throws IOException {
    long seed = Long.getLong("posyandu.seed", 20261205L); // seed policy: docs/TESTING.md
    Random rnd = new Random(seed);
    for (int round = 0; round < 30; round++) {
      StringBuilder file = new StringBuilder();
      List<Long> goodLines = new ArrayList<>();
      long line = 0;
      int n = 1 + rnd.nextInt(60);
      for (int i = 0; i < n; i++) {
        line++;
        int kind = rnd.nextInt(4);
        if (kind == 0) {
          goodLines.add(line);
          file.append(Sample.json("N" + line, rnd.nextInt(100)));
        } else if (kind == 1) {
          String g = Sample.json("G", 1);
          int cut = rnd.nextInt(g.length());
          file.append(g, 0, cut);
        } else if (kind == 2) {
          for (int k = rnd.nextInt(40); k > 0; k--) {
            char c = (char) (rnd.nextInt(0x250) + 1);
            file.append(c == '\n' || c == '\r' ? 'x' : c);
          }
          if (file.length() == 0 || file.charAt(file.length() - 1) == '\n') {
            file.append('!');
          }
        } else {
          file.append(ProblemMappingTest.with("count=" + (rnd.nextBoolean() ? "\"x\"" : "-5")));
        }
        file.append(rnd.nextBoolean() ? "\n" : "\r\n");
      }
      List<ReadSummary> s = new ArrayList<>();
      List<RecordResult<Sample>> r = readAll(utf8(file.toString()), s);
      String msg = "seed " + seed + " round " + round;
      assertThat(r.stream().filter(RecordResult::accepted).map(RecordResult::line))
          .as(msg).containsExactlyElementsOf(goodLines);
      ReadSummary sum = s.get(0);
      assertThat(sum.read()).as(msg).isEqualTo(sum.accepted() + sum.rejected());
      assertThat(sum.lines()).as(msg).isEqualTo(line);
      assertThat(r.stream().filter(x -> !x.accepted()))
          .as(msg).allSatisfy(x -> assertThat(x.problems()).isNotEmpty());
    }
  }

  /** head + {@code n} bytes of 'a' + tail, generated on the fly. */
  static final class ConcatStream extends InputStream {
    private final byte[] head;
    private final byte[] tail;
    private final long n;
    private long pos;

    ConcatStream(byte[] head, long n, byte[] tail) {
      this.head = head;
      this.n = n;
      this.tail = tail;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      long total = head.length + n + tail.length;
      if (pos >= total) {
        return -1;
      }
      int k = 0;
      while (k < len && pos < total) {
        if (pos < head.length) {
          b[off + k] = head[(int) pos];
        } else if (pos < head.length + n) {
          b[off + k] = 'a';
        } else {
          b[off + k] = tail[(int) (pos - head.length - n)];
        }
        k++;
        pos++;
      }
      return k;
    }
  }
}
