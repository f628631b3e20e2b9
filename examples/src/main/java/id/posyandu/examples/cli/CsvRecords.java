package id.posyandu.examples.cli;

import id.posyandu.core.validation.PosyanduValidator;
import id.posyandu.core.validation.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file of one record type ({@link CsvRecordType}) row by row, in constant memory: the
 * first non-blank line is the header naming the columns; every later row is built into the core
 * value type through its builder and checked by {@link PosyanduValidator}. Every row's problems are
 * delivered with its line and column; the counts always add up (read = accepted + rejected).
 *
 * <p>A blank line (no cell filled) is counted, not read. A row with another number of cells than
 * the header is rejected ({@code CSV.RAGGED}). A cell that is not UTF-8 text is rejected
 * ({@code CSV.ENCODING}; the file is decoded with replacement, so reading goes on). Broken quoting
 * ({@code CSV.SYNTAX}) rejects the row where it starts and ends the reading, because where the
 * next row begins is then unknown: the summary says the file was not read to its end.
 */
final class CsvRecords {

  /** The Unicode replacement character, standing for bytes that are not UTF-8. */
  private static final char REPLACEMENT = '\uFFFD';

  /** A file that cannot be read as CSV records: no header, or a header that does not fit. */
  static final class BadFile extends Exception {
    private static final long serialVersionUID = 1L;
    private final String messageId;
    private final String messageEn;

    BadFile(String messageId, String messageEn) {
      super(messageId + " / " + messageEn, null, false, false);
      this.messageId = messageId;
      this.messageEn = messageEn;
    }

    /** The message in Indonesian, or in English when {@code en}. */
    String message(boolean en) {
      return en ? messageEn : messageId;
    }
  }

  /**
   * The outcome of one row.
   *
   * @param line where the row starts
   * @param accepted whether the row is a valid record (maybe with warnings)
   * @param problems its errors and warnings
   */
  record RowResult(long line, boolean accepted, List<CsvProblem> problems) {}

  /**
   * The counts of a read; {@code read == accepted + rejected} always.
   *
   * @param type the record type read
   * @param read rows read (blank lines and the header not counted)
   * @param accepted rows accepted
   * @param rejected rows rejected
   * @param blank blank lines
   * @param warnings warnings on accepted rows
   * @param complete false when broken quoting ended the reading before the end of the file
   */
  record Summary(CsvRecordType type, long read, long accepted, long rejected, long blank,
      long warnings, boolean complete) {

    /** Checks the invariant. */
    Summary {
      if (read != accepted + rejected) {
        throw new IllegalStateException("read " + read + " != " + accepted + " + " + rejected);
      }
    }
  }

  private CsvRecords() {}

  /**
   * Reads every row of {@code in} (opened with {@link CsvFiles#open}, decoding with replacement).
   *
   * @param declared the record type, or empty to infer it from the header
   * @param validator judges each record
   * @param rows told every row's outcome, in file order
   * @throws BadFile when the file has no header, or the header does not fit the type
   */
  static Summary read(BufferedReader in, Optional<CsvRecordType> declared,
      PosyanduValidator validator, Consumer<RowResult> rows) throws BadFile, IOException {
    try (CSVParser parser = CsvFiles.parser(in, false)) {
      Iterator<CSVRecord> it = parser.iterator();
      long nextLine = 1;
      long blank = 0;
      CSVRecord header = null;
      while (header == null) {
        CSVRecord rec = next(it, nextLine, true);
        if (rec == null) {
          throw new BadFile("berkas kosong: tidak ada baris judul yang menamai kolom",
              "the file is empty: no header row naming the columns");
        }
        nextLine = parser.getCurrentLineNumber() + 1;
        if (isBlank(rec)) {
          blank++;
        } else {
          header = rec;
        }
      }
      List<String> names = header.toList();
      CsvRecordType type = declared.isPresent() ? declared.get()
          : CsvRecordType.infer(names).orElseThrow(() -> new BadFile(
              "jenis rekaman tidak dapat ditentukan dari baris judul (visit punya kolom "
                  + "residentId, resident householdId, household kodeDesa); pakai --type "
                  + CsvRecordType.codes(),
              "cannot tell the record type from the header (visit has a residentId column, "
                  + "resident householdId, household kodeDesa); give --type "
                  + CsvRecordType.codes()));
      Map<String, Integer> index = new HashMap<>();
      Map<String, String> headerNames = new HashMap<>();
      columns(type, names, index, headerNames);
      long read = 0;
      long accepted = 0;
      long warnings = 0;
      boolean complete = true;
      while (true) {
        long line = nextLine;
        CSVRecord rec;
        try {
          rec = next(it, line, false);
        } catch (BadFile e) {
          read++;
          rows.accept(new RowResult(line, false, List.of(CsvProblem.error(line, "", "CSV.SYNTAX",
              e.message(false), e.message(true)))));
          complete = false;
          break;
        }
        if (rec == null) {
          break;
        }
        nextLine = parser.getCurrentLineNumber() + 1;
        if (isBlank(rec)) {
          blank++;
          continue;
        }
        read++;
        RowResult r = row(type, rec, line, names.size(), index, headerNames, validator);
        if (r.accepted()) {
          accepted++;
          warnings += r.problems().size();
        }
        rows.accept(r);
      }
      return new Summary(type, read, accepted, read - accepted, blank, warnings, complete);
    }
  }

  /** The next record, or null at the end; broken quoting is a {@link BadFile}. */
  private static CSVRecord next(Iterator<CSVRecord> it, long line, boolean header)
      throws BadFile {
    try {
      return it.hasNext() ? it.next() : null;
    } catch (UncheckedIOException | IllegalStateException e) {
      if (e.getCause() instanceof CsvFiles.LineTooLongException l) {
        throw new BadFile(CsvFiles.lineTooLongId(l), CsvFiles.lineTooLongEn(l));
      }
      String where = header ? "baris judul" : "baris " + line;
      String whereEn = header ? "the header" : "line " + line;
      throw new BadFile("CSV rusak mulai " + where + " (tanda kutip tidak berpasangan, atau ada "
          + "teks setelah kutip penutup); sisa berkas tidak dibaca",
          "malformed CSV from " + whereEn + " (an unbalanced quote, or text after a closing "
              + "quote); the rest of the file is not read");
    }
  }

  private static boolean isBlank(CSVRecord rec) {
    for (String v : rec) {
      if (!v.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** Maps the header onto the type's columns; unknown, repeated or missing columns are fatal. */
  private static void columns(CsvRecordType type, List<String> names, Map<String, Integer> index,
      Map<String, String> headerNames) throws BadFile {
    Set<String> unknown = new LinkedHashSet<>();
    Set<String> repeated = new LinkedHashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).trim();
      Optional<CsvRecordType.Column> c = type.column(name);
      if (c.isEmpty()) {
        unknown.add(name.isEmpty() ? "(kosong / empty, #" + (i + 1) + ")"
            : CsvRecordType.shown(name));
      } else if (index.putIfAbsent(c.get().name(), i) != null) {
        repeated.add(name);
      } else {
        headerNames.put(c.get().name(), name);
      }
    }
    String known = " (" + type.code() + ": " + type.columnList() + ")";
    if (!unknown.isEmpty()) {
      throw new BadFile("kolom tidak dikenal untuk " + type.code() + ": " + unknown + known,
          "unknown columns for " + type.code() + ": " + unknown + known);
    }
    if (!repeated.isEmpty()) {
      throw new BadFile("kolom ganda: " + repeated, "repeated columns: " + repeated);
    }
    List<String> missing = type.columns().stream()
        .filter(c -> c.required() && !index.containsKey(c.name()))
        .map(CsvRecordType.Column::name).collect(Collectors.toList());
    if (!missing.isEmpty()) {
      throw new BadFile("kolom wajib tidak ada untuk " + type.code() + ": " + missing + known,
          "missing required columns for " + type.code() + ": " + missing + known);
    }
  }

  private static RowResult row(CsvRecordType type, CSVRecord rec, long line, int width,
      Map<String, Integer> index, Map<String, String> headerNames, PosyanduValidator validator) {
    if (rec.size() != width) {
      return new RowResult(line, false, List.of(CsvProblem.error(line, "", "CSV.RAGGED",
          "baris ini punya " + rec.size() + " sel, baris judul " + width + " kolom",
          "this row has " + rec.size() + " cells, the header " + width + " columns")));
    }
    CsvRecordType.Row row = new CsvRecordType.Row(type, rec, line, index, headerNames);
    for (CsvRecordType.Column c : type.columns()) {
      Integer i = index.get(c.name());
      if (i != null && rec.get(i).indexOf(REPLACEMENT) >= 0) {
        row.add(CsvProblem.error(line, headerNames.get(c.name()), "CSV.ENCODING",
            "sel ini bukan teks UTF-8", "this cell is not UTF-8 text"));
      }
    }
    Optional<Object> record = row.clean() ? type.build(row) : Optional.empty();
    List<CsvProblem> problems = new ArrayList<>(row.problems());
    if (record.isPresent()) {
      for (Violation v : validator.validate(record.get())) {
        problems.add(new CsvProblem(line, row.header(type.propertyOf(v.path())),
            "VALIDATION." + v.code(), v.isError(), v.messageId(), v.messageEn()));
      }
      for (String property : PersonalIds.personalIdProperties(record.get())) {
        String[] m = PersonalIds.message(property);
        problems.add(new CsvProblem(line, row.header(property), PersonalIds.CODE, false, m[0],
            m[1]));
      }
    }
    boolean accepted = record.isPresent() && problems.stream().noneMatch(CsvProblem::error);
    return new RowResult(line, accepted, problems);
  }
}
