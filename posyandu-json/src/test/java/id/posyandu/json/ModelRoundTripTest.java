package id.posyandu.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.model.Household;
import id.posyandu.core.model.Kader;
import id.posyandu.core.model.Posyandu;
import id.posyandu.core.model.ServiceRequest;
import id.posyandu.core.record.ResidentRecords;
import id.posyandu.core.record.ServiceRecord;
import id.posyandu.core.record.Visit;
import id.posyandu.core.testing.ValidInstances;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every model type round-trips: object → JSON → object is equal, and JSON → object → JSON is the
 * same text. Instances come from the core's seeded generators of valid instances (the seed is in
 * every assertion message); read back as of the same date, none has a problem.
 */
class ModelRoundTripTest {

  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final PosyanduJson JSON = PosyanduJson.asOf(AS_OF);

  /** One of each record type and every kind of service record, from the seed. */
  static List<Object> instances(long seed) {
    ValidInstances g = new ValidInstances(seed, AS_OF);
    List<Object> all = new ArrayList<>();
    ResidentRecords rr = g.residentRecords();
    all.add(rr);
    all.add(rr.resident());
    all.addAll(rr.visits());
    all.addAll(rr.pregnancies());
    all.add(g.posyandu());
    all.add(g.kader());
    all.add(g.household());
    all.add(g.serviceRequest());
    List<ServiceRecord> every = g.everyRecord();
    all.addAll(every);
    all.add(Visit.builder().from(rr.visits().get(0)).records(every).build());
    return all;
  }

  @Test
  void everyTypeRoundTripsThroughJson() {
    long seed = Long.getLong("posyandu.seed", 20261205L); // seed policy: docs/TESTING.md
    Set<Class<?>> seen = new HashSet<>();
    for (int round = 0; round < 20; round++) {
      for (Object o : instances(seed + round)) {
        String msg = "seed " + (seed + round) + ", " + o.getClass().getSimpleName();
        String json = JSON.write(o);
        Class<?> type = modelType(o);
        @SuppressWarnings("unchecked")
        RecordResult<Object> back = JSON.read(json, (Class<Object>) type);
        assertThat(back.problems()).as(msg + " " + json).filteredOn(JsonProblem::isError).isEmpty();
        assertThat(back.value()).as(msg).contains(o);
        assertThat(JSON.write(back.value().orElseThrow())).as(msg).isEqualTo(json);
        seen.add(type);
      }
    }
    assertThat(seen).contains(Visit.class, ResidentRecords.class, Posyandu.class, Kader.class,
        Household.class, ServiceRequest.class);
    assertThat(seen.stream().filter(ServiceRecord.class::isAssignableFrom).count())
        .as("kinds of service record").isEqualTo(26);
  }

  @Test
  void mixedRecordsRoundTripThroughNdjson() throws Exception {
    long seed = Long.getLong("posyandu.seed", 20261205L); // seed policy: docs/TESTING.md
    List<Object> records = new ArrayList<>();
    for (Object o : instances(seed)) {
      if (RecordTypes.core().nameOf(o.getClass()).isPresent()) {
        records.add(o);
      }
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (RecordWriter w = RecordWriter.of(JSON, out, RecordTypes.core())) {
      for (Object o : records) {
        w.write(o);
      }
    }
    List<Object> back = new ArrayList<>();
    ReadSummary s = JSON.recordReader(RecordTypes.core())
        .read(new java.io.ByteArrayInputStream(out.toByteArray()), r -> {
          assertThat(r.problems()).as("seed " + seed + " line " + r.line())
              .filteredOn(JsonProblem::isError).isEmpty();
          back.add(r.value().orElseThrow());
        });
    assertThat(back).as("seed " + seed).isEqualTo(records);
    assertThat(s.accepted()).isEqualTo(records.size());
  }

  @Test
  void serviceRecordsCarryTheirTypeNameFirstAndNoDerivedValues() {
    Visit v = Visit.builder().from(new ValidInstances(1, AS_OF).residentRecords().visits().get(0))
        .records(new ValidInstances(1, AS_OF).everyRecord().subList(0, 1)).build();
    String json = JSON.write(v);
    assertThat(json).contains("\"records\":[{\"type\":\"");
    assertThat(json).doesNotContain("\"area\"");
  }

  static Class<?> modelType(Object o) {
    Class<?> c = o.getClass();
    return c.getSimpleName().startsWith("Immutable")
        ? (c.getSuperclass() != Object.class ? c.getSuperclass() : c.getInterfaces()[0]) : c;
  }
}
