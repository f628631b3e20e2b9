package id.posyandu.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dates as ISO 8601 calendar dates {@code YYYY-MM-DD} (four-digit year), nothing else: no epoch
 * numbers, no arrays, no times or zones, and no impossible dates ({@code 2024-02-30} is an error,
 * never silently moved to March). Years outside 0000-9999 cannot be written or read.
 */
public final class StrictLocalDate {

  private StrictLocalDate() {}

  /** Writes {@code YYYY-MM-DD}. */
  public static final class Ser extends StdScalarSerializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public Ser() {
      super(LocalDate.class);
    }

    @Override
    public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(value));
    }
  }

  /** Reads {@code YYYY-MM-DD} strictly. */
  public static final class Deser extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public Deser() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      String s = p.getText();
      if (!shaped(s)) {
        return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, s, "not YYYY-MM-DD");
      }
      try {
        return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeException e) {
        return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, s, "no such date");
      }
    }

    private static boolean shaped(String s) {
      if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
        return false;
      }
      for (int i = 0; i < 10; i++) {
        if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
          return false;
        }
      }
      return true;
    }
  }
}
