package id.posyandu.examples.cli;

import id.posyandu.core.MessageValue;
import id.posyandu.core.Sex;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.examples.chart.ChartChild;
import id.posyandu.examples.chart.ChildMeasurement;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the measurements of one child from the chart command's CSV: one row per measurement, with
 * the columns {@code child_id,sex,birth_date,date,weight_kg,length_cm,measure} (dates as
 * {@code yyyy-MM-dd}; sex {@code 1}/{@code 2}, {@code m}/{@code f} or {@code L}/{@code P};
 * {@code measure} {@code l} lying, {@code h} standing or empty; empty weight or length when not
 * measured). Only the requested child's rows are read closely; a row of that child that cannot be
 * read is an error naming its line. NDJSON input is read by
 * {@link ChartCommand} through posyandu-json instead.
 */
final class ChartCsv {

  /** The columns every file must have. */
  static final List<String> REQUIRED = List.of("child_id", "sex", "birth_date", "date");

  /** A file or row that cannot be read; the message is one sentence in Indonesian and English. */
  static final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }

  private ChartCsv() {}

  /**
   * The child's chart data, labelled with its id.
   *
   * @throws BadInput when the file is malformed or has no row of the child
   */
  static ChartChild read(Reader reader, String childId) throws BadInput {
    Sex sex = null;
    LocalDate birth = null;
    List<ChildMeasurement> ms = new ArrayList<>();
    try (CSVParser parser = CsvFiles.parser(reader, true)) {
      Map<String, Integer> cols = parser.getHeaderMap();
      for (String c : REQUIRED) {
        if (cols == null || !cols.containsKey(c)) {
          throw new BadInput("kolom '" + c + "' tidak ada / missing column '" + c
              + "' (kolom / columns: child_id,sex,birth_date,date,weight_kg,length_cm,measure)");
        }
      }
      for (CSVRecord rec : parser) {
        if (!CsvFiles.cell(rec, cols, "child_id").equals(childId)) {
          continue;
        }
        long line = rec.getParser().getCurrentLineNumber();
        String where = "baris / line " + line + ": ";
        Sex s;
        try {
          s = Sex.parse(CsvFiles.cell(rec, cols, "sex"));
        } catch (IllegalArgumentException e) {
          throw new BadInput(where + e.getMessage());
        }
        LocalDate b = date(rec, cols, "birth_date", where);
        if (sex != null && (s != sex || !b.equals(birth))) {
          throw new BadInput(where + "jenis kelamin atau tanggal lahir berbeda dengan baris"
              + " sebelumnya / sex or birth date differs from an earlier row of the child");
        }
        sex = s;
        birth = b;
        LocalDate d = date(rec, cols, "date", where);
        if (d.isBefore(b)) {
          throw new BadInput(where + "tanggal ukur " + d + " sebelum tanggal lahir / measurement"
              + " date before the birth date " + b);
        }
        OptionalDouble w = number(rec, cols, "weight_kg", where);
        OptionalDouble l = number(rec, cols, "length_cm", where);
        ms.add(new ChildMeasurement(d, w, l, position(rec, cols, where)));
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException
        | IllegalStateException e) {
      throw new BadInput(CsvFiles.unreadable(e));
    }
    if (sex == null) {
      String shown = PersonalIds.masked(childId);
      throw new BadInput("anak '" + shown + "' tidak ada di berkas / no child '" + shown
          + "' in the file");
    }
    return new ChartChild(PersonalIds.masked(childId), sex, birth, ms);
  }

  private static LocalDate date(CSVRecord rec, Map<String, Integer> cols, String name,
      String where) throws BadInput {
    String s = CsvFiles.cell(rec, cols, name);
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new BadInput(where + "kolom / column '" + name + "': bukan tanggal yyyy-MM-dd / not a"
          + " yyyy-MM-dd date: " + MessageValue.date(s).en());
    }
  }

  private static OptionalDouble number(CSVRecord rec, Map<String, Integer> cols, String name,
      String where) throws BadInput {
    String s = CsvFiles.cell(rec, cols, name);
    if (s.isEmpty()) {
      return OptionalDouble.empty();
    }
    try {
      double d = Double.parseDouble(s);
      if (d > 0 && Double.isFinite(d)) {
        return OptionalDouble.of(d);
      }
    } catch (NumberFormatException e) {
      // the message below
    }
    throw new BadInput(where + "kolom / column '" + name + "': bukan angka positif / not a"
        + " positive number: " + MessageValue.number(s).en());
  }

  private static Optional<MeasurePosition> position(CSVRecord rec, Map<String, Integer> cols,
      String where) throws BadInput {
    String m = CsvFiles.cell(rec, cols, "measure").toLowerCase(Locale.ROOT);
    return switch (m) {
      case "l" -> Optional.of(MeasurePosition.RECUMBENT);
      case "h" -> Optional.of(MeasurePosition.STANDING);
      case "" -> Optional.empty();
      default -> throw new BadInput(where + "kolom / column 'measure': gunakan / use l, h atau"
          + " kosong / or empty: " + MessageValue.masked(m).en());
    };
  }
}
