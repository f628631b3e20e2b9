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
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZscoreCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int run(String... args) {
    return PosyanduCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = ZscoreCommandTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    return CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT.builder().setHeader()
        .setSkipHeaderRecord(true).get()).getRecords();
  }

  private static List<CSVRecord> parseTsv(String tsv) throws IOException {
    return CSVParser.parse(new StringReader(tsv), CSVFormat.TDF.builder().setHeader()
        .setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(false).get()).getRecords();
  }

  /** Writes WHO's golden inputs as a CSV with WHO Anthro's argument names. */
  private Path goldenInput(List<CSVRecord> rows, Map<String, String> rename) throws IOException {
    StringBuilder b = new StringBuilder(String.join(",", rename.values())).append("\n");
    for (CSVRecord r : rows) {
      b.append(String.join(",", rename.keySet().stream().map(r::get).toList())).append("\n");
    }
    Path p = dir.resolve("in-" + rows.size() + ".csv");
    Files.writeString(p, b.toString());
    return p;
  }

  private void assertOutputEqualsGolden(List<CSVRecord> golden, Path in, List<String> columns)
      throws IOException {
    Path outFile = dir.resolve("out.csv");
    assertThat(run("zscore", in.toString(), "-o", outFile.toString())).as(err.toString()).isZero();
    List<CSVRecord> got = parse(Files.readString(outFile));
    assertThat(got).hasSameSizeAs(golden);
    int compared = 0;
    for (int i = 0; i < golden.size(); i++) {
      for (String c : columns) {
        assertThat(got.get(i).get(c)).as("row " + (i + 2) + " column " + c)
            .isEqualTo(golden.get(i).get(c));
        compared++;
      }
    }
    System.out.println("posyandu zscore vs WHO golden: " + compared + " cells equal");
  }

  @Test
  void outputEqualsWhoAnthroGoldenColumnByColumn() throws IOException {
    List<CSVRecord> golden = parseTsv(golden("who2006-golden.tsv"));
    Map<String, String> rename = new java.util.LinkedHashMap<>();
    rename.put("sex", "sex");
    rename.put("age_days", "age_days");
    rename.put("weight_kg", "weight");
    rename.put("lenhei_cm", "lenhei");
    rename.put("measure", "measure");
    rename.put("headc_cm", "headc");
    rename.put("armc_cm", "armc");
    rename.put("triskin_mm", "triskin");
    rename.put("subskin_mm", "subskin");
    rename.put("oedema", "oedema");
    assertOutputEqualsGolden(golden, goldenInput(golden, rename), List.of("clenhei", "cbmi", "zlen",
        "flen", "zwei", "fwei", "zwfl", "fwfl", "zbmi", "fbmi", "zhc", "fhc", "zac", "fac", "zts",
        "fts", "zss", "fss"));
  }

  @Test
  void outputEqualsWhoAnthroPlusGoldenColumnByColumn() throws IOException {
    List<CSVRecord> golden = parseTsv(golden("who2007-golden.tsv"));
    Map<String, String> rename = new java.util.LinkedHashMap<>();
    rename.put("sex", "sex");
    rename.put("age_months", "age_months");
    rename.put("weight_kg", "weight");
    rename.put("height_cm", "lenhei");
    rename.put("oedema", "oedema");
    assertOutputEqualsGolden(golden, goldenInput(golden, rename),
        List.of("cbmi", "zhfa", "fhfa", "zwfa", "fwfa", "zbfa", "fbfa"));
  }

  @Test
  void otherColumnsPassThroughAndPermenkesCategoriesFollow() throws IOException {
    Path in = dir.resolve("kids.csv");
    Files.writeString(in, "id,sex,age_months,weight,lenhei,measure,oedema,desa\n"
        + "A1,m,24,10.2,80.1,h,n,Sukamaju\n"
        + "A2,f,30,,,,,Sukamaju\n");
    assertThat(run("zscore", in.toString())).as(err.toString()).isZero();
    List<CSVRecord> rows = parse(out.toString());
    assertThat(rows.get(0).get("id")).isEqualTo("A1");
    assertThat(rows.get(0).get("desa")).isEqualTo("Sukamaju");
    assertThat(rows.get(0).get("clenhei")).isEqualTo("80.1");
    assertThat(rows.get(0).get("pb_tb_u")).isEqualTo("STUNTED");
    assertThat(rows.get(0).get("zhfa")).isEmpty();
    assertThat(rows.get(1).get("zlen")).isEmpty();
    assertThat(rows.get(1).get("flen")).isEmpty();
    assertThat(rows.get(1).get("pb_tb_u")).isEmpty();
    assertThat(out.toString().lines().findFirst().orElseThrow()).endsWith(
        "clenhei,cbmi,zlen,flen,zwei,fwei,zwfl,fwfl,zbmi,fbmi,zhc,fhc,zac,fac,zts,fts,zss,fss,"
            + "zhfa,fhfa,zwfa,fwfa,zbfa,fbfa,bb_u,pb_tb_u,bb_pb_tb,imt_u_0_60,imt_u_5_18");
  }

  @Test
  void aLineLongerThanTheLimitIsOneSentenceAndExitTwo() throws IOException {
    Path in = dir.resolve("long.csv");
    Files.writeString(in, "sex,age_days,weight,note\n1,400,9.5,ok\n1,400,9.5,"
        + "y".repeat(CsvFiles.MAX_LINE_CHARS + 1) + "\n");
    assertThat(run("zscore", in.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("baris 3 lebih dari " + CsvFiles.MAX_LINE_CHARS)
        .doesNotContain("yyyyyyyy").doesNotContain("Exception");
  }

  @Test
  void aMalformedRowIsReportedWithItsLineAndTheOthersAreComputed() throws IOException {
    Path in = dir.resolve("bad.csv");
    Files.writeString(in, "sex,age_days,weight\n1,400,9.5\n1,4x0,9.5\nx,400,9.5\n2,400,9\n");
    assertThat(run("zscore", in.toString())).isEqualTo(PosyanduCli.EXIT_INVALID);
    assertThat(err.toString()).contains("line 3", "age_days", "a text of 3 characters").contains("line 4", "sex")
        .contains("2 invalid row").doesNotContain("Exception");
    List<CSVRecord> rows = parse(out.toString());
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).get("zwei")).isNotEmpty();
    assertThat(rows.get(1).get("zwei")).isEmpty();
    assertThat(rows.get(1).get("age_days")).isEqualTo("4x0");
    assertThat(rows.get(2).get("zwei")).isEmpty();
    assertThat(rows.get(3).get("zwei")).isNotEmpty();
  }

  @Test
  void anUnreadableFileExitsWith2() {
    assertThat(run("zscore", dir.resolve("none.csv").toString()))
        .isEqualTo(PosyanduCli.EXIT_UNREADABLE);
    assertThat(err.toString()).contains("none.csv").doesNotContain("Exception");
  }
}
