package id.posyandu.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrevalenceCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int run(String... args) {
    return PosyanduCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = PrevalenceCommandTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** WHO's input TSV as a CSV with zscore's column names. */
  private Path csvInput(String tsvName, String ageColumn) throws IOException {
    String tsv = golden(tsvName);
    String[] lines = tsv.split("\n");
    StringBuilder b = new StringBuilder(lines[0].replace("\tage\t", "\t" + ageColumn + "\t")
        .replace("\theight\t", "\tlenhei\t").replace('\t', ',')).append('\n');
    for (int i = 1; i < lines.length; i++) {
      b.append(lines[i].replace('\t', ',')).append('\n');
    }
    Path p = dir.resolve(tsvName.replace(".tsv", ".csv"));
    Files.writeString(p, b.toString());
    return p;
  }

  private static List<CSVRecord> parse(String text, CSVFormat base) throws IOException {
    return CSVParser.parse(new StringReader(text), base.builder().setHeader()
        .setSkipHeaderRecord(true).get()).getRecords();
  }

  /** Every cell equal to WHO's within 1e-9 relative; NA is an empty cell. */
  private static void assertEqualsWho(Path result, String goldenName) throws IOException {
    List<CSVRecord> got = parse(Files.readString(result), CSVFormat.DEFAULT);
    List<CSVRecord> want = parse(golden(goldenName), CSVFormat.TDF.builder()
        .setIgnoreSurroundingSpaces(false).get());
    assertThat(got).hasSize(want.size());
    List<String> header = want.get(0).getParser().getHeaderNames();
    assertThat(got.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(header);
    List<String> diffs = new ArrayList<>();
    for (int r = 0; r < want.size(); r++) {
      for (String col : header) {
        String w = want.get(r).get(col);
        String g = got.get(r).get(col);
        if (w.equals("NA")) {
          if (!g.isEmpty()) {
            diffs.add(r + " " + col + ": " + g);
          }
        } else if (col.equals("Group") || col.equals("Years") || col.equals("Months")) {
          if (!w.equals(g)) {
            diffs.add(r + " " + col + ": " + g + " != " + w);
          }
        } else if (g.isEmpty() || Math.abs(Double.parseDouble(g) - Double.parseDouble(w))
            > 1e-9 * Math.abs(Double.parseDouble(w))) {
          diffs.add(r + " " + col + ": " + g + " != " + w);
        }
      }
    }
    assertThat(diffs).isEmpty();
  }

  @Test
  void anthroTableWithTheDesignEqualsWhos() throws IOException {
    Path in = csvInput("who-prevalence-anthro-input.tsv", "age_days");
    Path result = dir.resolve("prev.csv");
    int code = run("prevalence", in.toString(), "-o", result.toString(), "--sw", "sw",
        "--cluster", "cluster", "--strata", "strata", "--group", "typeres", "--group", "gregion",
        "--group", "wealthq");
    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).contains("27 row(s) will be excluded for the prevalence computation"
        + " due to missing age or age > 1826 days");
    assertEqualsWho(result, "who-prevalence-anthro-design-output.tsv");
  }

  @Test
  void anthroPlusTableWithTheDesignEqualsWhos() throws IOException {
    Path in = csvInput("who-prevalence-anthroplus-input.tsv", "age_months");
    Path result = dir.resolve("prev-plus.csv");
    int code = run("prevalence", in.toString(), "-o", result.toString(), "--sw", "sw",
        "--cluster", "cluster", "--strata", "strata", "--standard", "who2007");
    assertThat(code).as(err.toString()).isZero();
    assertEqualsWho(result, "who-prevalence-anthroplus-design-output.tsv");
  }

  @Test
  void aBadRowIsReportedWithItsLineAndLeftOut() throws IOException {
    Path in = dir.resolve("bad.csv");
    Files.writeString(in, "sex,age_days,weight,lenhei,measure,oedema,sw,kecamatan\n"
        + "1,400,9.1,74.0,l,n,120,Ciawi\n"
        + "2,500,abc,76.0,l,n,120,Ciawi\n"
        + "2,600,9.8,78.5,l,n,-3,Cisarua\n"
        + "1,900,11.0,84.0,h,n,80,Cisarua\n");
    int code = run("prevalence", in.toString(), "--sw", "sw", "--group", "kecamatan");
    assertThat(code).as(err.toString()).isEqualTo(PosyanduCli.EXIT_INVALID);
    assertThat(err.toString()).contains("baris / line 3: kolom / column 'weight'",
        "baris / line 4: kolom / column 'sw'", "2 baris tidak valid");
    List<CSVRecord> rows = parse(out.toString(), CSVFormat.DEFAULT);
    assertThat(rows.get(0).get("Group")).isEqualTo("All");
    assertThat(rows.get(0).get("HAZ_unwpop")).isEqualTo("2");
    assertThat(rows.get(0).get("HAZ_pop")).isEqualTo("200");
    assertThat(rows).extracting(r -> r.get("Group")).contains("kecamatan: Ciawi",
        "kecamatan: Cisarua");
  }

  @Test
  void aDesignColumnMissingFromTheHeaderIsAnError() throws IOException {
    Path in = dir.resolve("x.csv");
    Files.writeString(in, "sex,age_days,weight\n1,400,9.1\n");
    assertThat(run("prevalence", in.toString(), "--cluster", "psu"))
        .isEqualTo(PosyanduCli.EXIT_UNREADABLE);
    assertThat(err.toString()).contains("column 'psu' (--cluster) is not in the header");
  }
}
