package id.posyandu.json.internal;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What a JSON value of a Java type should look like, in words for problem messages ("a number",
 * "NIK: 16 digits"). Code types register their own description ({@link #describe}).
 */
public final class Expected {

  private static final Map<Class<?>, String[]> DESCRIPTIONS = new ConcurrentHashMap<>();

  private Expected() {}

  /** Registers the Indonesian and English description of the JSON form of {@code type}. */
  public static void describe(Class<?> type, String id, String en) {
    DESCRIPTIONS.put(type, new String[] {id, en});
  }

  /** The description of the expected JSON form of {@code type}: {Indonesian, English}. */
  public static String[] of(Class<?> type) {
    if (type == null) {
      return new String[] {"nilai lain", "another value"};
    }
    String[] known = DESCRIPTIONS.get(type);
    if (known != null) {
      return known;
    }
    if (type == String.class || type == Character.class || type == char.class) {
      return new String[] {"teks (string)", "a string"};
    }
    if (type == boolean.class || type == Boolean.class) {
      return new String[] {"true atau false", "true or false"};
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class
        || type == short.class || type == Short.class || type == OptionalInt.class
        || type == OptionalLong.class || type == byte.class || type == Byte.class
        || type == java.math.BigInteger.class) {
      return new String[] {"bilangan bulat", "a whole number"};
    }
    if (type.isPrimitive() || Number.class.isAssignableFrom(type) || type == OptionalDouble.class) {
      return new String[] {"angka", "a number"};
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return new String[] {"tanggal YYYY-MM-DD", "a date YYYY-MM-DD"};
    }
    if (type.isEnum()) {
      String codes = Arrays.stream(type.getEnumConstants())
          .map(c -> CodeEnums.codeOf((Enum<?>) c)).collect(Collectors.joining(", "));
      return new String[] {"salah satu kode: " + codes, "one of the codes: " + codes};
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return new String[] {"larik [...]", "an array [...]"};
    }
    if (type == Optional.class || type == Object.class) {
      return new String[] {"nilai lain", "another value"};
    }
    return new String[] {"objek {...}", "an object {...}"};
  }
}
