package id.posyandu.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.Visit;
import id.posyandu.core.record.VisitSetting;
import id.posyandu.json.JsonProblem;
import id.posyandu.json.PosyanduJson;
import id.posyandu.json.ReadSummary;
import id.posyandu.json.RecordResult;
import id.posyandu.json.RecordTypes;
import id.posyandu.rules.Finding;
import id.posyandu.rules.anthro.Indicator;
import id.posyandu.rules.anthro.NotComputedReason;
import id.posyandu.rules.anthro.ZScore;
import id.posyandu.rules.screening.KekGroup;
import id.posyandu.rules.screening.Screening;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The README's "JSON" example, as a test. */
class ReadmeJsonExampleTest {

  @Test
  void theReadmeExampleRuns() throws IOException {
    Visit visit = Visit.builder().id("v1").residentId("r1").kaderId("k1")
        .date(LocalDate.of(2025, 3, 11))
        .posyandu(PosyanduRegistrationNumber.parse("11.01.10.2001.001"))
        .setting(VisitSetting.POSYANDU_SESSION)
        .addRecords(Anthropometry.builder().weightKg(12.5).build())
        .build();

    Path records = Path.of("records.ndjson"); // the README reads it from the working directory
    Files.writeString(records, "{\"type\":\"visit\"," + PosyanduJson.asOf(LocalDate.of(2025, 6, 30))
        .write(visit).substring(1) + "\n{oops\n");
    try {
      PosyanduJson json = PosyanduJson.asOf(LocalDate.of(2025, 6, 30));

      String text = json.write(visit);                   // one line of canonical JSON
      RecordResult<Visit> back = json.read(text, Visit.class);
      back.value();                                      // Optional[Visit{...}]

      RecordResult<Visit> bad = json.read(text.replace("2025-03-11", "2024-02-30"), Visit.class);
      JsonProblem p = bad.problems().get(0);
      p.code();        // "JSON.INVALID_DATE"
      p.pointer();     // "/date"
      p.messageId();   // "Tanggal tidak sah: seharusnya tanggal yang ada ..."

      // NDJSON of any size in constant memory: every line accepted or reported, none lost
      ReadSummary summary = json.recordReader(RecordTypes.core())
          .read(Path.of("records.ndjson"), r -> r.problems().forEach(System.out::println));
      boolean allCounted = summary.read() == summary.accepted() + summary.rejected();   // always true

      // what the README's comments say
      assertThat(back.value()).contains(visit);
      assertThat(p.code()).isEqualTo("JSON.INVALID_DATE");
      assertThat(p.pointer()).isEqualTo("/date");
      assertThat(p.messageId()).startsWith("Tanggal tidak sah: seharusnya tanggal yang ada");
      assertThat(allCounted).isTrue();
      assertThat(summary.accepted()).isEqualTo(1);
      assertThat(summary.rejected()).isEqualTo(1);
    } finally {
      Files.delete(records);
    }
    assertThat(RecordTypes.class.getClassLoader()
        .getResource(RecordTypes.schemaResource("visit"))).isNotNull();
  }

  @Test
  void theReadmeResultsExampleRuns() throws IOException {
    PosyanduJson json = PosyanduJson.asOf(LocalDate.of(2025, 6, 30));

    json.write(ZScore.notComputed(Indicator.WEIGHT_FOR_LENGTH_HEIGHT, NotComputedReason.OUT_OF_RANGE));
    // {"computed":false,"indicator":"WEIGHT_FOR_LENGTH_HEIGHT","reason":"OUT_OF_RANGE"}
    Finding kek = Screening.standard().kek(KekGroup.PREGNANT, OptionalDouble.of(22.1));
    json.read(json.write(kek), Finding.class).value();  // Optional[kek]

    // what the README's comments say
    String notComputed = "{\"computed\":false,\"indicator\":\"WEIGHT_FOR_LENGTH_HEIGHT\","
        + "\"reason\":\"OUT_OF_RANGE\"}";
    assertThat(json.write(ZScore.notComputed(Indicator.WEIGHT_FOR_LENGTH_HEIGHT,
        NotComputedReason.OUT_OF_RANGE))).isEqualTo(notComputed);
    assertThat(json.read(json.write(kek), Finding.class).value()).contains(kek);

    String readme = Files.readString(Path.of("..", "README.md"));
    assertThat(readme).contains("json.read(json.write(kek), Finding.class).value();",
        "// " + notComputed);
    for (String name : RecordTypes.results().asMap().keySet()) {
      assertThat(readme).as("README lists the schema of " + name).contains("`" + name + "`");
    }
  }
}
