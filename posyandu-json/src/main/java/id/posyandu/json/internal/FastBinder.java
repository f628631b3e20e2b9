package id.posyandu.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.std.CollectionDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import id.posyandu.core.code.KodeWilayah;
import id.posyandu.core.code.PosyanduRegistrationNumber;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Binds the common case of a record line in one pass over a UTF-8 parser, through plans compiled
 * once per type (method handles to the builders, readers per property), with no databind context
 * and no reflection per record.
 *
 * <p>It binds only what the strict databind path ({@code ValueTypeCodec} and the module's
 * deserializers) certainly binds to the same value; at anything else (an unknown, duplicate or
 * {@code null} property, a wrong token, a {@code type} member that is not first, a value the
 * builder refuses, trailing content, a parser error, a type it has no plan for) it gives up and
 * returns {@link #BAIL}, and the caller reads the line on the databind path, which reports the
 * problem exactly as before. Thread-safe.
 */
public final class FastBinder {

  /** What the bind methods return when the line must be read on the databind path. */
  public static final Object BAIL = new Object();

  private static final Bail BAILING = new Bail();
  /** Codes remembered per code type (a kabupaten has about 1,500 Posyandu). */
  private static final int CODE_CACHE = 16_384;
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  private final Utf8Factory factory;
  private final ObjectMapper mapper;
  private final DefaultDeserializationContext context;
  private final Map<Class<?>, Plan> plans = new ConcurrentHashMap<>();
  private final Map<Class<?>, Map<String, Class<?>>> polymorphic = new ConcurrentHashMap<>();

  /** A binder for the records {@code mapper} reads (its parser limits, its deserializers). */
  public FastBinder(ObjectMapper mapper) {
    this.mapper = mapper;
    this.factory = new Utf8Factory(new JsonFactoryBuilder(mapper.getFactory())
        // duplicates are found per object by the plans (a bit per property), and bail
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
    this.context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
        .createDummyInstance(mapper.getDeserializationConfig());
  }

  /**
   * Binds a line that names its type in a leading {@code type} member.
   *
   * @param types the record classes by type name
   * @param name receives the type name read (index 0)
   * @return the value, or {@link #BAIL}
   */
  public Object bindNamed(byte[] b, int off, int len, Function<String, Class<?>> types,
      String[] name) {
    try (JsonParser p = factory.utf8Parser(b, off, len)) {
      if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
          || !TypeNames.MEMBER.equals(p.currentName())
          || p.nextToken() != JsonToken.VALUE_STRING) {
        return BAIL;
      }
      String typeName = p.getText();
      Class<?> type = types.apply(typeName);
      if (type == null) {
        return BAIL;
      }
      Plan plan = plan(type);
      if (plan == null || plan.byName.containsKey(TypeNames.MEMBER)) {
        return BAIL;
      }
      Object value = plan.readFields(p);
      if (p.nextToken() != null) {
        return BAIL;
      }
      name[0] = typeName;
      return value;
    } catch (Throwable e) {
      return bail(e);
    }
  }

  /**
   * Binds a line holding a record of {@code type}; a leading {@code type} member equal to
   * {@code typeName} (when given) is skipped.
   *
   * @return the value, or {@link #BAIL}
   */
  public Object bind(byte[] b, int off, int len, Class<?> type, String typeName) {
    Plan plan = plan(type);
    if (plan == null) {
      return BAIL;
    }
    try (JsonParser p = factory.utf8Parser(b, off, len)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return BAIL;
      }
      JsonToken t = p.nextToken();
      if (t == JsonToken.FIELD_NAME && TypeNames.MEMBER.equals(p.currentName())
          && !plan.byName.containsKey(TypeNames.MEMBER)) {
        // a leading member may name the type; anywhere else it is for the databind path
        if (typeName == null || p.nextToken() != JsonToken.VALUE_STRING
            || !typeName.equals(p.getText())) {
          return BAIL;
        }
        t = p.nextToken();
      }
      Object value = plan.readFieldsFrom(p, t);
      if (p.nextToken() != null) {
        return BAIL;
      }
      return value;
    } catch (Throwable e) {
      return bail(e);
    }
  }

  /** Any failure sends the line to the databind path, except the JVM's own serious errors. */
  private static Object bail(Throwable e) {
    if (e instanceof Error && !(e instanceof StackOverflowError)) {
      throw (Error) e;
    }
    return BAIL;
  }

  private Plan plan(Class<?> type) {
    Plan p = plans.get(type);
    if (p == null) {
      p = compile(type);
      plans.put(type, p == null ? Plan.NONE : p);
    }
    return p == Plan.NONE ? null : p;
  }

  private Plan compile(Class<?> type) {
    try {
      ValueType vt = ValueType.of(type).orElse(null);
      if (vt == null || vt.type() != type || vt.attributes().size() > 63
          || !(deserializer(context.constructType(type)) instanceof ValueTypeCodec.ValueDeserializer)) {
        return null;
      }
      Plan plan = new Plan(this, vt); // nested types get their plans when first read
      int bit = 0;
      for (ValueType.Attribute a : vt.attributes()) {
        Reader r = reader(a.valueType());
        if (r == null) {
          return null;
        }
        MethodHandle set = LOOKUP.unreflect(a.setter())
            .asType(MethodType.methodType(Object.class, Object.class, Object.class));
        plan.byName.put(a.name(), new Prop(1L << bit++, r, set));
      }
      return plan;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private JsonDeserializer<Object> deserializer(JavaType t) {
    try {
      return context.findRootValueDeserializer(t);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The reader of values of {@code t}, or null when the databind path must read them. */
  private Reader reader(JavaType t) {
    JsonDeserializer<?> d = deserializer(t);
    if (d == null) {
      return null;
    }
    Class<?> raw = t.getRawClass();
    if (raw == String.class && d.getClass() == StringDeserializer.class) {
      return (p, tok) -> {
        if (tok != JsonToken.VALUE_STRING) {
          throw BAILING;
        }
        return p.getText();
      };
    }
    if ((raw == boolean.class || raw == Boolean.class)
        && d.getClass() == NumberDeserializers.BooleanDeserializer.class) {
      return (p, tok) -> {
        if (tok == JsonToken.VALUE_TRUE) {
          return Boolean.TRUE;
        }
        if (tok == JsonToken.VALUE_FALSE) {
          return Boolean.FALSE;
        }
        throw BAILING;
      };
    }
    if ((raw == int.class || raw == Integer.class)
        && d.getClass() == NumberDeserializers.IntegerDeserializer.class) {
      return (p, tok) -> {
        if (tok != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
          throw BAILING;
        }
        return p.getIntValue();
      };
    }
    if ((raw == long.class || raw == Long.class)
        && d.getClass() == NumberDeserializers.LongDeserializer.class) {
      return (p, tok) -> {
        if (tok != JsonToken.VALUE_NUMBER_INT
            || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          throw BAILING;
        }
        return p.getLongValue();
      };
    }
    if ((raw == double.class || raw == Double.class) && d instanceof FiniteDouble) {
      return (p, tok) -> {
        if (tok != JsonToken.VALUE_NUMBER_FLOAT && tok != JsonToken.VALUE_NUMBER_INT) {
          throw BAILING;
        }
        double v = p.getDoubleValue();
        if (!Double.isFinite(v)) {
          throw BAILING;
        }
        return v;
      };
    }
    if (raw == LocalDate.class && d instanceof StrictLocalDate.Deser) {
      return (p, tok) -> {
        if (tok != JsonToken.VALUE_STRING) {
          throw BAILING;
        }
        return date(p.getText());
      };
    }
    if (raw.isEnum() && d.getClass().getEnclosingClass() == CodeEnums.class) {
      Map<String, Object> byCode = new HashMap<>();
      for (Object c : raw.getEnumConstants()) {
        byCode.put(CodeEnums.codeOf((Enum<?>) c), c);
      }
      return (p, tok) -> {
        if (tok != JsonToken.VALUE_STRING) {
          throw BAILING;
        }
        Object v = byCode.get(p.getText());
        if (v == null) {
          throw BAILING;
        }
        return v;
      };
    }
    Function<String, ?> code = CodeTypes.parser(raw);
    if (code != null && d.getClass().getEnclosingClass() == CodeTypes.class) {
      // area codes repeat (a Posyandu's number on each of its visits): parsed once and shared
      // (immutable); personal numbers (NIK, KK) are unique per person and never kept
      boolean area = raw == KodeWilayah.class || raw == PosyanduRegistrationNumber.class;
      Map<String, Object> seen = new ConcurrentHashMap<>();
      return (p, tok) -> {
        if (tok != JsonToken.VALUE_STRING) {
          throw BAILING;
        }
        String text = p.getText();
        Object v = seen.get(text);
        if (v != null) {
          return v;
        }
        if (!text.equals(text.strip())) {
          throw BAILING;
        }
        v = code.apply(text); // a malformed code throws: the databind path reports it
        if (area && seen.size() < CODE_CACHE) {
          seen.put(text, v);
        }
        return v;
      };
    }
    if (d instanceof CollectionDeserializer && d.getClass() == CollectionDeserializer.class
        && (raw == ArrayList.class || raw == LinkedHashSet.class)) {
      Reader element = reader(t.getContentType());
      if (element == null) {
        return null;
      }
      boolean list = raw == ArrayList.class;
      return (p, tok) -> {
        if (tok != JsonToken.START_ARRAY) {
          throw BAILING;
        }
        Collection<Object> c = list ? new ArrayList<>() : new LinkedHashSet<>();
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
          if (e == null || e == JsonToken.VALUE_NULL) {
            throw BAILING;
          }
          c.add(element.read(p, e));
        }
        return c;
      };
    }
    if (d instanceof PolymorphicDeserializer) {
      Map<String, Class<?>> names = polymorphic.computeIfAbsent(raw,
          b -> ModelMixins.TYPE_NAMES.namesOf(b));
      if (names.isEmpty()) {
        return null;
      }
      return (p, tok) -> {
        if (tok != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
            || !TypeNames.MEMBER.equals(p.currentName())
            || p.nextToken() != JsonToken.VALUE_STRING) {
          throw BAILING;
        }
        Class<?> impl = names.get(p.getText());
        Plan plan = impl == null ? null : plan(impl);
        if (plan == null || plan.byName.containsKey(TypeNames.MEMBER)) {
          throw BAILING;
        }
        return plan.readFields(p);
      };
    }
    if (d instanceof ValueTypeCodec.ValueDeserializer && ValueType.of(raw).isPresent()
        && ValueType.of(raw).get().type() == raw) {
      // a nested value type: its plan is compiled on first use
      return (p, tok) -> {
        if (tok != JsonToken.START_OBJECT) {
          throw BAILING;
        }
        Plan plan = plan(raw);
        if (plan == null) {
          throw BAILING;
        }
        return plan.readFields(p);
      };
    }
    return null;
  }

  /** A date of the strict form {@code YYYY-MM-DD} that exists. */
  private static LocalDate date(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      throw BAILING;
    }
    int y = digits(s, 0, 4);
    int m = digits(s, 5, 7);
    int d = digits(s, 8, 10);
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      throw BAILING;
    }
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw BAILING;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** Reads one value whose first token is {@code tok}. */
  @FunctionalInterface
  private interface Reader {
    Object read(JsonParser p, JsonToken tok) throws Throwable;
  }

  /** One property of a plan: its bit, its reader, its builder method. */
  private static final class Prop {
    final long bit;
    final Reader reader;
    final MethodHandle set;

    Prop(long bit, Reader reader, MethodHandle set) {
      this.bit = bit;
      this.reader = reader;
      this.set = set;
    }
  }

  /** How a value type is read. */
  private static final class Plan {
    static final Plan NONE = new Plan(null, null);

    final Map<String, Prop> byName = new HashMap<>();
    private final MethodHandle newBuilder;
    private final MethodHandle build;

    Plan(FastBinder owner, ValueType vt) {
      if (vt == null) {
        newBuilder = null;
        build = null;
        return;
      }
      try {
        newBuilder = LOOKUP.unreflectConstructor(vt.builderConstructor())
            .asType(MethodType.methodType(Object.class));
        build = LOOKUP.unreflect(vt.buildMethod())
            .asType(MethodType.methodType(Object.class, Object.class));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    /** Reads the members after the current token up to the end of the object. */
    Object readFields(JsonParser p) throws Throwable {
      return readFieldsFrom(p, p.nextToken());
    }

    Object readFieldsFrom(JsonParser p, JsonToken first) throws Throwable {
      Object builder = newBuilder.invokeExact();
      long seen = 0;
      JsonToken t = first;
      while (t == JsonToken.FIELD_NAME) {
        Prop prop = byName.get(p.currentName());
        if (prop == null || (seen & prop.bit) != 0) {
          throw BAILING;
        }
        seen |= prop.bit;
        JsonToken v = p.nextToken();
        if (v == JsonToken.VALUE_NULL || v == null) {
          throw BAILING;
        }
        Object value = prop.reader.read(p, v);
        Object ignored = prop.set.invokeExact(builder, value);
        t = p.nextToken();
      }
      if (t != JsonToken.END_OBJECT) {
        throw BAILING;
      }
      return build.invokeExact(builder); // a missing required property throws: bail
    }
  }

  /** A factory that makes UTF-8 parsers over bytes directly, without detecting the encoding. */
  private static final class Utf8Factory extends JsonFactory {
    private static final long serialVersionUID = 1L;

    Utf8Factory(JsonFactoryBuilder b) {
      super(b);
    }

    JsonParser utf8Parser(byte[] b, int off, int len) {
      IOContext ctxt = _createContext(_createContentReference(b, off, len), true);
      return new UTF8StreamJsonParser(ctxt, _parserFeatures, null, _objectCodec,
          _byteSymbolCanonicalizer.makeChild(_factoryFeatures), b, off, off + len, false);
    }
  }

  /** Give up: the databind path reads the line. */
  private static final class Bail extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Bail() {
      super(null, null, false, false);
    }
  }
}
