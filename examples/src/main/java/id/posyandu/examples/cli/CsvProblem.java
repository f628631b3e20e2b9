package id.posyandu.examples.cli;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem of a CSV row read by {@code posyandu validate}: its line, the column it is about
 * (as the header names it; empty for the row as a whole), a stable code, whether it rejects the row,
 * and a message in Indonesian and English that never holds an unmasked NIK, KK number or name.
 *
 * <p>Codes: {@code CSV.RAGGED} (wrong number of cells), {@code CSV.MISSING_VALUE} (a required cell
 * is empty), {@code CSV.INVALID_VALUE} (not a date, number, boolean or known code),
 * {@code CSV.SYNTAX} (broken quoting), {@code CSV.ENCODING} (not UTF-8), the code-format codes of
 * posyandu-core ({@code NIK.MONTH}, {@code KODE_WILAYAH.LENGTH}, ...) and
 * {@code VALIDATION.<violation code>} for what {@code PosyanduValidator} finds, as posyandu-json
 * names them.
 *
 * @param line 1-based line where the row starts
 * @param column the column's name in the header, or {@code ""} for the whole row
 * @param code stable code
 * @param error true when the row is rejected, false for a warning
 * @param messageId message in Indonesian
 * @param messageEn message in English
 */
record CsvProblem(long line, String column, String code, boolean error, String messageId,
    String messageEn) {

  /** Checks that nothing is missing. */
  CsvProblem {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(messageEn, "messageEn");
  }

  /** An error of a column ({@code ""}: of the row). */
  static CsvProblem error(long line, String column, String code, String messageId,
      String messageEn) {
    return new CsvProblem(line, column, code, true, messageId, messageEn);
  }

  /**
   * One line for people: {@code 3 kolom 'nik' NIK.MONTH: ...} in Indonesian, {@code 3 column
   * 'nik' ...} in English, {@code baris}/{@code row} for the whole row; warnings are marked.
   */
  String format(Locale locale) {
    boolean en = locale != null && "en".equals(locale.getLanguage());
    StringBuilder sb = new StringBuilder().append(line).append(' ');
    if (column.isEmpty()) {
      sb.append(en ? "row" : "baris");
    } else {
      sb.append(en ? "column '" : "kolom '").append(column).append('\'');
    }
    sb.append(' ');
    if (!error) {
      sb.append(en ? "[WARNING] " : "[PERINGATAN] ");
    }
    return sb.append(code).append(": ").append(en ? messageEn : messageId).toString();
  }

  @Override
  public String toString() {
    return format(Locale.ENGLISH);
  }
}
