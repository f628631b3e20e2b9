package id.posyandu.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import id.posyandu.core.code.CodeFormatException;
import id.posyandu.json.internal.Expected;
import id.posyandu.json.internal.Pointers;
import java.io.CharConversionException;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.List;

/**
 * Turns whatever Jackson (or a builder called by Jackson) throws into one {@link JsonProblem} with a
 * stable code, a JSON pointer and a position, and a message of our own: a raw Jackson message, which
 * may quote the input, never reaches a user.
 */
final class ProblemMapper {

  private ProblemMapper() {}

  /**
   * The problem that {@code e} stands for.
   *
   * @param e what reading threw
   * @param knownTypes the type names accepted where a {@code type} member decides (for messages)
   */
  public static JsonProblem map(Throwable e, String knownTypes) {
    long line = 0;
    long column = 0;
    if (e instanceof JsonProcessingException) {
      JsonLocation loc = ((JsonProcessingException) e).getLocation();
      if (loc != null) {
        line = Math.max(0, loc.getLineNr());
        column = Math.max(0, loc.getColumnNr());
      }
    }
    String pointer = pointer(e);
    // Jackson wraps what the parser threw (EOF, limits, number range) with the binding path
    Throwable c = e;
    while (c instanceof JsonMappingException && c.getCause() != null && c.getCause() != c
        && (c.getCause() instanceof JsonProcessingException)) {
      c = c.getCause();
      if (line == 0 && c instanceof JsonProcessingException
          && ((JsonProcessingException) c).getLocation() != null) {
        line = Math.max(0, ((JsonProcessingException) c).getLocation().getLineNr());
        column = Math.max(0, ((JsonProcessingException) c).getLocation().getColumnNr());
      }
    }
    if (pointer.isEmpty()) {
      pointer = pointer(c);
    }
    return classify(c, pointer, line, column, knownTypes);
  }

  private static JsonProblem classify(Throwable e, String ptr, long line, long col,
      String knownTypes) {
    String msg = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof JsonMappingException && e.getCause() instanceof CodeFormatException) {
      CodeFormatException c = (CodeFormatException) e.getCause();
      return JsonProblem.of(JsonProblem.VALIDATION_PREFIX + c.code(), JsonProblem.Severity.ERROR,
          ptr, line, col, c.messageId(), c.messageEn(), c.parameters().get("value"));
    }
    if (e instanceof StreamConstraintsException) {
      String[] which = limitOf(msg);
      return Problems.error("JSON.LIMIT", ptr, line, col, which[0], which[1]);
    }
    if (e instanceof JsonEOFException) {
      return Problems.error("JSON.TRUNCATED", ptr, line, col);
    }
    if (e instanceof PropertyBindingException) {
      String name = ((PropertyBindingException) e).getPropertyName();
      String[] shown = Problems.inputName(name);
      return Problems.error("JSON.UNKNOWN_PROPERTY", ptr, line, col, shown[0], shown[1]);
    }
    if (e instanceof InvalidTypeIdException) {
      InvalidTypeIdException ti = (InvalidTypeIdException) e;
      String code = ti.getTypeId() == null || msg.contains("missing type id")
          ? "JSON.MISSING_TYPE" : "JSON.UNKNOWN_TYPE";
      String orig = ti.getOriginalMessage() == null ? "" : ti.getOriginalMessage();
      String known = orig.startsWith("known: ") ? orig.substring(7) : knownTypes;
      return Problems.error(code, ptr, line, col, known);
    }
    if (e instanceof InvalidNullException) {
      return Problems.error("JSON.NULL", ptr, line, col);
    }
    if (e instanceof InvalidFormatException) {
      Class<?> target = ((InvalidFormatException) e).getTargetType();
      if (target != null && Temporal.class.isAssignableFrom(target)) {
        return Problems.error("JSON.INVALID_DATE", ptr, line, col);
      }
      if (msg.startsWith("Cannot coerce") || msg.contains("coercion")) {
        return wrongType(target, ptr, line, col);
      }
      String[] exp = Expected.of(target);
      return Problems.error("JSON.INVALID_VALUE", ptr, line, col, exp[0], exp[1]);
    }
    if (e instanceof ValueInstantiationException) {
      return instantiation((ValueInstantiationException) e, ptr, line, col);
    }
    if (e instanceof InvalidDefinitionException) {
      return Problems.error("JSON.INTERNAL", ptr, line, col, "definition");
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      if (msg.startsWith("Trailing token")) {
        return Problems.error("JSON.TRAILING", ptr, line, col);
      }
      if (msg.startsWith("No content to map")) {
        return Problems.error("JSON.EMPTY", ptr, line, col);
      }
      if (msg.contains("Cannot map `null`") || msg.startsWith("Null value")) {
        return Problems.error("JSON.NULL", ptr, line, col);
      }
      if (msg.startsWith("Missing required creator property")
          || msg.startsWith("Missing creator property")) {
        return Problems.error("JSON.MISSING_PROPERTY", ptr, line, col, quotedBetween(msg, '\'', '\''));
      }
      return wrongType(m.getTargetType(), ptr, line, col);
    }
    if (e instanceof InputCoercionException) {
      String[] exp = Expected.of(((InputCoercionException) e).getTargetType());
      return Problems.error("JSON.NUMBER_RANGE", ptr, line, col, exp[0], exp[1]);
    }
    if (e instanceof JsonParseException) {
      if (msg.startsWith("Duplicate field")) {
        String[] shown = Problems.inputName(quotedBetween(msg, '\'', '\''));
        return Problems.error("JSON.DUPLICATE_KEY", ptr, line, col, shown[0], shown[1]);
      }
      if (msg.contains("Invalid UTF-8") || msg.contains("Invalid UTF8")) {
        return Problems.error("JSON.INVALID_UTF8", ptr, line, col, String.valueOf(col));
      }
      if (msg.startsWith("Unexpected end-of-input")) {
        return Problems.error("JSON.TRUNCATED", ptr, line, col);
      }
      return Problems.error("JSON.SYNTAX", ptr, line, col);
    }
    if (e instanceof JsonMappingException) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
        return Problems.error("JSON.INVALID_VALUE", ptr, line, col, "nilai lain", "another value");
      }
      return Problems.error("JSON.INVALID_VALUE", ptr, line, col, "nilai lain", "another value");
    }
    if (e instanceof CharConversionException) {
      return Problems.error("JSON.INVALID_UTF8", ptr, line, col, String.valueOf(col));
    }
    if (e instanceof IOException) {
      return Problems.error("JSON.IO", ptr, line, col);
    }
    return Problems.error("JSON.INTERNAL", ptr, line, col, e.getClass().getSimpleName());
  }

  private static JsonProblem wrongType(Class<?> target, String ptr, long line, long col) {
    String[] exp = Expected.of(target);
    return Problems.error("JSON.WRONG_TYPE", ptr, line, col, exp[0], exp[1]);
  }

  private static JsonProblem instantiation(ValueInstantiationException e, String ptr, long line,
      long col) {
    Throwable cause = e.getCause();
    String cm = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
    // Immutables builders: "Cannot build Visit, some of required attributes are not set [date, id]"
    if (cause instanceof IllegalStateException && cm.contains("required attributes are not set")) {
      String names = quotedBetween(cm, '[', ']');
      return Problems.error("JSON.MISSING_PROPERTY", ptr, line, col, Problems.name(names));
    }
    return Problems.error("JSON.INVALID_VALUE", ptr, line, col, "nilai lain", "another value");
  }

  private static String quotedBetween(String msg, char open, char close) {
    int a = msg.indexOf(open);
    int b = a < 0 ? -1 : msg.indexOf(close, a + 1);
    return a >= 0 && b > a ? msg.substring(a + 1, b) : "";
  }

  private static String[] limitOf(String msg) {
    String m = msg.toLowerCase(java.util.Locale.ROOT);
    if (m.contains("document length")) {
      return new String[] {"panjang dokumen", "document length"};
    }
    if (m.contains("depth")) {
      return new String[] {"kedalaman bersarang", "nesting depth"};
    }
    if (m.contains("string value length")) {
      return new String[] {"panjang teks", "string length"};
    }
    if (m.contains("number value length")) {
      return new String[] {"panjang angka", "number length"};
    }
    if (m.contains("name length")) {
      return new String[] {"panjang nama properti", "property name length"};
    }
    if (m.contains("token count")) {
      return new String[] {"jumlah token", "token count"};
    }
    return new String[] {"batas pembacaan", "read limit"};
  }

  /** The JSON pointer of the value where {@code e} happened, {@code ""} for the root or unknown. */
  static String pointer(Throwable e) {
    if (e instanceof JsonMappingException) {
      List<JsonMappingException.Reference> path = ((JsonMappingException) e).getPath();
      if (!path.isEmpty()) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
          sb.append('/');
          if (r.getFieldName() != null) {
            sb.append(Pointers.escape(r.getFieldName()));
          } else if (r.getIndex() >= 0) {
            sb.append(r.getIndex());
          } else {
            sb.append('-');
          }
        }
        return sb.toString();
      }
    }
    if (e instanceof JsonProcessingException) {
      Object proc = e instanceof StreamReadException
          ? ((StreamReadException) e).getProcessor()
          : e instanceof JsonMappingException ? ((JsonMappingException) e).getProcessor() : null;
      if (proc instanceof JsonParser) {
        try {
          JsonPointer p = ((JsonParser) proc).getParsingContext().pathAsPointer();
          return p.toString();
        } catch (RuntimeException ignored) {
          return "";
        }
      }
    }
    return "";
  }
}
