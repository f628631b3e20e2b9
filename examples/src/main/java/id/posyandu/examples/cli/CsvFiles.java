package id.posyandu.examples.cli;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What every CSV-reading command shares ({@code zscore}, {@code chart}, {@code validate}): opening a
 * file as strict UTF-8 with its byte order mark skipped, choosing the delimiter from the header
 * line (comma, semicolon as spreadsheets in the Indonesian locale write it, or tab), the
 * commons-csv format (RFC 4180 quoting, CRLF or LF), and reading a cell by column name.
 */
final class CsvFiles {

  /** The byte order mark some spreadsheets write at the start of a UTF-8 file. */
  static final char BOM = '\uFEFF';

  /** Where commons-csv's messages name the line: {@code (startline 2)}, {@code at line: 2}. */
  private static final Pattern PARSER_LINE = Pattern.compile("line:? (\\d+)");

  /**
   * The longest physical line read, in characters (1 Mi): a longer one ends the read with
   * {@link LineTooLongException} instead of filling the memory, as posyandu-json's limits do for
   * JSON. No Posyandu export has a cell near this size.
   */
  static final int MAX_LINE_CHARS = 1 << 20;

  /** How far {@link #delimiter} looks ahead for the end of the header line. */
  private static final int HEADER_LOOKAHEAD = 1 << 16;

  private CsvFiles() {}

  /**
   * Opens a file as UTF-8 text, its byte order mark skipped; bytes that are not UTF-8 become the
   * replacement character {@code U+FFFD}, so that a reader can name the line that holds them and go
   * on (the JDK's default reader fails at an unknown place ahead of the line being read).
   */
  static BufferedReader open(Path file) throws IOException {
    return skipBom(new BufferedReader(new LineLimit(new InputStreamReader(
        Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)), MAX_LINE_CHARS)));
  }

  /** A strict UTF-8 reader of a file whose lines may not pass {@link #MAX_LINE_CHARS}. */
  static BufferedReader openStrict(Path file) throws IOException {
    return new BufferedReader(new LineLimit(Files.newBufferedReader(file, StandardCharsets.UTF_8),
        MAX_LINE_CHARS));
  }

  /** A physical line longer than {@link #MAX_LINE_CHARS}; names the line. */
  static final class LineTooLongException extends IOException {
    private static final long serialVersionUID = 1L;
    final long line;

    LineTooLongException(long line, int max) {
      super("line " + line + " is longer than " + max + " characters");
      this.line = line;
    }
  }

  /** Fails with {@link LineTooLongException} when a line grows past the limit. */
  static final class LineLimit extends FilterReader {
    private final int max;
    private long line = 1;
    private int length;

    LineLimit(Reader in, int max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count((char) c);
      }
      return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      for (int i = off; i < off + n; i++) {
        count(buf[i]);
      }
      return n;
    }

    private void count(char c) throws LineTooLongException {
      if (c == '\n') {
        line++;
        length = 0;
      } else if (++length > max) {
        throw new LineTooLongException(line, max);
      }
    }
  }

  /** Skips a leading byte order mark, if any; returns the same reader. */
  static BufferedReader skipBom(BufferedReader in) throws IOException {
    in.mark(1);
    if (in.read() != BOM) {
      in.reset();
    }
    return in;
  }

  /**
   * The delimiter of the file, from its first line: tab or semicolon when the line has that and no
   * comma, else comma. The reader is left where it was.
   */
  static char delimiter(BufferedReader in) throws IOException {
    in.mark(HEADER_LOOKAHEAD);
    StringBuilder first = new StringBuilder();
    for (int c = in.read(); c >= 0 && c != '\n' && c != '\r'
        && first.length() < HEADER_LOOKAHEAD - 1; c = in.read()) {
      first.append((char) c);
    }
    in.reset();
    if (first.indexOf(",") >= 0) {
      return ',';
    }
    if (first.indexOf("\t") >= 0) {
      return '\t';
    }
    return first.indexOf(";") >= 0 ? ';' : ',';
  }

  /**
   * The format: RFC 4180 quoting with the given delimiter, cells trimmed. With {@code header} the
   * first record names the columns (as {@code zscore} and {@code chart} read); without it every
   * record, the header included, is delivered, and empty lines come as one empty cell, so that a
   * caller can count lines exactly.
   */
  static CSVFormat format(char delimiter, boolean header) {
    CSVFormat.Builder b = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true);
    if (header) {
      b.setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true);
    } else {
      b.setIgnoreEmptyLines(false);
    }
    return b.get();
  }

  /** A parser of {@code in} with {@link #format}, the delimiter chosen from the first line. */
  static CSVParser parser(BufferedReader in, boolean header) throws IOException {
    return CSVParser.builder().setReader(in).setFormat(format(delimiter(in), header)).get();
  }

  /** A parser of a reader that may or may not be buffered; see {@link #parser(BufferedReader,
   * boolean)}. */
  static CSVParser parser(Reader in, boolean header) throws IOException {
    return parser(skipBom(in instanceof BufferedReader b ? b : new BufferedReader(in)), header);
  }

  /**
   * One sentence, in Indonesian and English, for a CSV file the parser gave up on, naming the line
   * when the parser did; never the exception's class or raw text.
   */
  static String unreadable(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof LineTooLongException l) {
        return lineTooLong(l);
      }
      if (t instanceof CharacterCodingException) {
        return "berkas bukan teks UTF-8 / the file is not UTF-8 text";
      }
      if (t instanceof CSVException) {
        Matcher m = PARSER_LINE.matcher(String.valueOf(t.getMessage()));
        String line = m.find() ? " (baris / line " + m.group(1) + ")" : "";
        return "CSV rusak: tanda kutip tidak berpasangan, atau teks setelah kutip penutup / "
            + "malformed CSV: an unbalanced quote, or text after a closing quote" + line;
      }
    }
    if (e instanceof IllegalArgumentException) {
      return "baris judul tidak sah (nama kolom kosong atau ganda) / invalid header row (an empty "
          + "or repeated column name)";
    }
    return "berkas tidak dapat dibaca / cannot read the file";
  }

  /** One sentence, in Indonesian and English, for a line past {@link #MAX_LINE_CHARS}. */
  static String lineTooLong(LineTooLongException e) {
    return lineTooLongId(e) + " / " + lineTooLongEn(e);
  }

  static String lineTooLongId(LineTooLongException e) {
    return "baris " + e.line + " lebih dari " + MAX_LINE_CHARS + " karakter; sisa berkas tidak "
        + "dibaca";
  }

  static String lineTooLongEn(LineTooLongException e) {
    return "line " + e.line + " is longer than " + MAX_LINE_CHARS + " characters; the rest of the "
        + "file is not read";
  }

  /** The trimmed cell of the named column; empty when the column or the cell is absent. */
  static String cell(CSVRecord rec, Map<String, Integer> cols, String name) {
    Integer i = cols.get(name);
    return i == null || i >= rec.size() ? "" : rec.get(i).trim();
  }
}
