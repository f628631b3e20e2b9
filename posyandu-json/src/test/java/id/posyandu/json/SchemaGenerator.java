package id.posyandu.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.posyandu.core.code.KodeWilayah;
import id.posyandu.core.code.Nik;
import id.posyandu.core.code.NomorKk;
import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.core.validation.PlausibleRange;
import id.posyandu.core.validation.Severity;
import id.posyandu.json.internal.CodeEnums;
import id.posyandu.json.internal.ModelMixins;
import id.posyandu.json.internal.TypeNames;
import id.posyandu.json.internal.ValueType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates the JSON Schema (draft 2020-12) of each record type from the same introspection the
 * (de)serializers use ({@link ValueType}), plus the Jakarta constraints that are errors (sizes,
 * blanks, ranges whose payload is not a warning). Semantic rules (check digits of a NIK, dates that
 * exist, "not in the future", cross-field rules) are left to the reader and the validator.
 *
 * <p>{@link SchemaResourcesGoldenTest} checks the shipped resources against this generator; run it
 * with {@code -Dposyandu.updateSchemas=true} to rewrite them.
 */
final class SchemaGenerator {

  static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
  static final String ID_PREFIX = "https://github.com/posyandu/posyandu/schema/";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  private final TypeNames names = ModelMixins.TYPE_NAMES;
  private final Map<String, ObjectNode> defs = new TreeMap<>();

  /** The schema of the record type named {@code name}, as pretty-printed text. */
  static String schemaText(String name, Class<?> type) {
    try {
      ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      return m.writeValueAsString(new SchemaGenerator().schema(name, type)) + "\n";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  JsonNode schema(String name, Class<?> type) {
    ObjectNode root = F.objectNode();
    root.put("$schema", DRAFT);
    root.put("$id", ID_PREFIX + name + ".schema.json");
    root.put("title", type.getSimpleName());
    root.put("description", "Canonical JSON of a posyandu " + type.getSimpleName()
        + " record (posyandu-json). A top-level \"type\" member, when present, must be \"" + name
        + "\".");
    ObjectNode body = objectSchema(type, name, false);
    root.setAll(body);
    if (!defs.isEmpty()) {
      ObjectNode d = root.putObject("$defs");
      defs.forEach(d::set);
    }
    return root;
  }

  private ObjectNode objectSchema(Class<?> type, String typeConst, boolean typeRequired) {
    ValueType vt = ValueType.of(type).orElseThrow(() -> new IllegalArgumentException(
        "not a value type: " + type));
    ObjectNode o = F.objectNode();
    o.put("type", "object");
    ObjectNode props = o.putObject("properties");
    ArrayNode required = F.arrayNode();
    if (typeConst != null) {
      props.putObject(TypeNames.MEMBER).put("const", typeConst);
      if (typeRequired) {
        required.add(TypeNames.MEMBER);
      }
    }
    for (ValueType.Attribute a : vt.attributes()) {
      props.set(a.name(), attributeSchema(a));
      if (a.required()) {
        required.add(a.name());
      }
    }
    if (!required.isEmpty()) {
      o.set("required", required);
    }
    o.put("additionalProperties", false);
    return o;
  }

  private JsonNode attributeSchema(ValueType.Attribute a) {
    AnnotatedType at = a.accessor().getAnnotatedReturnType();
    List<Annotation> own = new ArrayList<>(Arrays.asList(at.getAnnotations()));
    own.addAll(Arrays.asList(a.accessor().getAnnotations()));
    switch (a.kind()) {
      case OPTIONAL:
        return valueSchema(a.valueType().getRawClass(), typeArg(at, 0), own);
      case OPTIONAL_INT:
      case OPTIONAL_LONG:
        return constrain(F.objectNode().put("type", "integer"), own);
      case OPTIONAL_DOUBLE:
        return constrain(F.objectNode().put("type", "number"), own);
      case COLLECTION: {
        Class<?> raw = a.accessor().getReturnType();
        if (Map.class.isAssignableFrom(raw)) {
          ObjectNode o = F.objectNode().put("type", "object");
          o.set("additionalProperties",
              valueSchema(a.valueType().getContentType().getRawClass(), typeArg(at, 1), null));
          return o;
        }
        ObjectNode arr = F.objectNode().put("type", "array");
        // a constraint with the Unwrap payload applies to each element, like one on the type argument
        List<Annotation> onItems = new ArrayList<>(typeArg(at, 0));
        for (Annotation x : List.copyOf(own)) {
          if (unwraps(x)) {
            own.remove(x);
            onItems.add(x);
          }
        }
        arr.set("items", valueSchema(a.valueType().getContentType().getRawClass(), onItems, null));
        if (Set.class.isAssignableFrom(raw)) {
          arr.put("uniqueItems", true);
        }
        return constrain(arr, own);
      }
      default:
        return valueSchema(a.valueType().getRawClass(), null, own);
    }
  }

  private static boolean unwraps(Annotation a) {
    try {
      Object payload = a.annotationType().getMethod("payload").invoke(a);
      return Arrays.asList((Class<?>[]) payload).contains(Unwrapping.Unwrap.class);
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  private static List<Annotation> typeArg(AnnotatedType at, int i) {
    if (at instanceof AnnotatedParameterizedType) {
      AnnotatedType[] args = ((AnnotatedParameterizedType) at).getAnnotatedActualTypeArguments();
      if (i < args.length) {
        return Arrays.asList(args[i].getAnnotations());
      }
    }
    return List.of();
  }

  private JsonNode valueSchema(Class<?> c, List<Annotation> argAnnotations,
      List<Annotation> own) {
    List<Annotation> all = new ArrayList<>();
    if (argAnnotations != null) {
      all.addAll(argAnnotations);
    }
    if (own != null) {
      all.addAll(own);
    }
    ObjectNode s = F.objectNode();
    if (c == String.class) {
      s.put("type", "string");
    } else if (c == boolean.class || c == Boolean.class) {
      s.put("type", "boolean");
    } else if (c == int.class || c == Integer.class || c == long.class || c == Long.class
        || c == short.class || c == Short.class) {
      s.put("type", "integer");
    } else if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
      s.put("type", "number");
    } else if (c == LocalDate.class) {
      s.put("type", "string").put("format", "date").put("pattern", DATE_PATTERN);
    } else if (c == Nik.class || c == NomorKk.class) {
      s.put("type", "string").put("pattern", "^[0-9]{16}$");
    } else if (c == KodeWilayah.class) {
      s.put("type", "string")
          .put("pattern", "^[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{4})?)?)?$");
    } else if (c == PosyanduRegistrationNumber.class) {
      s.put("type", "string").put("pattern", "^[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}\\.[0-9]{3}$");
    } else if (c.isEnum()) {
      ArrayNode e = s.putArray("enum");
      for (Object k : c.getEnumConstants()) {
        e.add(CodeEnums.codeOf((Enum<?>) k));
      }
    } else if (names.isBase(c)) {
      ArrayNode one = s.putArray("oneOf");
      names.namesOf(c).forEach((n, impl) -> {
        define(impl, n);
        one.addObject().put("$ref", "#/$defs/" + defName(impl));
      });
      return s;
    } else if (ValueType.of(c).isPresent()) {
      define(c, names.nameOf(c).orElse(null));
      return s.put("$ref", "#/$defs/" + defName(c));
    } else {
      throw new IllegalArgumentException("no schema for " + c);
    }
    return constrain(s, all);
  }

  private void define(Class<?> c, String typeName) {
    String key = defName(c);
    if (!defs.containsKey(key)) {
      defs.put(key, F.objectNode()); // placeholder against recursion
      defs.put(key, objectSchema(c, typeName, typeName != null));
    }
  }

  private static String defName(Class<?> c) {
    return c.getEnclosingClass() == null ? c.getSimpleName()
        : c.getEnclosingClass().getSimpleName() + "." + c.getSimpleName();
  }

  private static ObjectNode constrain(ObjectNode s, List<Annotation> annotations) {
    String type = s.path("type").asText("");
    for (Annotation a : annotations) {
      if (a instanceof NotBlank && type.equals("string")) {
        s.put("minLength", 1).put("pattern", "\\S");
      } else if (a instanceof NotEmpty) {
        s.put(type.equals("array") ? "minItems" : "minLength", 1);
      } else if (a instanceof Size) {
        Size z = (Size) a;
        String min = type.equals("array") ? "minItems" : "minLength";
        String max = type.equals("array") ? "maxItems" : "maxLength";
        if (z.min() > 0) {
          s.put(min, z.min());
        }
        if (z.max() < Integer.MAX_VALUE) {
          s.put(max, z.max());
        }
      } else if (a instanceof Min) {
        s.put("minimum", ((Min) a).value());
      } else if (a instanceof Max) {
        s.put("maximum", ((Max) a).value());
      } else if (a instanceof DecimalMin) {
        s.put("minimum", new BigDecimal(((DecimalMin) a).value()));
      } else if (a instanceof DecimalMax) {
        s.put("maximum", new BigDecimal(((DecimalMax) a).value()));
      } else if (a instanceof PlausibleRange) {
        PlausibleRange r = (PlausibleRange) a;
        if (!Arrays.asList(r.payload()).contains(Severity.Warning.class)) {
          s.put("minimum", new BigDecimal(r.min()));
          s.put("maximum", new BigDecimal(r.max()));
        }
      }
    }
    return s;
  }
}
