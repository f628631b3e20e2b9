package id.posyandu.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.posyandu.core.SpmArea;
import id.posyandu.json.internal.CodeEnums;
import id.posyandu.rules.Confidence;
import id.posyandu.rules.ReferralTarget;
import id.posyandu.rules.Severity;
import id.posyandu.rules.anthro.ConditionResult;
import id.posyandu.rules.anthro.Indicator;
import id.posyandu.rules.anthro.NotComputedReason;
import id.posyandu.rules.anthro.NutritionCategory;
import id.posyandu.rules.anthro.NutritionCondition;
import id.posyandu.rules.anthro.PermenkesIndex;
import id.posyandu.rules.indicator.IndicatorLevel;
import id.posyandu.rules.indicator.PeriodType;
import id.posyandu.rules.indicator.ReportLevel;
import id.posyandu.rules.indicator.SubjectType;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The JSON Schemas (draft 2020-12) of the rules' results ({@link RecordTypes#results()}), built
 * from one set of definitions, each result type's file self-contained (its {@code $defs} hold what
 * it refers to). Enumerations are taken from the Java enums through the codes the module writes
 * ({@link CodeEnums#codeOf}), so a new constant cannot be missing from a schema.
 * {@link ResultJsonTest} checks the shipped resources against this and the real results against
 * the resources; run it with {@code -Dposyandu.updateSchemas=true} to rewrite them.
 */
final class ResultSchemas {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  /** Result type name → the definition it is. */
  static final Map<String, String> ROOTS = Map.ofEntries(
      Map.entry("zScore", "ZScore"),
      Map.entry("anthroResult", "AnthroResult"),
      Map.entry("anthroPlusResult", "AnthroPlusResult"),
      Map.entry("nutritionStatus", "NutritionStatus"),
      Map.entry("conditionResult", "ConditionResult"),
      Map.entry("nutritionAssessment", "NutritionAssessment"),
      Map.entry("finding", "Finding"),
      Map.entry("reportingPeriod", "ReportingPeriod"),
      Map.entry("reportRow", "ReportRow"),
      Map.entry("indicatorReport", "IndicatorReport"),
      Map.entry("followUp", "FollowUp"),
      Map.entry("homeVisit", "HomeVisit"));

  private static final Map<String, ObjectNode> DEFS = definitions();

  private ResultSchemas() {}

  /** The schema of the result type named {@code name}, as pretty-printed text. */
  static String schemaText(String name) {
    try {
      ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      return m.writeValueAsString(schema(name)) + "\n";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode schema(String name) {
    String rootDef = ROOTS.get(name);
    ObjectNode root = F.objectNode();
    root.put("$schema", SchemaGenerator.DRAFT);
    root.put("$id", SchemaGenerator.ID_PREFIX + name + ".schema.json");
    root.put("title", rootDef);
    root.put("description", "Canonical JSON of a posyandu " + rootDef + " result, as posyandu-json"
        + " writes it (properties in name order; an absent value is left out, never null).");
    root.setAll(DEFS.get(rootDef).deepCopy());
    Set<String> needed = new LinkedHashSet<>();
    collectRefs(DEFS.get(rootDef), needed);
    needed.remove(rootDef);
    if (!needed.isEmpty()) {
      ObjectNode d = root.putObject("$defs");
      new TreeMap<String, ObjectNode>(DEFS).forEach((k, v) -> {
        if (needed.contains(k)) {
          d.set(k, v);
        }
      });
    }
    return root;
  }

  private static void collectRefs(JsonNode n, Set<String> out) {
    if (n.isObject() && n.has("$ref")) {
      String def = n.get("$ref").asText().substring("#/$defs/".length());
      if (out.add(def)) {
        collectRefs(DEFS.get(def), out);
      }
    }
    n.forEach(c -> collectRefs(c, out));
  }

  private static Map<String, ObjectNode> definitions() {
    Map<String, ObjectNode> d = new TreeMap<>();
    d.put("LocalizedText", object(props("en", string(), "id", string()), "en", "id"));
    d.put("Citation", object(props("confidence", codes(Confidence.class),
        "document", string().put("minLength", 1), "locator", string()),
        "confidence", "document", "locator"));
    ObjectNode z = object(props("computed", bool(), "flagged", bool(),
        "indicator", codes(Indicator.class), "reason", codes(NotComputedReason.class),
        "rounded", number(), "value", number()), "computed", "indicator");
    ArrayNode states = z.putArray("oneOf");
    ObjectNode computed = states.addObject();
    computed.putObject("properties").putObject("computed").put("const", true);
    computed.set("required", names("flagged", "rounded", "value"));
    computed.putObject("not").set("required", names("reason"));
    ObjectNode notComputed = states.addObject();
    notComputed.putObject("properties").putObject("computed").put("const", false);
    notComputed.set("required", names("reason"));
    ObjectNode anyValue = notComputed.putObject("not").putArray("anyOf").addObject();
    anyValue.set("required", names("flagged"));
    ((ArrayNode) notComputed.get("not").get("anyOf")).addObject().set("required", names("rounded"));
    ((ArrayNode) notComputed.get("not").get("anyOf")).addObject().set("required", names("value"));
    d.put("ZScore", z);
    d.put("AnthroResult", object(props("cbmi", number(), "clenhei", number(),
        "positionImplausible", bool(), "zScores", array(ref("ZScore")).put("minItems", 8)
            .put("maxItems", 8)), "positionImplausible", "zScores"));
    d.put("AnthroPlusResult", object(props("cbmi", number(),
        "zScores", array(ref("ZScore")).put("minItems", 3).put("maxItems", 3)), "zScores"));
    d.put("NutritionStatus", object(props("assessed", bool(),
        "category", codes(NutritionCategory.class), "citation", ref("Citation"),
        "countsAs", array(codes(NutritionCondition.class)).put("uniqueItems", true),
        "cutOff", string(), "implausible", bool(), "index", codes(PermenkesIndex.class),
        "label", ref("LocalizedText"), "zScore", ref("ZScore")),
        "assessed", "citation", "countsAs", "implausible", "index", "label", "zScore"));
    d.put("ConditionResult", object(props("basis", ref("NutritionStatus"),
        "condition", codes(NutritionCondition.class),
        "outcome", codes(ConditionResult.Outcome.class)), "basis", "condition", "outcome"));
    d.put("NutritionAssessment", object(props(
        "conditions", array(ref("ConditionResult")),
        "statuses", array(ref("NutritionStatus"))), "conditions", "statuses"));
    d.put("Finding", object(props("area", codes(SpmArea.class),
        "category", string().put("minLength", 1), "categoryLabel", ref("LocalizedText"),
        "citation", ref("Citation"), "code", string().put("pattern", "^[A-Z]+\\."),
        "explanation", ref("LocalizedText"),
        "inputs", F.objectNode().put("type", "object").set("additionalProperties", string()),
        "missingInputs", array(string()), "referenceId", string().put("minLength", 1),
        "referenceVersion", string(), "referral", codes(ReferralTarget.class),
        "severity", codes(Severity.class)),
        "area", "category", "categoryLabel", "citation", "code", "explanation", "referenceId",
        "severity"));
    d.put("ReportingPeriod", object(props("end", date(), "label", string(), "start", date(),
        "type", codes(PeriodType.class)), "end", "start", "type"));
    d.put("IndicatorReference", object(props("area", codes(SpmArea.class),
        "higherIsBetter", bool(), "id", string().put("pattern", "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$"),
        "label", ref("LocalizedText"), "level", codes(IndicatorLevel.class),
        "periodType", codes(PeriodType.class), "source", ref("Citation"),
        "subject", codes(SubjectType.class)),
        "area", "higherIsBetter", "id", "label", "level", "periodType", "source", "subject"));
    ObjectNode unit = number().put("minimum", 0).put("maximum", 1);
    d.put("WilsonInterval", object(props("confidence", unit.deepCopy(), "lower", unit.deepCopy(),
        "upper", unit.deepCopy()), "confidence", "lower", "upper"));
    ObjectNode percent = number().put("minimum", 0).put("maximum", 100);
    ObjectNode count = F.objectNode().put("type", "integer").put("minimum", 0);
    d.put("ReportRow", object(props("denominator", count.deepCopy(),
        "indicator", ref("IndicatorReference"), "level", codes(ReportLevel.class),
        "met", bool(), "numerator", count.deepCopy(), "percent", percent.deepCopy(),
        "period", ref("ReportingPeriod"), "target", percent.deepCopy(),
        "unit", string().put("minLength", 1), "wilson95", ref("WilsonInterval")),
        "denominator", "indicator", "level", "numerator", "period", "unit"));
    d.put("IndicatorReport", object(props("level", codes(ReportLevel.class),
        "rows", array(ref("ReportRow"))), "level", "rows"));
    d.put("FollowUp", object(props("excluded", bool(), "inDenominator", bool(),
        "inNumerator", bool(), "indicatorId", string(), "posyanduId", string(),
        "reasons", array(ref("LocalizedText")), "subjectId", string()),
        "excluded", "inDenominator", "inNumerator", "indicatorId", "posyanduId", "subjectId"));
    d.put("HomeVisit", object(props("findings", array(string()).put("minItems", 1),
        "householdId", string(), "posyanduId", string(),
        "reasons", array(ref("LocalizedText")).put("minItems", 1), "subjectId", string(),
        "subjectType", codes(SubjectType.class), "urgency", F.objectNode().put("type", "integer")),
        "findings", "householdId", "posyanduId", "reasons", "subjectId", "subjectType",
        "urgency"));
    return d;
  }

  private static ObjectNode props(Object... nameThenSchema) {
    ObjectNode p = F.objectNode();
    for (int i = 0; i < nameThenSchema.length; i += 2) {
      p.set((String) nameThenSchema[i], (JsonNode) nameThenSchema[i + 1]);
    }
    return p;
  }

  private static ObjectNode object(ObjectNode properties, String... required) {
    ObjectNode o = F.objectNode().put("type", "object");
    o.set("properties", properties);
    o.set("required", names(required));
    o.put("additionalProperties", false);
    return o;
  }

  private static ArrayNode names(String... names) {
    ArrayNode a = F.arrayNode();
    for (String n : names) {
      a.add(n);
    }
    return a;
  }

  private static ObjectNode string() {
    return F.objectNode().put("type", "string");
  }

  private static ObjectNode number() {
    return F.objectNode().put("type", "number");
  }

  private static ObjectNode bool() {
    return F.objectNode().put("type", "boolean");
  }

  private static ObjectNode date() {
    return string().put("format", "date").put("pattern", DATE_PATTERN);
  }

  private static ObjectNode ref(String def) {
    return F.objectNode().put("$ref", "#/$defs/" + def);
  }

  private static ObjectNode array(ObjectNode items) {
    ObjectNode a = F.objectNode().put("type", "array");
    a.set("items", items);
    return a;
  }

  private static ObjectNode codes(Class<? extends Enum<?>> type) {
    ObjectNode s = F.objectNode();
    ArrayNode e = s.putArray("enum");
    for (Enum<?> k : type.getEnumConstants()) {
      e.add(CodeEnums.codeOf(k));
    }
    return s;
  }
}
