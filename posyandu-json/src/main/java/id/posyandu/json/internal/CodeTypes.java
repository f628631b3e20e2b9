package id.posyandu.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import id.posyandu.core.code.CodeFormatException;
import id.posyandu.core.code.KodeWilayah;
import id.posyandu.core.code.Nik;
import id.posyandu.core.code.NomorKk;
import id.posyandu.core.code.PosyanduRegistrationNumber;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The code types of the core as JSON strings: {@link Nik} and {@link NomorKk} as their 16 digits
 * (personal data in transit: the canonical record must carry them; never log the JSON),
 * {@link KodeWilayah} and {@link PosyanduRegistrationNumber} dotted ({@code 11.01.01.2001}).
 * Reading accepts exactly what the type's {@code parse} accepts; a malformed code fails with the
 * {@link CodeFormatException} of the core (stable code such as {@code NIK.MONTH}, masked message).
 */
public final class CodeTypes {

  private CodeTypes() {}

  /** Registers the serializers and deserializers of the code types with {@code module}. */
  public static void register(SimpleModule module) {
    add(module, Nik.class, Nik::value, Nik::parse);
    add(module, NomorKk.class, NomorKk::value, NomorKk::parse);
    add(module, KodeWilayah.class, KodeWilayah::dotted, KodeWilayah::parse);
    add(module, PosyanduRegistrationNumber.class, PosyanduRegistrationNumber::dotted,
        PosyanduRegistrationNumber::parse);
    Expected.describe(Nik.class, "NIK: 16 angka dalam tanda kutip", "NIK: 16 digits as a string");
    Expected.describe(NomorKk.class, "nomor KK: 16 angka dalam tanda kutip",
        "KK number: 16 digits as a string");
    Expected.describe(KodeWilayah.class, "kode wilayah bertitik, mis. \"11.01.01.2001\"",
        "a dotted kode wilayah, e.g. \"11.01.01.2001\"");
    Expected.describe(PosyanduRegistrationNumber.class,
        "nomor registrasi Posyandu bertitik, mis. \"11.01.01.2001.001\"",
        "a dotted Posyandu registration number, e.g. \"11.01.01.2001.001\"");
  }

  /** The parser of a code type's canonical string, or null when {@code type} is not one. */
  static Function<String, ?> parser(Class<?> type) {
    return PARSERS.get(type);
  }

  private static final Map<Class<?>, Function<String, ?>> PARSERS = new ConcurrentHashMap<>();

  private static <T> void add(SimpleModule module, Class<T> type, Function<T, String> write,
      Function<String, T> parse) {
    PARSERS.put(type, parse);
    module.addSerializer(type, new Ser<>(type, write));
    module.addDeserializer(type, new Deser<>(type, parse));
  }

  private static final class Ser<T> extends StdScalarSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<T, String> write;

    Ser(Class<T> type, Function<T, String> write) {
      super(type);
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(write.apply(value));
    }
  }

  private static final class Deser<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> parse;

    Deser(Class<T> type, Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (T) ctxt.handleUnexpectedToken(handledType(), p);
      }
      String text = p.getText();
      // strict: the canonical form has no surrounding whitespace
      if (!text.equals(text.strip())) {
        return (T) ctxt.handleWeirdStringValue(handledType(), "", "surrounding whitespace");
      }
      try {
        return parse.apply(text);
      } catch (CodeFormatException e) {
        throw JsonMappingException.from(p, "malformed " + handledType().getSimpleName(), e);
      }
    }
  }
}
