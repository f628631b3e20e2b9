package id.posyandu.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * JSON of the plain Java records of the rules ({@code LocalizedText}, {@code Citation},
 * {@code FollowUp}, {@code HomeVisit}...), without Jackson annotations on them and without
 * reflection beyond their public accessors and canonical constructor: an object with one property
 * per component, in name order (the canonical order of the core's JSON); an empty
 * {@code Optional} is left out, a list is always written. Reading is strict: every component is
 * required except an {@code Optional} (absent: empty) and a list (absent: empty); the record's own
 * constructor checks the rest.
 */
public final class RecordCodec {

  private RecordCodec() {}

  /** Registers the serializer and deserializer of a record type with {@code module}. */
  public static <T extends Record> void register(SimpleModule module, Class<T> type) {
    RecordComponent[] declared = type.getRecordComponents();
    RecordComponent[] sorted = declared.clone();
    Arrays.sort(sorted, Comparator.comparing(RecordComponent::getName));
    module.addSerializer(type, new Ser<>(type, sorted));
    module.addDeserializer(type, new Deser<>(type, declared));
  }

  private static Object component(RecordComponent c, Object record) throws IOException {
    try {
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IOException("cannot read " + c.getName(), e);
    }
  }

  private static final class Ser<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient RecordComponent[] components;

    Ser(Class<T> type, RecordComponent[] components) {
      super(type);
      this.components = components;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(value);
      for (RecordComponent c : components) {
        Object v = component(c, value);
        if (v instanceof Optional<?> o) {
          if (o.isPresent()) {
            provider.defaultSerializeField(c.getName(), o.get(), gen);
          }
        } else if (v != null) {
          provider.defaultSerializeField(c.getName(), v, gen);
        }
      }
      gen.writeEndObject();
    }
  }

  private static final class Deser<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient RecordComponent[] components;
    private final transient Constructor<T> constructor;
    private final transient List<String> names;

    Deser(Class<T> type, RecordComponent[] components) {
      super(type);
      this.components = components;
      this.names = Arrays.stream(components).map(RecordComponent::getName).toList();
      try {
        this.constructor = type.getConstructor(
            Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no public canonical constructor: " + type, e);
      }
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      StrictObject o = StrictObject.read(p, ctxt, handledType(), names);
      Object[] args = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        JavaType t = ctxt.getTypeFactory().constructType(c.getGenericType());
        if (c.getType() == Optional.class) {
          args[i] = o.optional(c.getName(), t.containedType(0));
        } else if (Collection.class.isAssignableFrom(c.getType()) && !o.has(c.getName())) {
          args[i] = List.of();
        } else {
          args[i] = o.required(c.getName(), t);
        }
      }
      try {
        return constructor.newInstance(args);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        throw o.invalid(cause instanceof RuntimeException r ? r
            : new IllegalArgumentException(String.valueOf(cause)));
      } catch (ReflectiveOperationException e) {
        throw JsonMappingException.from(p, "cannot build " + handledType().getSimpleName(), e);
      }
    }
  }
}
