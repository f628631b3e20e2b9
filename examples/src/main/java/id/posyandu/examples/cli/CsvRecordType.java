package id.posyandu.examples.cli;

import id.posyandu.core.MessageValue;
import id.posyandu.core.Sex;
import id.posyandu.core.code.CodeFormatException;
import id.posyandu.core.code.KodeWilayah;
import id.posyandu.core.code.Nik;
import id.posyandu.core.code.NomorKk;
import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.core.model.Address;
import id.posyandu.core.model.Disability;
import id.posyandu.core.model.Household;
import id.posyandu.core.model.RelationToHead;
import id.posyandu.core.model.Resident;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.core.record.Visit;
import id.posyandu.core.record.VisitSetting;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;

/**
 * The record types {@code posyandu validate} reads from CSV, one row per record, and their columns.
 * Column names are the JSON property names of posyandu-json's canonical form (matched without
 * regard to case); a nested property is named by its path ({@code address.rt}, also accepted as
 * {@code rt}); the measurements of a visit are the properties of its {@link Anthropometry} record
 * ({@code weightKg}, ...), one record per visit row when any of them is filled. Cells hold what the
 * JSON value would hold: dates {@code yyyy-MM-dd}, numbers with a decimal point, enum codes
 * ({@code FEMALE}, {@code ANAK}, {@code POSYANDU_SESSION}; sex also {@code L}/{@code P},
 * {@code 1}/{@code 2}; relation to head also its SHDK number; position also {@code l}/{@code h}),
 * booleans {@code true}/{@code false} (also {@code ya}/{@code tidak}, {@code 1}/{@code 0}),
 * disabilities separated by {@code |}. An empty cell is an absent value.
 */
enum CsvRecordType {

  /** A {@link Resident}: {@code id,nik,name,sex,birthDate,birthDateEstimated,householdId,
   * relationToHead,disabilities}. */
  RESIDENT("resident", List.of(req("id"), personal("nik", false), personal("name", true),
      req("sex"), req("birthDate"), opt("birthDateEstimated"), req("householdId"),
      req("relationToHead"), opt("disabilities"))) {
    @Override
    Optional<Object> build(Row r) {
      Resident.Builder b = Resident.builder();
      r.text("id").ifPresent(b::id);
      r.value("nik", Nik::parse, CODE).ifPresent(b::nik);
      r.text("name").ifPresent(b::name);
      r.value("sex", Sex::parse, SEX).ifPresent(b::sex);
      r.value("birthDate", LocalDate::parse, DATE).ifPresent(b::birthDate);
      r.value("birthDateEstimated", CsvRecordType::bool, BOOLEAN)
          .ifPresent(b::birthDateEstimated);
      r.text("householdId").ifPresent(b::householdId);
      r.value("relationToHead", CsvRecordType::relation, oneOf(RelationToHead.class))
          .ifPresent(b::relationToHead);
      r.value("disabilities", CsvRecordType::disabilities, oneOf(Disability.class))
          .ifPresent(b::addAllDisabilities);
      return r.clean() ? Optional.of(b.build()) : Optional.empty();
    }
  },

  /** A {@link Household}: {@code id,kkNumber,address.street,address.rt,address.rw,
   * address.kodeDesa,posyandu}. */
  HOUSEHOLD("household", List.of(req("id"), personal("kkNumber", false),
      personal("address.street", false, "street"), req("address.rt", "rt"),
      req("address.rw", "rw"), req("address.kodeDesa", "kodeDesa"), req("posyandu"))) {
    @Override
    Optional<Object> build(Row r) {
      Address.Builder a = Address.builder();
      r.text("address.street").ifPresent(a::street);
      r.text("address.rt").ifPresent(a::rt);
      r.text("address.rw").ifPresent(a::rw);
      r.value("address.kodeDesa", KodeWilayah::parse, CODE).ifPresent(a::kodeDesa);
      Household.Builder b = Household.builder();
      r.text("id").ifPresent(b::id);
      r.value("kkNumber", NomorKk::parse, CODE).ifPresent(b::kkNumber);
      r.value("posyandu", PosyanduRegistrationNumber::parse, CODE).ifPresent(b::posyandu);
      return r.clean() ? Optional.of(b.address(a.build()).build()) : Optional.empty();
    }

    @Override
    String propertyOf(String path) {
      return path.equals("address") ? "" : path;
    }
  },

  /**
   * A {@link Visit} with, when any measurement is filled, one {@link Anthropometry} record:
   * {@code id,residentId,date,posyandu,setting,kaderId,weightKg,lengthOrHeightCm,position,
   * headCircumferenceCm,muacCm,waistCm,tricepsSkinfoldMm,subscapularSkinfoldMm,oedema}.
   */
  VISIT("visit", List.of(req("id"), req("residentId"), req("date"), req("posyandu"),
      req("setting"), req("kaderId"), opt("weightKg"), opt("lengthOrHeightCm"), opt("position"),
      opt("headCircumferenceCm"), opt("muacCm"), opt("waistCm"), opt("tricepsSkinfoldMm"),
      opt("subscapularSkinfoldMm"), opt("oedema"))) {
    @Override
    Optional<Object> build(Row r) {
      Visit.Builder b = Visit.builder();
      r.text("id").ifPresent(b::id);
      r.text("residentId").ifPresent(b::residentId);
      r.value("date", LocalDate::parse, DATE).ifPresent(b::date);
      r.value("posyandu", PosyanduRegistrationNumber::parse, CODE).ifPresent(b::posyandu);
      r.value("setting", s -> constant(VisitSetting.class, s), oneOf(VisitSetting.class))
          .ifPresent(b::setting);
      r.text("kaderId").ifPresent(b::kaderId);
      Anthropometry.Builder m = Anthropometry.builder();
      boolean measured = put(r.value("weightKg", CsvRecordType::number, NUMBER), m::weightKg)
          | put(r.value("lengthOrHeightCm", CsvRecordType::number, NUMBER), m::lengthOrHeightCm)
          | put(r.value("position", CsvRecordType::position, POSITION), m::position)
          | put(r.value("headCircumferenceCm", CsvRecordType::number, NUMBER),
              m::headCircumferenceCm)
          | put(r.value("muacCm", CsvRecordType::number, NUMBER), m::muacCm)
          | put(r.value("waistCm", CsvRecordType::number, NUMBER), m::waistCm)
          | put(r.value("tricepsSkinfoldMm", CsvRecordType::number, NUMBER),
              m::tricepsSkinfoldMm)
          | put(r.value("subscapularSkinfoldMm", CsvRecordType::number, NUMBER),
              m::subscapularSkinfoldMm)
          | put(r.value("oedema", CsvRecordType::bool, BOOLEAN), m::oedema);
      if (!r.clean()) {
        return Optional.empty();
      }
      if (measured) {
        b.addRecords(m.build());
      }
      return Optional.of(b.build());
    }

    @Override
    String propertyOf(String path) {
      if (path.startsWith(MEASURES + ".")) {
        return path.substring(MEASURES.length() + 1);
      }
      return path.startsWith("records") ? "" : path;
    }
  };

  /** The property path of the anthropometry record a visit row makes. */
  private static final String MEASURES = "records[0]";

  /** Expected forms, in Indonesian and English, for the message of a cell that does not parse. */
  record Expected(String id, String en) {}

  private static final Expected DATE = new Expected("bukan tanggal yyyy-MM-dd yang ada",
      "not an existing yyyy-MM-dd date");
  private static final Expected NUMBER = new Expected(
      "bukan angka (desimal memakai titik, misalnya 12.5)",
      "not a number (decimals use a point, e.g. 12.5)");
  private static final Expected BOOLEAN = new Expected(
      "bukan nilai ya/tidak (true, false, ya, tidak, 1, 0)",
      "not a yes/no value (true, false, ya, tidak, 1, 0)");
  private static final Expected SEX = new Expected(
      "jenis kelamin tidak dikenal (MALE, FEMALE, L, P, 1, 2)",
      "unknown sex (MALE, FEMALE, L, P, 1, 2)");
  private static final Expected POSITION = new Expected(
      "posisi ukur tidak dikenal (RECUMBENT atau l, STANDING atau h)",
      "unknown measuring position (RECUMBENT or l, STANDING or h)");
  private static final Expected CODE = new Expected("kode tidak sah", "malformed code");

  /** A strict decimal number: no NaN, no Infinity, no hexadecimal, no type suffix. */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d{1,3})?");

  /** A column: its canonical name, whether it is required and personal, and other names. */
  record Column(String name, boolean required, boolean personal, List<String> aliases) {}

  private final String code;
  private final List<Column> columns;
  private final Map<String, Column> byLowerName = new LinkedHashMap<>();

  CsvRecordType(String code, List<Column> columns) {
    this.code = code;
    this.columns = columns;
    for (Column c : columns) {
      byLowerName.put(c.name().toLowerCase(Locale.ROOT), c);
      for (String a : c.aliases()) {
        byLowerName.put(a.toLowerCase(Locale.ROOT), c);
      }
    }
  }

  private static Column req(String name, String... aliases) {
    return new Column(name, true, false, List.of(aliases));
  }

  private static Column opt(String name) {
    return new Column(name, false, false, List.of());
  }

  private static Column personal(String name, boolean required, String... aliases) {
    return new Column(name, required, true, List.of(aliases));
  }

  /** The record type name, as posyandu-json names it ({@code resident}, ...). */
  String code() {
    return code;
  }

  /** The columns, in documentation order. */
  List<Column> columns() {
    return columns;
  }

  /** The column a header cell names (case-insensitive, aliases included), if any. */
  Optional<Column> column(String headerName) {
    return Optional.ofNullable(byLowerName.get(headerName.trim().toLowerCase(Locale.ROOT)));
  }

  /** The canonical column names joined by commas. */
  String columnList() {
    return columns.stream().map(Column::name).collect(Collectors.joining(","));
  }

  /** The type of this name ({@code resident}, {@code household}, {@code visit}), if any. */
  static Optional<CsvRecordType> byCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equalsIgnoreCase(code.trim())).findFirst();
  }

  /** The type names joined by {@code |}. */
  static String codes() {
    return Arrays.stream(values()).map(CsvRecordType::code).collect(Collectors.joining("|"));
  }

  /**
   * The type a header names: {@code visit} with a {@code residentId} column, {@code resident} with
   * {@code householdId}, {@code household} with {@code kodeDesa} or {@code kkNumber}.
   */
  static Optional<CsvRecordType> infer(List<String> header) {
    Set<String> names = header.stream().map(h -> h.trim().toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());
    if (names.contains("residentid")) {
      return Optional.of(VISIT);
    }
    if (names.contains("householdid")) {
      return Optional.of(RESIDENT);
    }
    if (names.contains("address.kodedesa") || names.contains("kodedesa")
        || names.contains("kknumber")) {
      return Optional.of(HOUSEHOLD);
    }
    return Optional.empty();
  }

  /** The record of a row, when every cell could be read (the row's problems say why not). */
  abstract Optional<Object> build(Row row);

  /**
   * The canonical column of a validation property path ({@code records[0].weightKg} of a visit is
   * {@code weightKg}); {@code ""} when the violation is about the row as a whole.
   */
  String propertyOf(String path) {
    return path;
  }

  private static <T> boolean put(Optional<T> value, Consumer<T> setter) {
    value.ifPresent(setter);
    return value.isPresent();
  }

  private static double number(String s) {
    if (!DECIMAL.matcher(s).matches()) {
      throw new IllegalArgumentException("not a decimal");
    }
    double d = Double.parseDouble(s);
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException("not finite");
    }
    return d;
  }

  private static boolean bool(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "true", "ya", "y", "yes", "1" -> true;
      case "false", "tidak", "n", "no", "0" -> false;
      default -> throw new IllegalArgumentException("not a boolean");
    };
  }

  private static MeasurePosition position(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "l" -> MeasurePosition.RECUMBENT;
      case "h" -> MeasurePosition.STANDING;
      default -> constant(MeasurePosition.class, s);
    };
  }

  private static RelationToHead relation(String s) {
    if (s.chars().allMatch(Character::isDigit)) {
      int shdk = Integer.parseInt(s);
      for (RelationToHead r : RelationToHead.values()) {
        if (r.shdkCode() == shdk) {
          return r;
        }
      }
      throw new IllegalArgumentException("unknown SHDK code");
    }
    return constant(RelationToHead.class, s);
  }

  private static Set<Disability> disabilities(String s) {
    Set<Disability> set = EnumSet.noneOf(Disability.class);
    for (String part : s.split("[|;,\\s]+")) {
      if (!part.isEmpty()) {
        set.add(constant(Disability.class, part));
      }
    }
    return set;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String s) {
    return Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT));
  }

  private static <E extends Enum<E>> Expected oneOf(Class<E> type) {
    String list = Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", "));
    return new Expected("bukan salah satu dari: " + list, "not one of: " + list);
  }

  /**
   * A header cell fit for a message: quoted when it looks like a column name, otherwise masked
   * ({@link MessageValue#name}); a file without a header row has a NIK or a name there.
   */
  static String shown(String value) {
    MessageValue v = MessageValue.name(value);
    return v.isQuoted() ? value : v.en();
  }

  /**
   * The cells of one row by column, read into values; every cell that cannot be read adds a
   * {@link CsvProblem} naming its column as the header wrote it.
   */
  static final class Row {
    private final CsvRecordType type;
    private final CSVRecord record;
    private final long line;
    private final Map<String, Integer> index;
    private final Map<String, String> headerNames;
    private final List<CsvProblem> problems = new ArrayList<>();

    /**
     * A row.
     *
     * @param index cell index by canonical column name
     * @param headerNames the column names as the header wrote them, by canonical name
     */
    Row(CsvRecordType type, CSVRecord record, long line, Map<String, Integer> index,
        Map<String, String> headerNames) {
      this.type = type;
      this.record = record;
      this.line = line;
      this.index = index;
      this.headerNames = headerNames;
    }

    /** The trimmed cell, empty when blank; a blank required cell is a problem. */
    Optional<String> text(String name) {
      Integer i = index.get(name);
      String v = i == null ? "" : record.get(i).trim();
      if (!v.isEmpty()) {
        return Optional.of(v);
      }
      if (type.byLowerName.get(name.toLowerCase(Locale.ROOT)).required()) {
        problems.add(CsvProblem.error(line, header(name), "CSV.MISSING_VALUE",
            "sel kosong, padahal wajib diisi", "empty cell, but the value is required"));
      }
      return Optional.empty();
    }

    /** The cell read by {@code parse}; a cell that does not parse is a problem. */
    <T> Optional<T> value(String name, Function<String, T> parse, Expected expected) {
      Optional<String> text = text(name);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(parse.apply(text.get()));
      } catch (CodeFormatException e) {
        problems.add(CsvProblem.error(line, header(name), e.code(), e.messageId(),
            e.messageEn()));
      } catch (IllegalArgumentException | DateTimeException e) {
        // the one rule of values in messages: a number of a numeric column is quoted, the rest
        // (a name or a NIK in the wrong column) masked
        MessageValue shown = expected == NUMBER ? MessageValue.number(text.get())
            : expected == DATE ? MessageValue.date(text.get()) : MessageValue.masked(text.get());
        problems.add(CsvProblem.error(line, header(name), "CSV.INVALID_VALUE",
            expected.id() + ": " + shown.id(), expected.en() + ": " + shown.en()));
      }
      return Optional.empty();
    }

    /** The column's name as the header wrote it ({@code ""} when not a column of the file). */
    String header(String name) {
      return headerNames.getOrDefault(name, "");
    }

    /** Adds a problem found outside this class. */
    void add(CsvProblem p) {
      problems.add(p);
    }

    /** Whether no cell had a problem so far. */
    boolean clean() {
      return problems.isEmpty();
    }

    /** The problems found. */
    List<CsvProblem> problems() {
      return problems;
    }
  }
}
