package id.posyandu.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The routing scan finds what a JSON parser finds, or gives up; it never routes wrongly. */
class RouteScanTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String[] NAMES = {"type", "id", "posyandu", "householdId", "residentId",
      "kaderId"};

  @Test
  void findsTheTopLevelMembersAndSkipsNestedOnes() {
    String line = "{\"type\":\"visit\",\"date\":\"2025-10-17\",\"id\":\"V1\",\"kaderId\":\"K1-2\","
        + "\"posyandu\":\"32.04.01.2001.001\",\"records\":[{\"type\":\"anthropometry\","
        + "\"id\":\"nested\",\"weightKg\":15.8,\"x\":\"a}]\\\"b\"}],\"n\":-1.5e3,\"ok\":true,"
        + "\"nothing\":null,\"residentId\":\"R3\",\"setting\":\"POSYANDU_SESSION\"}";
    RouteScan s = new RouteScan();
    assertThat(s.scan(bytes(line), 0, bytes(line).length)).isTrue();
    assertThat(s.values()).containsExactly("visit", "V1", "32.04.01.2001.001", null, "R3",
        "K1-2");
  }

  @Test
  void givesUpOnEscapesInKeptValuesAndOnAnythingButOneObject() {
    RouteScan s = new RouteScan();
    for (String bad : new String[] {"{\"id\":\"R\\u0031\"}", "[1]", "{\"id\":\"a\"} x",
        "{\"id\":\"a\"", "{\"id\" \"a\"}", "{\"i\\d\":\"a\"}", "", "  ", "{\"a\":[1,2}"}) {
      assertThat(s.scan(bytes(bad), 0, bytes(bad).length)).as(bad).isFalse();
    }
  }

  @Test
  void agreesWithJacksonOnGeneratedObjects() throws Exception {
    Random random = new Random(20261205L);
    RouteScan s = new RouteScan();
    for (int i = 0; i < 2000; i++) {
      StringBuilder b = new StringBuilder("{");
      int members = random.nextInt(8);
      java.util.Set<String> used = new java.util.HashSet<>();
      for (int m = 0; m < members; m++) {
        String name = random.nextBoolean() ? NAMES[random.nextInt(NAMES.length)]
            : "other" + random.nextInt(5);
        if (!used.add(name)) {
          continue;
        }
        if (b.length() > 1) {
          b.append(random.nextBoolean() ? "," : " , ");
        }
        b.append('"').append(name).append("\":");
        switch (random.nextInt(4)) {
          case 0 -> b.append('"').append("v").append(random.nextInt(1000)).append('"');
          case 1 -> b.append(random.nextInt(100)).append(".5");
          case 2 -> b.append("{\"id\":\"in\",\"l\":[\"]\",{\"}\":1}]}");
          default -> b.append("[\"a\\\"\",null,true]");
        }
      }
      String line = b.append('}').toString();
      assertThat(s.scan(bytes(line), 0, bytes(line).length)).as(line).isTrue();
      JsonNode node = MAPPER.readTree(line);
      for (int n = 0; n < NAMES.length; n++) {
        JsonNode v = node.get(NAMES[n]);
        assertThat(s.values()[n]).as(line + " " + NAMES[n])
            .isEqualTo(v != null && v.isTextual() ? v.asText() : null);
      }
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
