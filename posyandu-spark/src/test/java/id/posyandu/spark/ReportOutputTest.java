package id.posyandu.spark;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.json.ReportOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/**
 * The shared CSV writer ({@link ReportOutput#csvRecord}) prints what Commons CSV's RFC 4180 format
 * printed in {@code posyandu report} before the move: cells generated from characters that need
 * quoting, seeded (the seed is in the failure message).
 */
class ReportOutputTest {

  @Test
  void csvRecordsAreThoseOfCommonsCsv() throws IOException {
    String alphabet = "aZ09 ,\"\r\n#!-%.<>=éü\t;'";
    for (long seed = 0; seed < 300; seed++) {
      Random r = new Random(seed);
      List<String> cells = new ArrayList<>();
      int n = 1 + r.nextInt(5);
      for (int i = 0; i < n; i++) {
        StringBuilder sb = new StringBuilder();
        int len = r.nextInt(6);
        for (int j = 0; j < len; j++) {
          sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        cells.add(sb.toString());
      }
      StringWriter expected = new StringWriter();
      CSVPrinter p = new CSVPrinter(expected, CSVFormat.RFC4180);
      p.printRecord(cells);
      p.flush();
      StringWriter actual = new StringWriter();
      try (PrintWriter w = new PrintWriter(actual)) {
        ReportOutput.csvRecord(cells, w);
      }
      assertThat(actual.toString()).as("seed %d cells %s", seed, cells)
          .isEqualTo(expected.toString());
    }
  }
}
