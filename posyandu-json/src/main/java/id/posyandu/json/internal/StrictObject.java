package id.posyandu.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * One JSON object of a small result type, read strictly: only the known property names, no
 * {@code null}, every value through the mapper's own (strict) deserializers, each error with the
 * property in its path. The result types' readers ({@link ResultCodecs}, {@link RecordCodec}) use
 * it; the messages match what {@code ProblemMapper} classifies ({@code JSON.UNKNOWN_PROPERTY},
 * {@code JSON.MISSING_PROPERTY}, {@code JSON.NULL}, {@code JSON.WRONG_TYPE}).
 */
final class StrictObject {

  private final JsonParser parser;
  private final DeserializationContext ctxt;
  private final Class<?> type;
  private final JsonNode node;
  private final List<Object> known;

  private StrictObject(JsonParser parser, DeserializationContext ctxt, Class<?> type,
      JsonNode node, List<Object> known) {
    this.parser = parser;
    this.ctxt = ctxt;
    this.type = type;
    this.node = node;
    this.known = known;
  }

  /**
   * Reads the object at the parser's current token.
   *
   * @param known the property names the type has
   */
  static StrictObject read(JsonParser p, DeserializationContext ctxt, Class<?> type,
      Collection<String> known) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT && t != JsonToken.FIELD_NAME) {
      ctxt.handleUnexpectedToken(type, p);
    }
    JsonNode node = ctxt.readTree(p);
    if (!node.isObject()) {
      ctxt.handleUnexpectedToken(type, p);
    }
    StrictObject o = new StrictObject(p, ctxt, type, node, new ArrayList<>(known));
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw o.unknown(name);
      }
    }
    return o;
  }

  /** Whether the object has the property. */
  boolean has(String name) {
    return node.has(name);
  }

  /** The value of a required property. */
  <T> T required(String name, Class<T> valueType) throws IOException {
    return required(name, ctxt.constructType(valueType));
  }

  /** The value of a required property of a generic type. */
  @SuppressWarnings("unchecked")
  <T> T required(String name, JavaType valueType) throws IOException {
    if (!node.has(name)) {
      throw MismatchedInputException.from(parser, type,
          "Missing required creator property '" + name + "'");
    }
    return (T) value(name, valueType);
  }

  /** The value of an optional property; empty when absent. */
  <T> Optional<T> optional(String name, Class<T> valueType) throws IOException {
    return optional(name, ctxt.constructType(valueType));
  }

  /** The value of an optional property of a generic type; empty when absent. */
  @SuppressWarnings("unchecked")
  <T> Optional<T> optional(String name, JavaType valueType) throws IOException {
    return node.has(name) ? Optional.of((T) value(name, valueType)) : Optional.empty();
  }

  /** Fails as an unknown property when the object has {@code name} (not allowed in this state). */
  void forbid(String name) throws JsonMappingException {
    if (node.has(name)) {
      throw unknown(name);
    }
  }

  /** The failure of building the value from what was read (the type's own check refused it). */
  JsonMappingException invalid(RuntimeException cause) {
    return ValueInstantiationException.from(parser, String.valueOf(cause.getMessage()),
        ctxt.constructType(type), cause);
  }

  private Object value(String name, JavaType valueType) throws IOException {
    JsonNode v = node.get(name);
    if (v.isNull()) {
      throw JsonMappingException.wrapWithPath(
          InvalidNullException.from(ctxt, PropertyName.construct(name), valueType), type, name);
    }
    try {
      return ctxt.readTreeAsValue(v, valueType);
    } catch (JsonMappingException e) {
      throw JsonMappingException.wrapWithPath(e, type, name);
    }
  }

  /** Jackson's own exception for an unknown property (its path already names the property). */
  private JsonMappingException unknown(String name) {
    return UnrecognizedPropertyException.from(parser, type, name, known);
  }
}
