package id.posyandu.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * Enums of the posyandu model as stable upper-case codes (DESIGN.md): an enum with a public
 * {@code String code()} method (e.g. {@code SpmArea.KESEHATAN} → {@code "KES"}) is written as that
 * code in upper case ({@code ReportLevel.DESA}, whose command-line code is {@code desa}, →
 * {@code "DESA"}), any other as its constant name. Reading accepts exactly those codes (case-sensitive) from a JSON string
 * and nothing else: no ordinals, no numbers, no other spelling.
 */
public final class CodeEnums {

  private static final String PACKAGE_PREFIX = "id.posyandu.";

  private CodeEnums() {}

  /** The stable code of an enum constant: its {@code code()} when it has one, else its name. */
  public static String codeOf(Enum<?> e) {
    Method m = codeMethod(e.getDeclaringClass());
    if (m == null) {
      return e.name();
    }
    try {
      Object v = m.invoke(e);
      return v == null ? e.name() : v.toString().toUpperCase(java.util.Locale.ROOT);
    } catch (ReflectiveOperationException ex) {
      return e.name();
    }
  }

  private static Method codeMethod(Class<?> enumType) {
    try {
      Method m = enumType.getMethod("code");
      return m.getReturnType() == String.class && Modifier.isPublic(m.getModifiers())
          && !Modifier.isStatic(m.getModifiers()) ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static boolean ours(Class<?> type) {
    return type.isEnum() && type.getName().startsWith(PACKAGE_PREFIX);
  }

  /** Serializers of the model's enums. */
  public static final class Ser extends Serializers.Base {
    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
        BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      if (raw.isAnonymousClass() && raw.getSuperclass() != null && raw.getSuperclass().isEnum()) {
        raw = raw.getSuperclass();
      }
      return ours(raw) ? new EnumCodeSerializer() : null;
    }
  }

  /** Deserializers of the model's enums. */
  public static final class Deser extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
        BeanDescription beanDesc) {
      return ours(type) ? new EnumCodeDeserializer(type) : null;
    }
  }

  @SuppressWarnings("rawtypes")
  private static final class EnumCodeSerializer extends StdScalarSerializer<Enum> {
    private static final long serialVersionUID = 1L;

    EnumCodeSerializer() {
      super(Enum.class);
    }

    @Override
    public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(codeOf(value));
    }
  }

  private static final class EnumCodeDeserializer extends StdScalarDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final Map<String, Object> byCode = new HashMap<>();

    EnumCodeDeserializer(Class<?> type) {
      super(type);
      for (Object c : type.getEnumConstants()) {
        byCode.put(codeOf((Enum<?>) c), c);
      }
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.handleUnexpectedToken(handledType(), p);
      }
      String text = p.getText();
      Object v = byCode.get(text);
      if (v == null) {
        return ctxt.handleWeirdStringValue(handledType(), text, "not one of the codes");
      }
      return v;
    }
  }
}
