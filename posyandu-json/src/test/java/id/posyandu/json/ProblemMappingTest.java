package id.posyandu.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.IgnoredPropertyException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every Jackson exception type becomes a {@link JsonProblem} with a stable code and a message of our
 * own, both through real input and by mapping each exception type directly.
 */
class ProblemMappingTest {

  private static final PosyanduJson JSON = PosyanduJson.withoutValidation();
  private static final String OK = Sample.json("Ani", 3);

  private static RecordResult<Sample> read(String s) {
    return JSON.read(s, Sample.class);
  }

  @Test
  void aGoodRecordIsAccepted() {
    RecordResult<Sample> r = read(OK);
    assertThat(r.accepted()).as(r.toString()).isTrue();
    assertThat(r.value().orElseThrow().date()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  /** The good record with one member replaced ({@code field=raw}), added, or removed ({@code -field}). */
  static String with(String change) {
    java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
    m.put("name", "\"Ani\"");
    m.put("count", "3");
    m.put("date", "\"2024-02-29\"");
    m.put("area", "\"KES\"");
    m.put("flag", "true");
    m.put("tags", "[\"a\"]");
    if (change.startsWith("-")) {
      m.remove(change.substring(1));
    } else {
      int eq = change.indexOf('=');
      m.put(change.substring(0, eq), change.substring(eq + 1));
    }
    StringBuilder sb = new StringBuilder("{");
    m.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":")
        .append(v));
    return sb.append('}').toString();
  }

  @ParameterizedTest(name = "{0} -> {1} at {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "zzz=1                    | JSON.UNKNOWN_PROPERTY | /zzz",
      "count=\"1\"              | JSON.WRONG_TYPE       | /count",
      "count=1.5                | JSON.WRONG_TYPE       | /count",
      "count=true               | JSON.WRONG_TYPE       | /count",
      "count=null               | JSON.NULL             | /count",
      "count=99999999999        | JSON.NUMBER_RANGE     | /count",
      "count=NaN                | JSON.SYNTAX           | /count",
      "count=01                 | JSON.SYNTAX           | /count",
      "count=1e999999           | JSON.WRONG_TYPE       | /count",
      "count=-1                 | JSON.INVALID_VALUE    | -",
      "name=5                   | JSON.WRONG_TYPE       | /name",
      "name={}                  | JSON.WRONG_TYPE       | /name",
      "name=null                | JSON.NULL             | /name",
      "flag=1                   | JSON.WRONG_TYPE       | /flag",
      "flag=\"true\"            | JSON.WRONG_TYPE       | /flag",
      "date=\"2024-02-30\"      | JSON.INVALID_DATE     | /date",
      "date=\"2023-02-29\"      | JSON.INVALID_DATE     | /date",
      "date=\"24-02-01\"        | JSON.INVALID_DATE     | /date",
      "date=\"2024-02-01T00:00:00Z\" | JSON.INVALID_DATE | /date",
      "date=19000               | JSON.WRONG_TYPE       | /date",
      "date=[2024,2,1]          | JSON.WRONG_TYPE       | /date",
      "area=\"KESEHATAN\"       | JSON.INVALID_VALUE    | /area",
      "area=\"kes\"             | JSON.INVALID_VALUE    | /area",
      "area=0                   | JSON.WRONG_TYPE       | /area",
      "tags=\"a\"               | JSON.WRONG_TYPE       | /tags",
      "tags=[1]                 | JSON.WRONG_TYPE       | /tags/0",
      "tags=[[]]                | JSON.WRONG_TYPE       | /tags/0",
      "-count                   | JSON.MISSING_PROPERTY | /count",
  })
  void aBadMemberGivesItsCodeAndPointer(String change, String code, String pointer) {
    assertProblem(with(change), code, "-".equals(pointer) ? "" : pointer);
  }

  @ParameterizedTest(name = "{0} -> {1} at {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{\"name\":\"A\"                                | JSON.TRUNCATED        | /name",
      "{\"name\":\"A                                   | JSON.TRUNCATED        | /name",
      "{                                              | JSON.TRUNCATED        | -",
      "@OK x                                          | JSON.TRAILING         | -",
      "@OK {}                                         | JSON.TRAILING         | -",
      "{\"name\":\"A\",\"name\":\"B\"}                | JSON.DUPLICATE_KEY    | /name",
      "``                                             | JSON.EMPTY            | -",
      "`   `                                          | JSON.EMPTY            | -",
      "[]                                             | JSON.NOT_OBJECT       | -",
      "\"text\"                                       | JSON.NOT_OBJECT       | -",
      "null                                           | JSON.NOT_OBJECT       | -",
      "{'name':'A'}                                   | JSON.SYNTAX           | -",
      "{\"name\":\"A\",}                              | JSON.SYNTAX           | /name",
      "{\"name\":\"A\" /* c */}                       | JSON.SYNTAX           | /name",
      "{\"name\"\"A\"}                                | JSON.SYNTAX           | /name",
  })
  void aBadDocumentGivesItsCodeAndPointer(String input, String code, String pointer) {
    assertProblem(input.replace("@OK", OK), code, "-".equals(pointer) ? "" : pointer);
  }

  private static void assertProblem(String doc, String code, String pointer) {
    RecordResult<Sample> r = read(doc);
    assertThat(r.accepted()).as(doc).isFalse();
    assertThat(r.problems()).as(doc).hasSize(1);
    JsonProblem p = r.problems().get(0);
    assertThat(p.code()).as(doc + " " + p).isEqualTo(code);
    assertThat(p.pointer()).as(doc + " " + p).isEqualTo(pointer);
    assertThat(p.messageId()).isNotBlank().doesNotContain("Exception", "jackson", "`");
    assertThat(p.messageEn()).isNotBlank().doesNotContain("Exception", "jackson", "`");
  }

  @Test
  void limitsAreProblemsNotCrashes() {
    RecordTypes types = RecordTypes.builder().add("sample", Sample.class).build();
    String deep = "{\"x\":" + "[".repeat(200) + "]".repeat(200) + ",\"type\":\"sample\"}";
    assertThat(JSON.read(deep.getBytes(StandardCharsets.UTF_8), types).problems().get(0).code())
        .isEqualTo("JSON.LIMIT");
    String longNumber = "{\"count\":" + "1".repeat(100) + "}";
    assertThat(read(longNumber).problems().get(0).code()).isEqualTo("JSON.LIMIT");
    String longString = "{\"name\":\"" + "x".repeat((1 << 20) + 1) + "\"}";
    assertThat(read(longString).problems().get(0).code()).isEqualTo("JSON.LIMIT");
    String longName = "{\"" + "n".repeat(300) + "\":1}";
    assertThat(read(longName).problems().get(0).code()).isEqualTo("JSON.LIMIT");
    PosyanduJson small = PosyanduJson.withoutValidation().withLimits(JsonLimits.DEFAULTS.withMaxDocumentBytes(100));
    assertThat(small.read(OK + " ".repeat(100), Sample.class).problems().get(0).code())
        .isEqualTo("JSON.LIMIT");
  }

  @Test
  void invalidUtf8IsItsOwnProblem() {
    byte[] b = "{\"name\":\"A\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
    JsonProblem p = JSON.read(b, Sample.class).problems().get(0);
    assertThat(p.code()).isEqualTo("JSON.INVALID_UTF8");
    assertThat(p.column()).isEqualTo(11);
  }

  @Test
  void messagesNeverQuoteTheInputValue() {
    String secret = "3201234567890123";
    for (String doc : List.of("{\"count\":\"" + secret + "\"}", "{\"area\":\"" + secret + "\"}",
        "{\"date\":\"" + secret + "\"}", "{\"name\":\"" + secret)) {
      JsonProblem p = read(doc).problems().get(0);
      assertThat(p.messageId() + p.messageEn() + p).as(doc).doesNotContain(secret);
    }
  }

  @Test
  void problemsCarryLineAndColumnOfTheDocument() {
    JsonProblem p = read("{\n  \"name\": \"A\",\n  \"count\": \"x\"\n}").problems().get(0);
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.column()).isPositive();
    assertThat(p.format(Locale.forLanguageTag("id"))).startsWith("3:").contains("/count");
  }

  // ---- each exception type, mapped directly ----

  private static JsonParser parser() throws IOException {
    JsonParser p = PosyanduJson.newMapper(JsonLimits.DEFAULTS).createParser("{\"a\":1}");
    p.nextToken();
    return p;
  }

  private static JavaType type(Class<?> c) {
    return TypeFactory.defaultInstance().constructType(c);
  }

  private static String code(Throwable t) {
    return ProblemMapper.map(t, "visit").code();
  }

  @Test
  void everyExceptionTypeHasItsCode() throws IOException {
    JsonParser p = parser();
    assertThat(code(new StreamConstraintsException("Document length (9) exceeds"))).isEqualTo("JSON.LIMIT");
    assertThat(code(new JsonEOFException(p, JsonToken.START_OBJECT, "eof"))).isEqualTo("JSON.TRUNCATED");
    assertThat(code(new JsonParseException(p, "Unexpected character"))).isEqualTo("JSON.SYNTAX");
    assertThat(code(new JsonParseException(p, "Duplicate field 'a'"))).isEqualTo("JSON.DUPLICATE_KEY");
    assertThat(code(new JsonParseException(p, "Invalid UTF-8 start byte 0xff"))).isEqualTo("JSON.INVALID_UTF8");
    assertThat(code(new InputCoercionException(p, "out of range", JsonToken.VALUE_NUMBER_INT, int.class)))
        .isEqualTo("JSON.NUMBER_RANGE");
    assertThat(code(UnrecognizedPropertyException.from(p, Sample.class, "x", List.of())))
        .isEqualTo("JSON.UNKNOWN_PROPERTY");
    assertThat(code(IgnoredPropertyException.from(p, Sample.class, "x", List.of())))
        .isEqualTo("JSON.UNKNOWN_PROPERTY");
    assertThat(code(InvalidTypeIdException.from(p, "Could not resolve type id 'x'", type(Object.class), "x")))
        .isEqualTo("JSON.UNKNOWN_TYPE");
    assertThat(code(InvalidTypeIdException.from(p, "missing type id property 'type'", type(Object.class), null)))
        .isEqualTo("JSON.MISSING_TYPE");
    assertThat(code(InvalidNullException.from(null, null, type(int.class)))).isEqualTo("JSON.NULL");
    assertThat(code(InvalidFormatException.from(p, "bad", "x", LocalDate.class))).isEqualTo("JSON.INVALID_DATE");
    assertThat(code(InvalidFormatException.from(p, "bad", "x", Sample.class))).isEqualTo("JSON.INVALID_VALUE");
    assertThat(code(MismatchedInputException.from(p, int.class, "Cannot deserialize"))).isEqualTo("JSON.WRONG_TYPE");
    assertThat(code(MismatchedInputException.from(p, int.class, "Trailing token (of type X)"))).isEqualTo("JSON.TRAILING");
    assertThat(code(MismatchedInputException.from(p, int.class, "No content to map due to end-of-input")))
        .isEqualTo("JSON.EMPTY");
    assertThat(code(ValueInstantiationException.from(p, "x", type(Sample.class),
        new IllegalStateException("Cannot build Visit, some of required attributes are not set [date]"))))
        .isEqualTo("JSON.MISSING_PROPERTY");
    assertThat(code(ValueInstantiationException.from(p, "x", type(Sample.class),
        new IllegalArgumentException("check")))).isEqualTo("JSON.INVALID_VALUE");
    assertThat(code(InvalidDefinitionException.from(p, "no creator", type(Sample.class))))
        .isEqualTo("JSON.INTERNAL");
    assertThat(code(JsonMappingException.from(p, "other", new IllegalArgumentException())))
        .isEqualTo("JSON.INVALID_VALUE");
    assertThat(code(new CharConversionException("bad"))).isEqualTo("JSON.INVALID_UTF8");
    assertThat(code(new IOException("disk"))).isEqualTo("JSON.IO");
    assertThat(code(new IllegalStateException("bug"))).isEqualTo("JSON.INTERNAL");
  }

  @Test
  void everyCodeHasBothMessages() {
    for (String code : List.of("JSON.SYNTAX", "JSON.TRUNCATED", "JSON.INVALID_UTF8",
        "JSON.UNKNOWN_PROPERTY", "JSON.MISSING_PROPERTY", "JSON.WRONG_TYPE", "JSON.NULL",
        "JSON.NUMBER_RANGE", "JSON.INVALID_VALUE", "JSON.INVALID_DATE", "JSON.DUPLICATE_KEY",
        "JSON.LIMIT", "JSON.LINE_TOO_LONG", "JSON.TRAILING", "JSON.EMPTY", "JSON.NOT_OBJECT",
        "JSON.MISSING_TYPE", "JSON.UNKNOWN_TYPE", "JSON.IO", "JSON.INTERNAL")) {
      assertThat(Problems.hasMessage(code)).as(code).isTrue();
    }
  }
}
