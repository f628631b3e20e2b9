package id.posyandu.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reading on several threads gives what reading on one gives: the same results in line order,
 * the same summary, for valid, invalid, blank and too-long lines, across block boundaries.
 */
class ParallelReadTest {

  @Test
  void parallelReadDeliversTheSameResultsInLineOrder() throws IOException {
    List<String> generated = FastPathDifferentialTestData.lines(300);
    Random r = new Random(42);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
    for (String line : generated) {
      String l = r.nextInt(10) == 0 ? FastPathDifferentialTest.mutate(line, r) : line;
      b.write(l.getBytes(StandardCharsets.UTF_8));
      b.write(r.nextInt(20) == 0 ? "\r\n \t\n".getBytes(StandardCharsets.UTF_8) : new byte[] {'\n'});
      if (r.nextInt(500) == 0) {
        b.write(("{\"x\":\"" + "y".repeat(5_000) + "\"}\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    b.write(new byte[] {'{', (byte) 0xc3, '}', '\n'}); // invalid UTF-8
    byte[] input = b.toByteArray();
    PosyanduJson json = PosyanduJson.asOf(FastPathDifferentialTestData.AS_OF)
        .withLimits(JsonLimits.DEFAULTS.withMaxLineBytes(4_000));
    RecordReader<Object> one = json.recordReader(RecordTypes.core());
    List<RecordResult<Object>> expected = new ArrayList<>();
    ReadSummary s1 = one.read(new ByteArrayInputStream(input), expected::add);
    assertThat(s1.rejected()).isGreaterThan(10);
    assertThat(s1.blank()).isGreaterThan(10);
    for (int threads : new int[] {2, 3, 8}) {
      List<RecordResult<Object>> got = new ArrayList<>();
      ReadSummary s = one.parallel(threads).read(new ByteArrayInputStream(input), got::add);
      assertThat(s).as("%d threads", threads).isEqualTo(s1);
      assertThat(got).as("%d threads", threads).hasSameSizeAs(expected);
      for (int i = 0; i < got.size(); i++) {
        RecordResult<Object> g = got.get(i);
        RecordResult<Object> e = expected.get(i);
        assertThat(g.line()).isEqualTo(e.line());
        assertThat(g.problems()).isEqualTo(e.problems());
        assertThat(g.value()).isEqualTo(e.value());
        assertThat(g.typeName()).isEqualTo(e.typeName());
      }
    }
    assertThat(one.parallel(2).threads()).isEqualTo(2);
    assertThat(one.parallel(1)).isSameAs(one);
  }

  @Test
  void anUnreadableStreamDeliversWhatWasReadThenFails() {
    byte[] lines = String.join("\n", FastPathDifferentialTestData.lines(50))
        .getBytes(StandardCharsets.UTF_8);
    InputStream failing = new InputStream() {
      int at;

      @Override
      public int read() throws IOException {
        if (at >= lines.length / 2) {
          throw new IOException("disk gone");
        }
        return lines[at++];
      }
    };
    List<RecordResult<Object>> got = new ArrayList<>();
    assertThatThrownBy(() -> PosyanduJson.withoutValidation().recordReader(RecordTypes.core())
        .parallel(2).read(failing, got::add)).isInstanceOf(IOException.class)
        .hasMessage("disk gone");
    assertThat(got).isNotEmpty();
    for (int i = 0; i < got.size(); i++) {
      assertThat(got.get(i).line()).isEqualTo(i + 1L);
    }
  }

  @Test
  void aFailingSinkStopsTheRead() {
    byte[] lines = String.join("\n", FastPathDifferentialTestData.lines(50))
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PosyanduJson.withoutValidation().recordReader(RecordTypes.core())
        .parallel(2).read(new ByteArrayInputStream(lines), r -> {
          throw new IllegalStateException("sink");
        })).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> PosyanduJson.withoutValidation().recordReader(RecordTypes.core())
        .parallel(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
