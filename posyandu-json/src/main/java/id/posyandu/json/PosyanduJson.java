package id.posyandu.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Canonical JSON of the posyandu model, configured once: the entry point of this module.
 *
 * <p>Instances are immutable and thread-safe; share them. {@link #asOf(LocalDate)} is the one to
 * use for input from elsewhere. The configuration:
 *
 * <ul>
 *   <li>dates as ISO 8601 strings {@code YYYY-MM-DD}, never timestamps; enums as stable codes;
 *       the entries of a map in key order (the same text for equal values, in every run);
 *   <li>strict: unknown properties, duplicate keys, trailing tokens, {@code null} for primitives,
 *       numbers for enums, floats for integers are errors; no coercion between scalar types (a
 *       number in quotes is a wrong type, so is {@code 1} for a boolean); {@code NaN}, comments,
 *       single quotes and leading zeros are syntax errors (Jackson's defaults, kept);
 *   <li>{@link JsonLimits} on document size, nesting depth, string, number and name length;
 *   <li>no polymorphic default typing, ever: type names are explicit ({@link RecordTypes});
 *   <li>every record read is validated with the core {@code PosyanduValidator}; its violations
 *       become {@link JsonProblem}s with code {@code VALIDATION.<code>}.
 * </ul>
 *
 * <pre>{@code
 * PosyanduJson json = PosyanduJson.asOf(LocalDate.of(2025, 1, 31));
 * RecordResult<Visit> r = json.read(bytes, Visit.class);
 * r.problems().forEach(p -> System.out.println(p.format(Locale.forLanguageTag("id"))));
 * String text = json.write(visit);
 * }</pre>
 */
public final class PosyanduJson {

  private static final PosyanduJson BINDING_ONLY = new PosyanduJson(JsonLimits.DEFAULTS, null);

  private final JsonLimits limits;
  private final LocalDate asOf;
  private final Validation validation;
  private final ObjectMapper mapper;
  private final ObjectWriter writer;
  private final RecordParser parser;

  private PosyanduJson(JsonLimits limits, LocalDate asOf) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.asOf = asOf;
    this.validation = asOf == null ? null : new Validation(asOf);
    this.mapper = newMapper(limits);
    this.writer = mapper.writer();
    Function<Object, List<JsonProblem>> v = validation == null ? x -> List.of() : validation;
    this.parser = new RecordParser(mapper, v);
  }

  /**
   * Reads records strictly and validates each with {@code PosyanduValidator} as of {@code asOf}
   * (the date that "not in the future" and ages are judged against; there is no hidden clock),
   * with {@link JsonLimits#DEFAULTS}. This is the instance for untrusted input.
   */
  public static PosyanduJson asOf(LocalDate asOf) {
    return new PosyanduJson(JsonLimits.DEFAULTS, Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * The shared instance that reads records strictly (every structural rule above) but does not
   * run {@code PosyanduValidator}: for writing, for measuring, and for tools that validate later.
   */
  public static PosyanduJson withoutValidation() {
    return BINDING_ONLY;
  }

  /** The same configuration with other limits. */
  public PosyanduJson withLimits(JsonLimits newLimits) {
    return new PosyanduJson(newLimits, asOf);
  }

  /** The limits in force. */
  public JsonLimits limits() {
    return limits;
  }

  /** The as-of date of validation; empty when records are not validated. */
  public Optional<LocalDate> validationDate() {
    return Optional.ofNullable(asOf);
  }

  /**
   * A new mapper with the project's configuration and the given limits. The mapper is yours to
   * change; the instances of this class never hand out theirs.
   */
  public static JsonMapper newMapper(JsonLimits limits) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxDocumentLength(limits.maxDocumentBytes())
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxNameLength(limits.maxNameLength())
        .build();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .enable(StreamWriteFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
    JsonMapper mapper = JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(new PosyanduModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_EXTERNAL_TYPE_ID_PROPERTY)
        .enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
        .disable(MapperFeature.AUTO_DETECT_FIELDS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        // maps in key order, like properties: the text does not depend on a map's iteration
        // order (Immutables copies maps with Map.copyOf, whose order changes between JVM runs)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .build();
    mapper.coercionConfigDefaults()
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail)
        .setAcceptBlankAsEmpty(false);
    // a whole number is a fine floating-point value ("weightKg": 12)
    mapper.coercionConfigFor(LogicalType.Float)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
    // strings are strings: no number or boolean becomes one
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }

  /** A reader bound to {@code type} with this configuration (immutable, shareable). */
  public ObjectReader readerFor(Class<?> type) {
    return mapper.readerFor(type);
  }

  /** A writer with this configuration (immutable, shareable). */
  public ObjectWriter writer() {
    return writer;
  }

  /**
   * Reads and validates one record of {@code type} from a JSON document. Never throws for bad input.
   *
   * @param json the document, UTF-8
   */
  public <T> RecordResult<T> read(byte[] json, Class<T> type) {
    if (json.length > limits.maxDocumentBytes()) {
      return tooLarge();
    }
    return parser.parse(json, 0, json.length, 0, type, null);
  }

  /** Reads and validates one record of {@code type} from a JSON document held in a string. */
  public <T> RecordResult<T> read(String json, Class<T> type) {
    return read(json.getBytes(StandardCharsets.UTF_8), type);
  }

  /**
   * Reads and validates one record from a JSON document whose top-level {@code type} member names
   * its type in {@code types}.
   */
  public RecordResult<Object> read(byte[] json, RecordTypes types) {
    if (json.length > limits.maxDocumentBytes()) {
      return tooLarge();
    }
    return parser.parseMixed(json, 0, json.length, 0, types);
  }

  /**
   * Reads and validates one record of {@code type} from a stream holding one JSON document (at most
   * {@link JsonLimits#maxDocumentBytes()} bytes; a UTF-8 byte order mark is skipped).
   *
   * @throws IOException only when the stream itself cannot be read
   */
  public <T> RecordResult<T> read(InputStream in, Class<T> type) throws IOException {
    byte[] doc = readBounded(in);
    return doc == null ? tooLarge() : read(stripBom(doc), type);
  }

  /** Like {@link #read(InputStream, Class)} for a record named by its {@code type} member. */
  public RecordResult<Object> read(InputStream in, RecordTypes types) throws IOException {
    byte[] doc = readBounded(in);
    return doc == null ? tooLarge() : read(stripBom(doc), types);
  }

  private <T> RecordResult<T> tooLarge() {
    return new RecordResult<>(0, null, null, List.of(Problems.error("JSON.LIMIT", "", 0, 0,
        "panjang dokumen", "document length")));
  }

  private byte[] readBounded(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) >= 0) {
      total += n;
      if (total > limits.maxDocumentBytes()) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static byte[] stripBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return java.util.Arrays.copyOfRange(b, 3, b.length);
    }
    return b;
  }

  /** The validation problems of a record (empty when it is valid or validation is off). */
  public List<JsonProblem> validate(Object record) {
    return validation == null ? List.of() : validation.apply(record);
  }

  /** The canonical JSON of a record, on one line. */
  public String write(Object record) {
    try {
      return writer.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + record.getClass().getSimpleName()
          + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The canonical JSON of a record as UTF-8 bytes, on one line. */
  public byte[] writeBytes(Object record) {
    try {
      return writer.writeValueAsBytes(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A reader of NDJSON files whose every line is a record of {@code type}. */
  public <T> RecordReader<T> recordReader(Class<T> type) {
    return new RecordReader<>(this, type, null, null);
  }

  /**
   * A reader of NDJSON files whose every line is a record of {@code type}; a line may carry a
   * top-level {@code "type": typeName} member.
   */
  public <T> RecordReader<T> recordReader(Class<T> type, String typeName) {
    return new RecordReader<>(this, type, typeName, null);
  }

  /** A reader of NDJSON files of mixed records, each naming its type in a {@code type} member. */
  public RecordReader<Object> recordReader(RecordTypes types) {
    return new RecordReader<>(this, Object.class, null, types);
  }

  RecordParser parser() {
    return parser;
  }

  ObjectMapper mapper() {
    return mapper;
  }
}
