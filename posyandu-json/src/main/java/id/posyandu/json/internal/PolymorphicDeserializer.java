package id.posyandu.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a value of a polymorphic base type (a service record) as the implementation its
 * {@code type} member names. When {@code type} is the first member (as written), the object is read
 * in one pass; otherwise it is buffered first.
 */
final class PolymorphicDeserializer extends StdDeserializer<Object> {
  private static final long serialVersionUID = 1L;
  /** Prefix of the messages of type id problems, followed by the known names. */
  static final String KNOWN = "known: ";

  private final transient Map<String, Class<?>> names;
  private final transient Map<String, JsonDeserializer<Object>> resolved =
      new ConcurrentHashMap<>();

  PolymorphicDeserializer(Class<?> base, TypeNames typeNames) {
    super(base);
    this.names = typeNames.namesOf(base);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      return ctxt.handleUnexpectedToken(handledType(), p);
    }
    JsonToken t = ValueTypeCodec.advance(p, handledType());
    if (t == JsonToken.FIELD_NAME && TypeNames.MEMBER.equals(p.currentName())) {
      p.nextToken();
      JsonDeserializer<Object> d = deserializerFor(p, ctxt);
      ValueTypeCodec.advance(p, handledType());
      return d.deserialize(p, ctxt);
    }
    // "type" is not first: buffer the object, find it, and read from the buffer
    TokenBuffer buf = ctxt.bufferForInputBuffering(p);
    buf.writeStartObject();
    String found = null;
    for (; t == JsonToken.FIELD_NAME; t = ValueTypeCodec.advance(p, handledType())) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (TypeNames.MEMBER.equals(name) && v == JsonToken.VALUE_STRING) {
        found = p.getText();
        continue;
      }
      buf.writeFieldName(name);
      buf.copyCurrentStructure(p);
    }
    buf.writeEndObject();
    if (found == null) {
      throw JsonMappingException.wrapWithPath(InvalidTypeIdException.from(p,
          KNOWN + String.join(", ", names.keySet()), ctxt.constructType(handledType()), null),
          handledType(), TypeNames.MEMBER);
    }
    JsonDeserializer<Object> d = deserializer(found, p, ctxt);
    JsonParser bp = buf.asParserOnFirstToken();
    return d.deserialize(bp, ctxt);
  }

  private JsonDeserializer<Object> deserializerFor(JsonParser p, DeserializationContext ctxt)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw JsonMappingException.wrapWithPath(InvalidTypeIdException.from(p,
          KNOWN + String.join(", ", names.keySet()), ctxt.constructType(handledType()), null),
          handledType(), TypeNames.MEMBER);
    }
    return deserializer(p.getText(), p, ctxt);
  }

  private JsonDeserializer<Object> deserializer(String name, JsonParser p,
      DeserializationContext ctxt) throws IOException {
    Class<?> impl = names.get(name);
    if (impl == null) {
      throw JsonMappingException.wrapWithPath(InvalidTypeIdException.from(p,
          KNOWN + String.join(", ", names.keySet()), ctxt.constructType(handledType()), name),
          handledType(), TypeNames.MEMBER);
    }
    JsonDeserializer<Object> d = resolved.get(name);
    if (d == null) {
      d = ctxt.findRootValueDeserializer(ctxt.constructType(impl));
      resolved.put(name, d);
    }
    return d;
  }

  /** Holds no per-read state: Jackson may cache and share it. */
  @Override
  public boolean isCachable() {
    return true;
  }
}
