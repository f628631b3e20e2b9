package id.posyandu.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the NDJSON reader with arbitrary bytes: nothing escapes, every line is accounted for, and
 * the summary adds up. Under Surefire it replays the corpus kept in
 * {@code src/test/resources/id/posyandu/json/RecordReaderFuzzTestInputs/readsAnyBytes/} as a
 * regression test; {@code JAZZER_FUZZ=1 ./mvnw -pl posyandu-json test -Dtest=RecordReaderFuzzTest}
 * fuzzes for real (add new findings to the corpus).
 */
class RecordReaderFuzzTest {

  private static final RecordTypes TYPES = RecordTypes.builder()
      .add("sample", Sample.class).add("other", RecordReaderTest.Other.class).build();
  private static final PosyanduJson JSON = PosyanduJson.withoutValidation()
      .withLimits(JsonLimits.DEFAULTS.withMaxLineBytes(4096).withMaxNestingDepth(16));

  @FuzzTest(maxDuration = "30s")
  void readsAnyBytes(byte[] data) throws IOException {
    check(data, JSON.recordReader(TYPES));
    check(data, JSON.recordReader(Sample.class));
    JSON.read(data, Sample.class);
    JSON.read(data, TYPES);
  }

  private static <T> void check(byte[] data, RecordReader<T> reader) throws IOException {
    List<RecordResult<T>> results = new ArrayList<>();
    ReadSummary s = reader.read(new ByteArrayInputStream(data), results::add);
    assertThat(s.read()).isEqualTo(results.size());
    assertThat(s.read()).isEqualTo(s.accepted() + s.rejected());
    assertThat(s.lines()).isEqualTo(expectedLines(data));
    long previous = 0;
    for (RecordResult<T> r : results) {
      assertThat(r.line()).isGreaterThan(previous);
      previous = r.line();
      assertThat(r.accepted() || !r.problems().isEmpty()).isTrue();
      for (JsonProblem p : r.problems()) {
        assertThat(p.code()).matches("(JSON|VALIDATION)\\.[A-Z0-9_.]+");
        assertThat(p.line()).isEqualTo(r.line());
      }
    }
  }

  private static long expectedLines(byte[] data) {
    long n = 0;
    for (byte b : data) {
      if (b == '\n') {
        n++;
      }
    }
    return data.length > 0 && data[data.length - 1] != '\n' ? n + 1 : n;
  }
}
