package id.posyandu.rules.indicator.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.posyandu.core.SpmArea;
import id.posyandu.rules.Citation;
import id.posyandu.rules.Confidence;
import id.posyandu.rules.indicator.Condition;
import id.posyandu.rules.indicator.IndicatorDefinition;
import id.posyandu.rules.indicator.IndicatorLevel;
import id.posyandu.rules.indicator.PeriodType;
import id.posyandu.rules.indicator.SubjectType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the indicator catalog's JSON. Jackson is used here only, inside posyandu-rules; it is not
 * part of the rules API.
 */
public final class CatalogJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final Set<String> KNOWN = Set.of("id", "area", "labelId", "labelEn", "subject",
      "denominator", "numerator", "exclusion", "anchor", "period", "target", "higherIsBetter",
      "level", "source");

  private CatalogJson() {}

  /**
   * A parsed catalog.
   *
   * @param name the catalog's name
   * @param version its version
   * @param definitions its definitions
   */
  public record Parsed(String name, String version, List<IndicatorDefinition> definitions) {}

  /** Reads a catalog; problems name the source and the indicator. */
  public static Parsed read(InputStream in, String source) throws IOException {
    JsonNode root;
    try (JsonParser p = MAPPER.createParser(in)) {
      root = MAPPER.readTree(p);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalArgumentException(source + ": JSON tidak sah / invalid JSON at line "
          + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ": "
          + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(source + ": a catalog is a JSON object");
    }
    String name = text(root, "catalog", source);
    String version = text(root, "version", source);
    JsonNode list = root.get("indicators");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException(source + ": 'indicators' must be an array");
    }
    List<IndicatorDefinition> defs = new ArrayList<>();
    int i = 0;
    for (JsonNode n : list) {
      String where = source + ": indicators[" + i++ + "]"
          + (n.hasNonNull("id") ? " (" + n.get("id").asText() + ")" : "");
      defs.add(definition(n, where));
    }
    return new Parsed(name, version, defs);
  }

  private static IndicatorDefinition definition(JsonNode n, String where) {
    if (!n.isObject()) {
      throw new IllegalArgumentException(where + ": an indicator is a JSON object");
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!KNOWN.contains(f)) {
        throw new IllegalArgumentException(where + ": unknown field '" + f + "' (known: "
            + KNOWN + ")");
      }
    }
    try {
      JsonNode src = n.get("source");
      if (src == null || !src.isObject()) {
        throw new IllegalArgumentException("'source' must be an object with document, locator, "
            + "confidence");
      }
      Citation citation = new Citation(text(src, "document", where),
          src.hasNonNull("locator") ? src.get("locator").asText() : "",
          Confidence.fromTag(text(src, "confidence", where)));
      Optional<Double> target = Optional.empty();
      if (n.hasNonNull("target")) {
        if (!n.get("target").isNumber()) {
          throw new IllegalArgumentException("'target' must be a number (percent)");
        }
        target = Optional.of(n.get("target").asDouble());
      }
      boolean higherIsBetter = !n.hasNonNull("higherIsBetter") || n.get("higherIsBetter").asBoolean();
      return new IndicatorDefinition(
          text(n, "id", where),
          SpmArea.fromCode(text(n, "area", where)),
          text(n, "labelId", where),
          text(n, "labelEn", where),
          SubjectType.valueOf(text(n, "subject", where)),
          condition(required(n, "denominator", where), where),
          condition(required(n, "numerator", where), where),
          n.hasNonNull("exclusion") ? Optional.of(condition(n.get("exclusion"), where))
              : Optional.empty(),
          text(n, "anchor", where),
          PeriodType.valueOf(text(n, "period", where)),
          target,
          higherIsBetter,
          IndicatorLevel.valueOf(text(n, "level", where)),
          citation);
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      throw new IllegalArgumentException(m != null && m.startsWith(where) ? m : where + ": " + m, e);
    }
  }

  private static Condition condition(JsonNode n, String where) {
    if (n.isTextual()) {
      return Condition.ref(n.asText());
    }
    if (n.isObject() && n.size() == 1) {
      String op = n.fieldNames().next();
      JsonNode arg = n.get(op);
      switch (op) {
        case "all", "any" -> {
          if (!arg.isArray()) {
            throw new IllegalArgumentException("'" + op + "' takes an array of conditions");
          }
          List<Condition> parts = new ArrayList<>();
          for (JsonNode a : arg) {
            parts.add(condition(a, where));
          }
          return op.equals("all") ? new Condition.All(parts) : new Condition.Any(parts);
        }
        case "not" -> {
          return Condition.not(condition(arg, where));
        }
        default -> {
          // fall through to the error
        }
      }
    }
    throw new IllegalArgumentException("a condition is a criterion name or {\"all\": [...]}, "
        + "{\"any\": [...]}, {\"not\": ...}; found " + n);
  }

  private static JsonNode required(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException(where + ": missing '" + field + "'");
    }
    return v;
  }

  private static String text(JsonNode n, String field, String where) {
    JsonNode v = required(n, field, where);
    if (!v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException(where + ": '" + field + "' must be a non-empty string");
    }
    return v.asText();
  }
}
