package id.posyandu.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * JSON of the plain Java records of the rules ({@code LocalizedText}, {@code Citation},
 * {@code FollowUp}, {@code HomeVisit}...), without Jackson annotations on them and without
 * reflection: each record is registered with its components named in declaration order (name,
 * type, accessor) and its canonical constructor, so the codecs run where
 * {@code Class.getRecordComponents()} does not (Android before API 34; a test checks the names and
 * types against the records). An object with one property per component, in name order (the
 * canonical order of the core's JSON); an empty {@code Optional} is left out, a list is always
 * written. Reading is strict: every component is required except an {@code Optional} (absent:
 * empty) and a list (absent: empty); the record's own constructor checks the rest.
 */
public final class RecordCodec {

  private RecordCodec() {}

  /**
   * One component of a record: its name, its class, the class of its element for a {@code List}
   * or an {@code Optional} (else {@code null}), and its accessor.
   */
  public static final class Component<T> {
    final String name;
    final Class<?> type;
    final Class<?> element;
    final Function<T, Object> accessor;

    Component(String name, Class<?> type, Class<?> element, Function<T, Object> accessor) {
      this.name = name;
      this.type = type;
      this.element = element;
      this.accessor = accessor;
    }

    /** The component's name. */
    public String name() {
      return name;
    }

    /** The component's class ({@code List}, {@code Optional} for those). */
    public Class<?> type() {
      return type;
    }
  }

  /** A component of a plain type. */
  public static <T> Component<T> component(String name, Class<?> type,
      Function<T, Object> accessor) {
    return new Component<>(name, type, null, accessor);
  }

  /** A {@code List<element>} component. */
  public static <T> Component<T> list(String name, Class<?> element,
      Function<T, Object> accessor) {
    return new Component<>(name, List.class, element, accessor);
  }

  /** An {@code Optional<element>} component. */
  public static <T> Component<T> optional(String name, Class<?> element,
      Function<T, Object> accessor) {
    return new Component<>(name, Optional.class, element, accessor);
  }

  /**
   * Registers the serializer and deserializer of a record type with {@code module}.
   *
   * @param constructor the canonical constructor, given the components' values in declaration order
   * @param components the components in declaration order
   */
  @SafeVarargs
  public static <T> List<Component<T>> register(SimpleModule module, Class<T> type,
      Function<Object[], T> constructor, Component<T>... components) {
    List<Component<T>> declared = List.of(components);
    List<Component<T>> sorted = new ArrayList<>(declared);
    sorted.sort(Comparator.comparing(c -> c.name));
    module.addSerializer(type, new Ser<>(type, sorted));
    module.addDeserializer(type, new Deser<>(type, declared, constructor));
    return declared;
  }

  private static final class Ser<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient List<Component<T>> components;

    Ser(Class<T> type, List<Component<T>> components) {
      super(type);
      this.components = components;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(value);
      for (Component<T> c : components) {
        Object v = c.accessor.apply(value);
        if (v instanceof Optional<?> o) {
          if (o.isPresent()) {
            provider.defaultSerializeField(c.name, o.get(), gen);
          }
        } else if (v != null) {
          provider.defaultSerializeField(c.name, v, gen);
        }
      }
      gen.writeEndObject();
    }
  }

  private static final class Deser<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient List<Component<T>> components;
    private final transient Function<Object[], T> constructor;
    private final transient List<String> names;

    Deser(Class<T> type, List<Component<T>> components, Function<Object[], T> constructor) {
      super(type);
      this.components = components;
      this.constructor = constructor;
      this.names = components.stream().map(c -> c.name).toList();
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      StrictObject o = StrictObject.read(p, ctxt, handledType(), names);
      TypeFactory types = ctxt.getTypeFactory();
      Object[] args = new Object[components.size()];
      for (int i = 0; i < args.length; i++) {
        Component<T> c = components.get(i);
        if (c.type == Optional.class) {
          args[i] = o.optional(c.name, types.constructType(c.element));
        } else if (c.type == List.class) {
          args[i] = o.has(c.name)
              ? o.required(c.name, types.constructCollectionType(List.class, c.element))
              : List.of();
        } else {
          args[i] = o.required(c.name, types.constructType(c.type));
        }
      }
      try {
        return constructor.apply(args);
      } catch (RuntimeException e) {
        throw o.invalid(e);
      }
    }
  }
}
