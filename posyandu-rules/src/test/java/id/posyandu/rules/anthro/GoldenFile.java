package id.posyandu.rules.anthro;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A golden TSV of WHO's outputs (test resource), read row by row as text. */
final class GoldenFile {

  /** One row: its line number and cells by column name. */
  record Row(int line, Map<String, String> cells) {
    String get(String column) {
      String v = cells.get(column);
      if (v == null) {
        throw new IllegalArgumentException("no column " + column);
      }
      return v;
    }

    boolean has(String column) {
      return !get(column).isEmpty();
    }

    double number(String column) {
      return Double.parseDouble(get(column));
    }
  }

  private GoldenFile() {}

  static List<String> header(String resource) {
    return read(resource, true).get(0).cells().keySet().stream().toList();
  }

  static List<Row> rows(String resource) {
    return read(resource, false);
  }

  private static List<Row> read(String resource, boolean headerOnly) {
    InputStream in = GoldenFile.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String[] header = r.readLine().split("\t", -1);
      List<Row> rows = new ArrayList<>();
      if (headerOnly) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String h : header) {
          m.put(h, h);
        }
        rows.add(new Row(1, m));
        return rows;
      }
      String line;
      int n = 1;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isEmpty()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != header.length) {
          throw new IllegalStateException(resource + ":" + n + ": " + cells.length + " cells");
        }
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
          m.put(header[i], cells[i]);
        }
        rows.add(new Row(n, m));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
