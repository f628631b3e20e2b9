package id.posyandu.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import id.posyandu.json.internal.FastBinder;
import id.posyandu.json.internal.Utf8;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reads one record from bytes: strict binding, then validation. Shared by documents and NDJSON
 * lines; never throws for bad input (everything becomes a {@link JsonProblem}).
 *
 * <p>A line is first bound by {@link FastBinder} (one pass, no databind context); when it gives up
 * (any problem, or a shape it does not bind) the line is read on the databind path, which names
 * the problem. Both bind the same value.
 */
final class RecordParser {

  static final String TYPE_MEMBER = "type";

  private final ObjectMapper mapper;
  private final Function<Object, List<JsonProblem>> validation;
  private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();
  private final Map<String, ObjectReader> namedReaders = new ConcurrentHashMap<>();
  private final FastBinder fast;

  RecordParser(ObjectMapper mapper, Function<Object, List<JsonProblem>> validation) {
    this.mapper = mapper;
    this.validation = validation;
    this.fast = new FastBinder(mapper);
  }

  /**
   * Reads a record of a declared type. A top-level {@code type} member is accepted when it equals
   * {@code typeName} (when given).
   *
   * @param line the NDJSON line number, or 0 for a document (problems then take the parser's line)
   */
  <T> RecordResult<T> parse(byte[] b, int off, int len, long line, Class<T> type, String typeName) {
    List<JsonProblem> problems = new ArrayList<>(2);
    JsonProblem bad = checkUtf8(b, off, len, line);
    if (bad != null) {
      problems.add(bad);
      return new RecordResult<>(line, typeName, null, problems);
    }
    Object quick = fast.bind(b, off, len, type, typeName);
    if (quick != FastBinder.BAIL) {
      return finish(type.cast(quick), line, typeName, problems);
    }
    T value = bind(b, off, len, line, type, typeName, typeName == null ? "" : typeName, problems);
    return finish(value, line, typeName, problems);
  }

  /** Reads a record whose type is named by its top-level {@code type} member. */
  RecordResult<Object> parseMixed(byte[] b, int off, int len, long line, RecordTypes types) {
    List<JsonProblem> problems = new ArrayList<>(2);
    JsonProblem bad = checkUtf8(b, off, len, line);
    if (bad != null) {
      problems.add(bad);
      return new RecordResult<>(line, null, null, problems);
    }
    String[] named = new String[1];
    Object quick = fast.bindNamed(b, off, len, n -> types.classOf(n).orElse(null), named);
    if (quick != FastBinder.BAIL) {
      return finish(quick, line, named[0], problems);
    }
    String name;
    try (JsonParser p = mapper.createParser(b, off, len)) {
      name = findTypeName(p);
    } catch (IOException | RuntimeException e) {
      problems.add(place(ProblemMapper.map(e, types.namesList()), line));
      return new RecordResult<>(line, null, null, problems);
    } catch (TypeMemberException e) {
      problems.add(Problems.error(e.code, e.pointer, line, 0, types.namesList()));
      return new RecordResult<>(line, null, null, problems);
    }
    Class<?> type = types.classOf(name).orElse(null);
    if (type == null) {
      problems.add(Problems.error("JSON.UNKNOWN_TYPE", "/" + TYPE_MEMBER, line, 0,
          types.namesList()));
      return new RecordResult<>(line, null, null, problems);
    }
    Object value = bind(b, off, len, line, type, name, types.namesList(), problems);
    return finish(value, line, name, problems);
  }

  private <T> RecordResult<T> finish(T value, long line, String typeName,
      List<JsonProblem> problems) {
    if (value != null && problems.isEmpty()) {
      List<JsonProblem> found;
      try {
        found = validation.apply(value);
      } catch (RuntimeException e) {
        // a bug of the validator, not bad input: name it in the problem, log its cause (redacted)
        found = List.of(Problems.error("JSON.INTERNAL", "", line, 0,
            "validation: " + e.getClass().getName()));
        id.posyandu.json.internal.InternalErrors.log("validation", typeName, line, e);
      }
      for (JsonProblem p : found) {
        problems.add(line > 0 ? p.atLine(line) : p);
      }
    }
    return new RecordResult<>(line, typeName, value, problems);
  }

  private <T> T bind(byte[] b, int off, int len, long line, Class<T> type, String typeName,
      String knownTypes, List<JsonProblem> problems) {
    ObjectReader base = readers.computeIfAbsent(type, this::newReader);
    ObjectReader reader = typeName == null ? base : namedReaders.computeIfAbsent(
        type.getName() + '\u0000' + typeName, k -> base.withAttribute(TYPE_MEMBER, typeName));
    JsonParser p = null;
    try {
      p = reader.createParser(b, off, len);
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.add(place(Problems.error("JSON.EMPTY", "", 1, 1), line));
        return null;
      }
      if (first != JsonToken.START_OBJECT) {
        problems.add(place(Problems.error("JSON.NOT_OBJECT", "", p.currentLocation().getLineNr(),
            p.currentLocation().getColumnNr()), line));
        return null;
      }
      T value = reader.readValue(p);
      if (value == null) {
        problems.add(place(Problems.error("JSON.NULL", "", 1, 1), line));
        return null;
      }
      JsonToken trailing;
      try {
        trailing = p.nextToken();
      } catch (IOException e) {
        trailing = JsonToken.NOT_AVAILABLE;
      }
      if (trailing != null) {
        problems.add(place(Problems.error("JSON.TRAILING", "", p.currentLocation().getLineNr(),
            p.currentLocation().getColumnNr()), line));
        return null;
      }
      return value;
    } catch (IOException | RuntimeException e) {
      JsonProblem mapped = ProblemMapper.map(e, knownTypes);
      if (mapped.pointer().isEmpty() && p != null) {
        mapped = withPointer(mapped, p);
      }
      problems.add(place(mapped, line));
      return null;
    } catch (StackOverflowError e) {
      problems.add(place(Problems.error("JSON.LIMIT", "", 0, 0, "kedalaman bersarang",
          "nesting depth"), line));
      return null;
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (IOException ignored) {
          // closing a parser over a byte array does no I/O
        }
      }
    }
  }

  private static JsonProblem withPointer(JsonProblem m, JsonParser p) {
    String ptr;
    try {
      ptr = p.getParsingContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return m;
    }
    if (ptr.isEmpty()) {
      return m;
    }
    return JsonProblem.of(m.code(), m.severity(), ptr, m.line(), m.column(), m.messageId(),
        m.messageEn(), m.value().orElse(null));
  }

  private ObjectReader newReader(Class<?> type) {
    // trailing content is checked here, after the value, to report it as JSON.TRAILING
    return mapper.readerFor(type).withHandler(new TypeMemberHandler())
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  private static JsonProblem place(JsonProblem p, long line) {
    return line > 0 ? p.atLine(line) : p;
  }

  private static JsonProblem checkUtf8(byte[] b, int off, int len, long line) {
    int at = Utf8.firstInvalid(b, off, len);
    if (at < 0) {
      return null;
    }
    long col = at - off + 1L;
    return Problems.error("JSON.INVALID_UTF8", "", Math.max(line, 1), col, String.valueOf(col));
  }

  /** Finds the top-level {@code type} string; the parser is at the start of the line. */
  private static String findTypeName(JsonParser p) throws IOException, TypeMemberException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new TypeMemberException("JSON.EMPTY", "");
    }
    if (t != JsonToken.START_OBJECT) {
      throw new TypeMemberException("JSON.NOT_OBJECT", "");
    }
    String found = null;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (TYPE_MEMBER.equals(name)) {
        if (v != JsonToken.VALUE_STRING) {
          throw new TypeMemberException("JSON.MISSING_TYPE", "/" + TYPE_MEMBER);
        }
        found = p.getText();
      } else {
        p.skipChildren();
      }
    }
    if (found == null) {
      throw new TypeMemberException("JSON.MISSING_TYPE", "");
    }
    return found;
  }

  /** A line's {@code type} member is missing or unusable. */
  private static final class TypeMemberException extends Exception {
    private static final long serialVersionUID = 1L;
    final String code;
    final String pointer;

    TypeMemberException(String code, String pointer) {
      super(code, null, false, false);
      this.code = code;
      this.pointer = pointer;
    }
  }

  /**
   * Skips the top-level {@code type} member when it names the type being read; anything else stays
   * an unknown property.
   */
  private static final class TypeMemberHandler extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
        JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName)
        throws IOException {
      if (!TYPE_MEMBER.equals(propertyName) || p.currentToken() != JsonToken.VALUE_STRING) {
        return false;
      }
      if (p.getParsingContext().getParent() == null
          || !p.getParsingContext().getParent().inRoot()) {
        return false;
      }
      Object expected = ctxt.getAttribute(TYPE_MEMBER);
      if (expected == null || "".equals(expected) || !expected.equals(p.getText())) {
        return false;
      }
      return true;
    }
  }
}
