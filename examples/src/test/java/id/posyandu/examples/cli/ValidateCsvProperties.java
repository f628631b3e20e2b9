package id.posyandu.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.validation.PosyanduValidator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Properties of the CSV reader over generated files (seeded {@link Random}; the seed is in every
 * assertion message): whatever the mix of good, bad and blank rows, quoting, line endings, byte
 * order mark and multi-line cells, every row is counted once (read = accepted + rejected), the
 * counts are those of the rows written, and each rejected row is reported at the line it starts on.
 */
class ValidateCsvProperties {

  private static final PosyanduValidator VALIDATOR =
      PosyanduValidator.asOf(LocalDate.of(2025, 11, 30));
  private static final String HEADER = ValidateCsvTest.VISIT_HEADER;
  private static final int FILES = 150;

  /** The kinds of rows written; each but the first and the blank one is rejected. */
  enum Kind { VALID, MULTILINE_VALID, BLANK, RAGGED, MISSING, BAD_DATE, BAD_NUMBER, OUT_OF_RANGE }

  /** A generated file and what reading it must give. */
  record Generated(String text, int valid, int rejected, int blank, TreeSet<Long> rejectedLines) {}

  @Test
  void everyRowIsCountedOnceAndEveryRejectedRowIsReportedAtItsLine() throws IOException {
    for (long seed = 20251125; seed < 20251125 + FILES; seed++) {
      Generated g = generate(new Random(seed));
      List<CsvRecords.RowResult> rows = new ArrayList<>();
      CsvRecords.Summary s;
      try (BufferedReader in = CsvFiles.skipBom(new BufferedReader(new StringReader(g.text())))) {
        s = CsvRecords.read(in, Optional.empty(), VALIDATOR, rows::add);
      } catch (CsvRecords.BadFile e) {
        throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
      }
      String why = "seed " + seed + "\n" + g.text() + "\n" + rows;
      assertThat(s.read()).as(why).isEqualTo(s.accepted() + s.rejected())
          .isEqualTo(rows.size());
      assertThat(s.accepted()).as(why).isEqualTo(g.valid());
      assertThat(s.rejected()).as(why).isEqualTo(g.rejected());
      assertThat(s.blank()).as(why).isEqualTo(g.blank());
      assertThat(s.complete()).as(why).isTrue();
      TreeSet<Long> reported = new TreeSet<>();
      rows.stream().filter(r -> !r.accepted()).forEach(r -> {
        reported.add(r.line());
        assertThat(r.problems()).as(why).isNotEmpty()
            .allMatch(p -> p.line() == r.line());
      });
      assertThat(reported).as(why).isEqualTo(g.rejectedLines());
    }
  }

  private static Generated generate(Random rnd) {
    StringBuilder sb = new StringBuilder();
    if (rnd.nextBoolean()) {
      sb.append(CsvFiles.BOM);
    }
    sb.append(HEADER).append(eol(rnd));
    long line = 2;
    int valid = 0;
    int rejected = 0;
    int blank = 0;
    TreeSet<Long> rejectedLines = new TreeSet<>();
    int n = rnd.nextInt(30);
    Kind[] kinds = Kind.values();
    for (int i = 0; i < n; i++) {
      Kind k = kinds[rnd.nextInt(kinds.length)];
      String row = row(k, i, rnd);
      sb.append(row);
      if (i < n - 1 || rnd.nextBoolean()) {
        sb.append(eol(rnd));
      } else if (row.isEmpty()) {
        // a final empty line without terminator is no line at all
        continue;
      }
      switch (k) {
        case VALID, MULTILINE_VALID -> valid++;
        case BLANK -> blank++;
        default -> {
          rejected++;
          rejectedLines.add(line);
        }
      }
      line += 1 + row.chars().filter(c -> c == '\n').count();
    }
    return new Generated(sb.toString(), valid, rejected, blank, rejectedLines);
  }

  private static String eol(Random rnd) {
    return rnd.nextBoolean() ? "\n" : "\r\n";
  }

  private static String row(Kind k, int i, Random rnd) {
    String weight = String.format(Locale.ROOT, "%.1f", 2 + rnd.nextDouble() * 28);
    String length = String.format(Locale.ROOT, "%.1f", 45 + rnd.nextDouble() * 70);
    List<String> cells = new ArrayList<>(List.of("v" + i, "r" + rnd.nextInt(5), "2025-10-0"
        + (1 + rnd.nextInt(9)), "11.01.10.2001.001", "POSYANDU_SESSION", "k1", weight, length,
        rnd.nextBoolean() ? "l" : "STANDING"));
    switch (k) {
      case BLANK -> {
        return switch (rnd.nextInt(3)) {
          case 0 -> "";
          case 1 -> "  ";
          default -> ",,,,,,,,";
        };
      }
      case MULTILINE_VALID -> cells.set(5, "kader\nsatu");
      case RAGGED -> {
        if (rnd.nextBoolean()) {
          cells.remove(cells.size() - 1);
        } else {
          cells.add("x");
        }
      }
      case MISSING -> cells.set(5, "");
      case BAD_DATE -> cells.set(2, "2025-02-30");
      case BAD_NUMBER -> cells.set(6, weight.replace('.', ','));
      case OUT_OF_RANGE -> cells.set(6, "900");
      default -> { }
    }
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String v = cells.get(c);
      if (c > 0) {
        sb.append(',');
      }
      boolean quote = v.contains(",") || v.contains("\n") || rnd.nextInt(4) == 0;
      sb.append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
    }
    return sb.toString();
  }
}
