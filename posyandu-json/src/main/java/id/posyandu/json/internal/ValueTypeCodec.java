package id.posyandu.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * JSON of the model's value types through their accessors and builders ({@link ValueType}): no
 * Jackson annotation in the core. Empty {@code Optional}s are left out; collections are written even
 * when empty; {@code null} is never written and never accepted (leave the property out instead).
 * Service records carry their {@code type} name first ({@link TypeNames}).
 */
public final class ValueTypeCodec {

  private ValueTypeCodec() {}

  /**
   * The next token. Jackson's parser reads a property's value together with its name, so a parser
   * error here (syntax, limit, duplicate key) belongs to the property just named: it is thrown with
   * that property in its path.
   */
  static JsonToken advance(JsonParser p, Class<?> type) throws IOException {
    try {
      return p.nextToken();
    } catch (JsonMappingException e) {
      throw e;
    } catch (JsonProcessingException e) {
      JsonMappingException m = JsonMappingException.from(p, e.getOriginalMessage(), e);
      String name = p.currentName();
      throw name == null ? m : JsonMappingException.wrapWithPath(m, type, name);
    }
  }

  /** Finds the serializer of model value types. */
  public static final class Ser extends Serializers.Base {
    private final TypeNames names;

    /** Serializers that name polymorphic types with {@code names}. */
    public Ser(TypeNames names) {
      this.names = names;
    }

    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
        BeanDescription beanDesc) {
      return ValueType.of(type.getRawClass())
          .map(vt -> new ValueSerializer(vt, names.nameOf(vt.type()).orElse(null)))
          .orElse(null);
    }
  }

  /** Finds the deserializer of model value types and of the polymorphic bases in the names. */
  public static final class Deser extends Deserializers.Base {
    private final TypeNames names;

    /** Deserializers that resolve polymorphic types with {@code names}. */
    public Deser(TypeNames names) {
      this.names = names;
    }

    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      if (names.isBase(raw)) {
        return new PolymorphicDeserializer(raw, names);
      }
      Optional<ValueType> vt = ValueType.of(raw);
      if (vt.isEmpty() || vt.get().type() != raw) {
        return null;
      }
      return new ValueDeserializer(vt.get(), names.nameOf(raw).orElse(null));
    }
  }

  /** Writes a value type as an object. */
  static final class ValueSerializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient ValueType vt;
    private final String typeName;

    ValueSerializer(ValueType vt, String typeName) {
      super(Object.class);
      this.vt = vt;
      this.typeName = typeName;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(value);
      if (typeName != null) {
        gen.writeStringField(TypeNames.MEMBER, typeName);
      }
      for (ValueType.Attribute a : vt.attributes()) {
        Object v;
        try {
          v = a.accessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw JsonMappingException.from(gen, "cannot read " + a.name(), e);
        }
        writeAttribute(a, v, gen, provider);
      }
      gen.writeEndObject();
    }

    private static void writeAttribute(ValueType.Attribute a, Object v, JsonGenerator gen,
        SerializerProvider provider) throws IOException {
      switch (a.kind()) {
        case OPTIONAL:
          if (((Optional<?>) v).isPresent()) {
            gen.writeFieldName(a.name());
            provider.defaultSerializeValue(((Optional<?>) v).get(), gen);
          }
          return;
        case OPTIONAL_INT:
          if (((OptionalInt) v).isPresent()) {
            gen.writeNumberField(a.name(), ((OptionalInt) v).getAsInt());
          }
          return;
        case OPTIONAL_LONG:
          if (((OptionalLong) v).isPresent()) {
            gen.writeNumberField(a.name(), ((OptionalLong) v).getAsLong());
          }
          return;
        case OPTIONAL_DOUBLE:
          if (((OptionalDouble) v).isPresent()) {
            gen.writeNumberField(a.name(), ((OptionalDouble) v).getAsDouble());
          }
          return;
        default:
          if (v != null) {
            gen.writeFieldName(a.name());
            provider.defaultSerializeValue(v, gen);
          }
      }
    }
  }

  /** Reads a value type from an object, through its builder. */
  static final class ValueDeserializer extends StdDeserializer<Object>
      implements ResolvableDeserializer {
    private static final long serialVersionUID = 1L;
    private final transient ValueType vt;
    private final String typeName;
    private transient Map<String, JsonDeserializer<Object>> deserializers;

    ValueDeserializer(ValueType vt, String typeName) {
      super(vt.type());
      this.vt = vt;
      this.typeName = typeName;
    }

    /** Immutable once resolved: Jackson may cache and share it. */
    @Override
    public boolean isCachable() {
      return true;
    }

    @Override
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
      Map<String, JsonDeserializer<Object>> m = new java.util.HashMap<>();
      for (ValueType.Attribute a : vt.attributes()) {
        m.put(a.name(), ctxt.findRootValueDeserializer(a.valueType()));
      }
      deserializers = m;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_OBJECT) {
        t = advance(p, handledType());
      } else if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT) {
        return ctxt.handleUnexpectedToken(handledType(), p);
      }
      Object builder;
      try {
        builder = vt.newBuilder();
      } catch (ReflectiveOperationException e) {
        throw ValueInstantiationException.from(p, "no builder", ctxt.constructType(handledType()),
            e);
      }
      while (t == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        try {
          readProperty(p, ctxt, builder, name);
        } catch (JsonMappingException e) {
          if (e instanceof PropertyBindingException && e.getPath().size() == 1
              && e.getPath().get(0).getFrom() == handledType()) {
            throw e; // an unknown property of this object: its path is already complete
          }
          throw JsonMappingException.wrapWithPath(e, handledType(), name);
        } catch (JsonProcessingException e) {
          throw JsonMappingException.wrapWithPath(
              JsonMappingException.from(p, e.getOriginalMessage(), e), handledType(), name);
        }
        t = advance(p, handledType());
      }
      try {
        return vt.build(builder);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        throw ValueInstantiationException.from(p, String.valueOf(cause.getMessage()),
            ctxt.constructType(handledType()), cause);
      } catch (ReflectiveOperationException e) {
        throw ValueInstantiationException.from(p, "cannot build",
            ctxt.constructType(handledType()), e);
      }
    }
    private void readProperty(JsonParser p, DeserializationContext ctxt, Object builder,
        String name) throws IOException {
      JsonToken v = p.nextToken();
      ValueType.Attribute a = vt.attribute(name);
      if (a == null) {
        if (TypeNames.MEMBER.equals(name) && typeName != null && v == JsonToken.VALUE_STRING
            && typeName.equals(p.getText())) {
          return;
        }
        ctxt.handleUnknownProperty(p, this, handledType(), name);
        return;
      }
      if (v == JsonToken.VALUE_NULL) {
        throw InvalidNullException.from(ctxt, PropertyName.construct(name), a.valueType());
      }
      Object value = deserializers.get(name).deserialize(p, ctxt);
      try {
        a.setter().invoke(builder, value);
      } catch (InvocationTargetException e) {
        throw JsonMappingException.from(p, "invalid value", e.getCause());
      } catch (IllegalAccessException e) {
        throw JsonMappingException.from(p, "cannot set " + name, e);
      }
    }
  }
}
