package id.posyandu.examples.cli;

import id.posyandu.json.PosyanduJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Output format of the list commands ({@code followup}, {@code homevisit}): text for people, or
 * NDJSON, one result a line in posyandu-json's canonical form (schemas {@code followUp},
 * {@code homeVisit} of {@code posyandu schema}), with no header or footer.
 */
enum ListFormat {
  /** A header, one tab-separated line per entry, a count. */
  text,
  /** One canonical JSON object per line. */
  ndjson;

  /** The option's help text. */
  static final String HELP = "text, ndjson (satu objek JSON per baris / one JSON object a line) "
      + "(default: text)";

  /** Writes each value as one line of canonical JSON, passed through {@code mask}. */
  static void writeNdjson(List<?> values, PrintWriter out, UnaryOperator<String> mask) {
    PosyanduJson json = PosyanduJson.withoutValidation();
    for (Object v : values) {
      out.println(mask.apply(json.write(v)));
    }
  }
}
