package id.posyandu.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.Visit;
import id.posyandu.core.record.VisitSetting;
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
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "JSON" example, as a test. */
class ReadmeJsonExampleTest {

  @TempDir Path dir;

  @Test
  void theReadmeExampleRuns() throws IOException {
    Visit visit = Visit.builder().id("v1").residentId("r1").kaderId("k1")
        .date(LocalDate.of(2025, 3, 11))
        .posyandu(PosyanduRegistrationNumber.parse("11.01.10.2001.001"))
        .setting(VisitSetting.POSYANDU_SESSION)
        .addRecords(Anthropometry.builder().weightKg(12.5).build())
        .build();

    PosyanduJson json = PosyanduJson.asOf(LocalDate.of(2025, 6, 30));

    String text = json.write(visit);
    RecordResult<Visit> back = json.read(text, Visit.class);
    assertThat(back.value()).contains(visit);

    RecordResult<Visit> bad = json.read(text.replace("2025-03-11", "2024-02-30"), Visit.class);
    JsonProblem p = bad.problems().get(0);
    assertThat(p.code()).isEqualTo("JSON.INVALID_DATE");
    assertThat(p.pointer()).isEqualTo("/date");
    assertThat(p.messageId()).startsWith("Tanggal tidak sah: seharusnya tanggal yang ada");

    Path file = dir.resolve("records.ndjson");
    Files.writeString(file, "{\"type\":\"visit\"," + text.substring(1) + "\n{oops\n");
    List<JsonProblem> printed = new ArrayList<>();
    ReadSummary summary = json.recordReader(RecordTypes.core())
        .read(file, r -> r.problems().forEach(printed::add));
    assertThat(summary.read()).isEqualTo(summary.accepted() + summary.rejected());
    assertThat(summary.accepted()).isEqualTo(1);
    assertThat(printed).extracting(JsonProblem::code).containsExactly("JSON.SYNTAX");
    assertThat(RecordTypes.class.getClassLoader()
        .getResource(RecordTypes.schemaResource("visit"))).isNotNull();
  }

  @Test
  void theReadmeResultsExampleRuns() throws IOException {
    PosyanduJson json = PosyanduJson.asOf(LocalDate.of(2025, 6, 30));

    String notComputed = "{\"computed\":false,\"indicator\":\"WEIGHT_FOR_LENGTH_HEIGHT\","
        + "\"reason\":\"OUT_OF_RANGE\"}";
    assertThat(json.write(ZScore.notComputed(Indicator.WEIGHT_FOR_LENGTH_HEIGHT,
        NotComputedReason.OUT_OF_RANGE))).isEqualTo(notComputed);
    Finding kek = Screening.standard().kek(KekGroup.PREGNANT, OptionalDouble.of(22.1));
    assertThat(json.read(json.write(kek), Finding.class).value()).contains(kek);

    String readme = Files.readString(Path.of("..", "README.md"));
    assertThat(readme).contains("json.read(json.write(kek), Finding.class).value();",
        "// " + notComputed);
    for (String name : RecordTypes.results().asMap().keySet()) {
      assertThat(readme).as("README lists the schema of " + name).contains("`" + name + "`");
    }
  }
}
