package id.posyandu.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed documents in {@code corpus/} (listed with what each must produce in
 * {@code corpus/manifest.tsv}): every file gives its problem code at its pointer and line, nothing
 * throws, every good line of an NDJSON file is still accepted, and the JSON Schema of the record
 * type agrees where a schema can see the fault.
 */
class MalformedCorpusTest {

  private static final String DIR = "/id/posyandu/json/corpus/";
  private static final LocalDate AS_OF = ModelRoundTripTest.AS_OF;
  private static final PosyanduJson JSON = PosyanduJson.asOf(AS_OF);

  /** One row of the manifest. */
  record Entry(String file, String type, String code, String pointer, long line, long accepted,
      String schema) {
    @Override
    public String toString() {
      return file + " -> " + code;
    }
  }

  static Stream<Entry> manifest() throws IOException {
    List<Entry> out = new ArrayList<>();
    for (String row : new String(resource("manifest.tsv"), StandardCharsets.UTF_8).split("\n")) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] c = row.split("\t");
      out.add(new Entry(c[0], c[1], c[2], "-".equals(c[3]) ? "" : c[3], Long.parseLong(c[4]),
          Long.parseLong(c[5]), c[6]));
    }
    return out.stream();
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = MalformedCorpusTest.class.getResourceAsStream(DIR + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void theCorpusHasAtLeastFiftyMalformedDocuments() throws IOException {
    assertThat(manifest().filter(e -> !e.code().equals("OK")).count()).isGreaterThanOrEqualTo(50);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifest")
  void eachFileGivesItsProblem(Entry e) throws IOException {
    byte[] bytes = resource(e.file());
    RecordResult<?> bad;
    if (e.type().equals("*")) {
      List<RecordResult<Object>> results = new ArrayList<>();
      ReadSummary s = JSON.recordReader(RecordTypes.core())
          .read(new ByteArrayInputStream(bytes), results::add);
      assertThat(s.accepted()).as(e + ": good lines accepted " + results).isEqualTo(e.accepted());
      assertThat(s.read()).isEqualTo(s.accepted() + s.rejected());
      bad = results.stream().filter(r -> r.line() == e.line()).findFirst().orElseThrow();
    } else {
      Class<?> type = RecordTypes.core().classOf(e.type()).orElseThrow();
      bad = JSON.read(new ByteArrayInputStream(bytes), type);
      if (e.code().equals("OK")) {
        assertThat(bad.accepted()).as(e + " " + bad).isTrue();
        assertSchema(e, new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", ""));
        return;
      }
    }
    assertThat(bad.accepted()).as(e + " " + bad).isFalse();
    assertThat(bad.problems()).as(e.toString())
        .anySatisfy(p -> {
          assertThat(p.code()).startsWith(e.code());
          assertThat(p.pointer()).isEqualTo(e.pointer());
          if (e.type().equals("*")) {
            assertThat(p.line()).isEqualTo(e.line());
          }
        });
    for (JsonProblem p : bad.problems()) {
      assertThat(p.messageId() + p.messageEn()).doesNotContain("Exception", "com.fasterxml")
          .doesNotContain("3174016106950001", "Siti Aminah");
    }
    if (!e.schema().equals("n/a")) {
      String doc = e.type().equals("*")
          ? new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "")
              .split("\r?\n")[(int) e.line() - 1]
          : new String(bytes, StandardCharsets.UTF_8);
      assertSchema(e, doc);
    }
  }

  private static void assertSchema(Entry e, String doc) throws IOException {
    JsonNode node = new ObjectMapper().readTree(doc);
    String type = e.type().equals("*") ? node.path("type").asText() : e.type();
    List<com.networknt.schema.Error> errors =
        SchemaResourcesGoldenTest.schema(type).validate(doc, InputFormat.JSON);
    if (e.schema().equals("reject")) {
      assertThat(errors).as(e + ": the schema rejects it too").isNotEmpty();
    } else {
      assertThat(errors).as(e + ": beyond what a schema can see").isEmpty();
    }
  }

  /** A 100 MB string, generated while it is read (never committed, never held in memory). */
  @Test
  void aHundredMegabyteStringIsALimitNotAnOutOfMemoryError() throws IOException {
    long hundredMb = 100L << 20;
    byte[] head = "{\"type\":\"visit\",\"id\":\"".getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\"}\n" + "{\"type\":\"resident\"," + "{\"birthDate\":\"1995-06-21\","
        .substring(1) + "\"disabilities\":[],\"householdId\":\"h1\",\"id\":\"r1\",\"name\":\"A\","
        + "\"relationToHead\":\"MERTUA\",\"sex\":\"FEMALE\"}\n").getBytes(StandardCharsets.UTF_8);
    List<RecordResult<Object>> results = new ArrayList<>();
    ReadSummary s = JSON.recordReader(RecordTypes.core())
        .read(new RecordReaderTest.ConcatStream(head, hundredMb, tail), results::add);
    assertThat(results.get(0).problems().get(0).code()).isEqualTo("JSON.LINE_TOO_LONG");
    assertThat(results.get(1).accepted()).as(results.get(1).toString()).isTrue();
    assertThat(s.read()).isEqualTo(2);

    RecordResult<Object> doc = JSON.read(
        new RecordReaderTest.ConcatStream(head, hundredMb, "\"}".getBytes(StandardCharsets.UTF_8)),
        RecordTypes.core());
    assertThat(doc.problems().get(0).code()).isEqualTo("JSON.LIMIT");

    PosyanduJson roomy = JSON.withLimits(JsonLimits.DEFAULTS.withMaxDocumentBytes(200L << 20));
    RecordResult<Object> big = roomy.read(
        new RecordReaderTest.ConcatStream(head, hundredMb, "\"}".getBytes(StandardCharsets.UTF_8)),
        RecordTypes.core());
    assertThat(big.problems().get(0).code()).isEqualTo("JSON.LIMIT");
  }
}
