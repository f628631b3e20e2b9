package id.posyandu.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fuzzes the NDJSON reader with the real record types of posyandu-core and validation on (issue
 * 19): no exception escapes, read = accepted + rejected, every problem has a documented code and a
 * message in both languages, and an accepted record validates again without errors.
 *
 * <p>Replays {@code src/test/resources/id/posyandu/json/CoreRecordsFuzzTestInputs/readsCoreRecords/}
 * (seeded from the malformed corpus and generated records) under Surefire; {@code JAZZER_FUZZ=1
 * ./mvnw -pl posyandu-json test -Dtest=CoreRecordsFuzzTest} fuzzes.
 */
class CoreRecordsFuzzTest {

  private static final PosyanduJson JSON = PosyanduJson.asOf(LocalDate.of(2026, 10, 31))
      .withLimits(JsonLimits.DEFAULTS.withMaxLineBytes(16384).withMaxNestingDepth(32));

  @FuzzTest(maxDuration = "30s")
  void readsCoreRecords(byte[] data) throws IOException {
    List<RecordResult<Object>> results = new ArrayList<>();
    ReadSummary s = JSON.recordReader(RecordTypes.core())
        .read(new ByteArrayInputStream(data), results::add);
    assertThat(s.read()).isEqualTo(results.size()).isEqualTo(s.accepted() + s.rejected());
    for (RecordResult<Object> r : results) {
      assertThat(r.accepted()).isEqualTo(r.value().isPresent()
          && r.problems().stream().noneMatch(JsonProblem::isError));
      for (JsonProblem p : r.problems()) {
        assertThat(p.code()).matches("(JSON\\.[A-Z0-9_]+|VALIDATION\\.[A-Z0-9_.]+)");
        assertThat(p.messageId()).isNotBlank();
        assertThat(p.messageEn()).isNotBlank().doesNotContain("Exception")
            .doesNotContain("com.fasterxml");
        assertThat(p.format(Locale.ENGLISH)).doesNotContain("\n");
      }
    }
    JSON.read(data, RecordTypes.core());
  }
}
