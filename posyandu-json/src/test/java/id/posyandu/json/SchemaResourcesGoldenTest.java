package id.posyandu.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas shipped in {@code id/posyandu/json/schema/} are those the code generates
 * ({@link SchemaGenerator}), and every valid instance of every record type, written by
 * {@link PosyanduJson}, validates against the schema of its type (draft 2020-12, networknt).
 */
class SchemaResourcesGoldenTest {

  static final String DIR = "id/posyandu/json/schema/";
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<String, Schema> SCHEMAS = new HashMap<>();

  /** The shipped schema of a record type. */
  static synchronized Schema schema(String name) {
    return SCHEMAS.computeIfAbsent(name, n -> {
      try (InputStream in = SchemaResourcesGoldenTest.class.getClassLoader()
          .getResourceAsStream(DIR + n + ".schema.json")) {
        assertThat(in).as("schema resource of " + n).isNotNull();
        return REGISTRY.getSchema(in);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  @Test
  void shippedSchemasAreTheGeneratedOnes() throws IOException {
    for (Map.Entry<String, Class<?>> e : RecordTypes.core().asMap().entrySet()) {
      GoldenFiles.assertHolds(Path.of("src/main/resources", DIR, e.getKey() + ".schema.json"),
          SchemaGenerator.schemaText(e.getKey(), e.getValue()), "posyandu.updateSchemas");
    }
  }

  @Test
  void everyValidInstanceValidatesAgainstItsSchema() {
    long seed = Long.getLong("posyandu.seed", 20261205L); // seed policy: docs/TESTING.md
    PosyanduJson json = PosyanduJson.withoutValidation();
    int checked = 0;
    for (int round = 0; round < 10; round++) {
      for (Object o : ModelRoundTripTest.instances(seed + round)) {
        String name = RecordTypes.core().nameOf(o.getClass()).orElse(null);
        if (name == null) {
          continue;
        }
        String text = json.write(o);
        List<Error> errors = schema(name).validate(text, InputFormat.JSON);
        assertThat(errors).as("seed " + (seed + round) + " " + name + " " + text).isEmpty();
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50);
  }
}
