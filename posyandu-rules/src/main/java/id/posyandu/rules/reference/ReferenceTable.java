package id.posyandu.rules.reference;

import id.posyandu.rules.Citation;
import id.posyandu.rules.Confidence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One table of reference data (a WHO LMS table, the KBM table, a set of thresholds, a schedule), read
 * from the project's one reference-data format and checked on load. Immutable after loading.
 *
 * <h2>The format</h2>
 * A UTF-8 text file with LF or CRLF line endings:
 * <pre>
 * # id: who2006.weight_for_age            metadata lines: "# key: value"
 * # title: Weight-for-age, 0-5 years
 * # source: WHO Child Growth Standards (2006) ...
 * # locator: anthro data-raw/growthstandards/weianthro.txt
 * # confidence: C                          C, 3P or B (see {@link Confidence})
 * # version: 2006
 * # effective-from: 2006-04-27             optional: the day the rule took effect
 * # units: age_days=day, m=kg
 * #                                        a line with only "#" (or "# text") is a comment
 * sex	age_days	l	m	s                  the header: tab-separated column names
 * 1	0	0.3487	3.3464	0.14602           rows: tab-separated, as many cells as columns
 * </pre>
 * Required metadata: {@code id}, {@code source}, {@code confidence}. Blank lines are ignored.
 * Every row must have exactly as many cells as the header; cells are trimmed; an empty cell is an
 * absent value.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ReferenceTable {

  private static final Set<String> REQUIRED_METADATA = Set.of("id", "source", "confidence");

  private final String name;
  private final Map<String, String> metadata;
  private final List<String> columns;
  private final Map<String, Integer> columnIndex;
  private final List<Row> rows;
  private final Citation citation;

  private ReferenceTable(String name, Map<String, String> metadata, List<String> columns,
      Map<String, Integer> columnIndex, List<Row> rows) {
    this.name = name;
    this.metadata = Collections.unmodifiableMap(metadata);
    this.columns = List.copyOf(columns);
    this.columnIndex = columnIndex;
    this.rows = List.copyOf(rows);
    Confidence confidence;
    try {
      confidence = Confidence.fromTag(metadata.get("confidence"));
    } catch (IllegalArgumentException e) {
      throw new ReferenceDataException(name + ": " + e.getMessage());
    }
    this.citation = new Citation(metadata.get("source"), metadata.getOrDefault("locator", ""),
        confidence);
  }

  /**
   * Loads a table from a class-path resource, relative to {@code anchor}'s package unless the name
   * starts with {@code /}.
   *
   * @throws ReferenceDataException when the resource is missing or breaks the format
   */
  public static ReferenceTable load(Class<?> anchor, String resource) {
    InputStream in = anchor.getResourceAsStream(resource);
    if (in == null) {
      throw new ReferenceDataException("reference table not found on the class path: " + resource
          + " (relative to " + anchor.getPackageName() + ")");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(resource, r);
    } catch (IOException e) {
      throw new ReferenceDataException("cannot read reference table " + resource, e);
    }
  }

  /**
   * Parses a table in the reference-data format.
   *
   * @param name a name for messages (file or resource name)
   * @throws ReferenceDataException when the text breaks the format
   */
  public static ReferenceTable parse(String name, Reader reader) {
    Map<String, String> metadata = new LinkedHashMap<>();
    List<String> header = null;
    Map<String, Integer> index = null;
    List<Row> rows = new ArrayList<>();
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    int lineNo = 0;
    try {
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        if (line.startsWith("#")) {
          if (header != null) {
            continue; // a comment between rows
          }
          String body = line.substring(1).trim();
          int colon = body.indexOf(':');
          if (colon > 0 && body.substring(0, colon).matches("[a-z][a-z0-9-]*")) {
            String key = body.substring(0, colon);
            String value = body.substring(colon + 1).trim();
            if (metadata.containsKey(key)) {
              metadata.put(key, metadata.get(key) + " " + value); // continuation
            } else {
              metadata.put(key, value);
            }
          }
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (header == null) {
          header = new ArrayList<>();
          Set<String> seen = new HashSet<>();
          for (String c : cells) {
            String col = c.trim();
            if (col.isEmpty() || !seen.add(col)) {
              throw new ReferenceDataException(name + ":" + lineNo
                  + ": header has an empty or repeated column name '" + col + "'");
            }
            header.add(col);
          }
          Map<String, Integer> idx = new HashMap<>();
          for (int i = 0; i < header.size(); i++) {
            idx.put(header.get(i), i);
          }
          index = Collections.unmodifiableMap(idx);
          continue;
        }
        if (cells.length != header.size()) {
          throw new ReferenceDataException(name + ":" + lineNo + ": expected " + header.size()
              + " tab-separated cells, found " + cells.length);
        }
        String[] trimmed = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
          trimmed[i] = cells[i].trim();
        }
        rows.add(new Row(name, lineNo, trimmed, index));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String key : REQUIRED_METADATA) {
      String v = metadata.get(key);
      if (v == null || v.isBlank()) {
        throw new ReferenceDataException(name + ": missing metadata line '# " + key + ": ...'");
      }
    }
    if (header == null) {
      throw new ReferenceDataException(name + ": no header line");
    }
    return new ReferenceTable(name, metadata, header, index, rows);
  }

  /** The table's {@code id} metadata, e.g. {@code who2006.weight_for_age}. */
  public String id() {
    return metadata.get("id");
  }

  /** The resource or file name the table was read from. */
  public String name() {
    return name;
  }

  /** Where the figures come from (metadata {@code source}, {@code locator}, {@code confidence}). */
  public Citation citation() {
    return citation;
  }

  /** The table's version (metadata {@code version}), if given. */
  public Optional<String> version() {
    return meta("version");
  }

  /** A metadata value. */
  public Optional<String> meta(String key) {
    return Optional.ofNullable(metadata.get(key));
  }

  /** All metadata, in file order. */
  public Map<String, String> metadata() {
    return metadata;
  }

  /** The column names, in file order. */
  public List<String> columns() {
    return columns;
  }

  /** The rows, in file order. */
  public List<Row> rows() {
    return rows;
  }

  /** The number of rows. */
  public int size() {
    return rows.size();
  }

  /**
   * Checks that the table has these columns.
   *
   * @return this table
   * @throws ReferenceDataException naming the missing column
   */
  public ReferenceTable requireColumns(String... names) {
    for (String n : names) {
      if (!columnIndex.containsKey(n)) {
        throw new ReferenceDataException(name + ": missing column '" + n + "' (has " + columns + ")");
      }
    }
    return this;
  }

  /**
   * Checks that no two rows share the same values in these columns.
   *
   * @return this table
   * @throws ReferenceDataException naming both lines of the first duplicate
   */
  public ReferenceTable requireUniqueKey(String... keyColumns) {
    requireColumns(keyColumns);
    Map<List<String>, Integer> seen = new HashMap<>();
    for (Row r : rows) {
      List<String> key = new ArrayList<>(keyColumns.length);
      for (String c : keyColumns) {
        key.add(r.text(c));
      }
      Integer before = seen.putIfAbsent(key, r.lineNumber);
      if (before != null) {
        throw new ReferenceDataException(name + ":" + r.lineNumber + ": duplicate key "
            + List.of(keyColumns) + " = " + key + " (first at line " + before + ")");
      }
    }
    return this;
  }

  @Override
  public String toString() {
    return "ReferenceTable[" + id() + ", " + rows.size() + " rows, " + citation + "]";
  }

  /** One row of a {@link ReferenceTable}; cells are read by column name. */
  public static final class Row {
    private final String table;
    private final int lineNumber;
    private final String[] cells;
    private final Map<String, Integer> index;

    private Row(String table, int lineNumber, String[] cells, Map<String, Integer> index) {
      this.table = table;
      this.lineNumber = lineNumber;
      this.cells = cells;
      this.index = index;
    }

    /** The line of the file this row was read from (1-based). */
    public int lineNumber() {
      return lineNumber;
    }

    private int col(String column) {
      Integer i = index.get(column);
      if (i == null) {
        throw new ReferenceDataException(table + ": no column '" + column + "'");
      }
      return i;
    }

    /** The cell as text; empty when absent. */
    public String text(String column) {
      return cells[col(column)];
    }

    /** The cell as text, or empty when the cell is empty. */
    public Optional<String> optionalText(String column) {
      String s = text(column);
      return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /**
     * The cell as a finite number.
     *
     * @throws ReferenceDataException naming the line when the cell is empty or not a finite number
     */
    public double number(String column) {
      String s = text(column);
      try {
        double d = Double.parseDouble(s);
        if (Double.isFinite(d)) {
          return d;
        }
      } catch (NumberFormatException e) {
        // fall through to the clear message
      }
      throw new ReferenceDataException(table + ":" + lineNumber + ": column '" + column
          + "' must be a finite number, found '" + s + "'");
    }

    /** The cell as a finite number, or empty when the cell is empty. */
    public Optional<Double> optionalNumber(String column) {
      return text(column).isEmpty() ? Optional.empty() : Optional.of(number(column));
    }

    /**
     * The cell as an integer.
     *
     * @throws ReferenceDataException naming the line when the cell is not an integer
     */
    public int integer(String column) {
      String s = text(column);
      try {
        return Integer.parseInt(s);
      } catch (NumberFormatException e) {
        throw new ReferenceDataException(table + ":" + lineNumber + ": column '" + column
            + "' must be an integer, found '" + s + "'");
      }
    }

    /**
     * The cell as a number checked to lie in [min, max].
     *
     * @throws ReferenceDataException naming the line when it does not
     */
    public double number(String column, double min, double max) {
      double d = number(column);
      if (d < min || d > max) {
        throw new ReferenceDataException(table + ":" + lineNumber + ": column '" + column
            + "' = " + d + " is outside the expected range [" + min + ", " + max + "]");
      }
      return d;
    }

    @Override
    public String toString() {
      return table + ":" + lineNumber + " " + String.join("\t", cells);
    }
  }
}
