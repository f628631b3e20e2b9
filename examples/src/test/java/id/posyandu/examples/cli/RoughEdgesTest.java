package id.posyandu.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leaks of the command line and the rough edges a new user hits (issue 19), one test each.
 */
class RoughEdgesTest {

  private static final String NIK = "3204124506990007";
  private static final String KK = "3204121203150007";
  private static final String NAME = "Dewi Sartika";

  @TempDir static Path shared;
  private static Path pop;
  @TempDir Path dir;
  private final CliRun cli = new CliRun();

  @BeforeAll
  static void generate() {
    pop = shared.resolve("pop");
    assertThat(PosyanduCli.execute(new String[] {"generate", "--residents", "120", "--seed", "9",
        "--months", "3", "--end", "2026-10", "-o", pop.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))).isZero();
  }

  private String all() {
    return cli.out + "\n" + cli.err;
  }

  // ---- values in messages

  @Test
  void csvAValueInTheWrongColumnIsMaskedWhateverTheColumn() throws IOException {
    Path f = CliRun.file(dir, "r.csv", ValidateCsvTest.RESIDENT_HEADER + "\n"
        + "w1,," + NAME + "," + NAME + "," + NIK + ",h1,ANAK\n");
    assertThat(cli.run("validate", f.toString(), "--lang=en")).isEqualTo(1);
    assertThat(all()).doesNotContain(NIK).doesNotContain("Dewi")
        .contains("column 'sex' CSV.INVALID_VALUE", "a text of 12 characters (letters)")
        .contains("column 'birthDate' CSV.INVALID_VALUE", "3204**********07");
  }

  @Test
  void csvAKkNumberAsPosyanduNumberAndAnAddressAsAreaCodeAreMasked() throws IOException {
    Path f = CliRun.file(dir, "h.csv", "id,kkNumber,street,rt,rw,kodeDesa,posyandu\n"
        + "h1,,Jl. Mawar,001,002,Jl. Anggrek No. 104," + KK + "\n");
    assertThat(cli.run("validate", f.toString(), "--lang=en")).isEqualTo(1);
    assertThat(all()).doesNotContain(KK).doesNotContain("Anggrek")
        .contains("3204**********07", "a text of 19 characters");
  }

  @Test
  void zscoreAndChartNeverQuoteAnUnknownSexCode() throws IOException {
    Path z = CliRun.file(dir, "z.csv", "sex,age_days,weight\n" + NAME + ",400,9.5\n");
    assertThat(cli.run("zscore", z.toString(), "-o", dir.resolve("z-out.csv").toString()))
        .isEqualTo(1);
    Path c = CliRun.file(dir, "c.csv", "child_id,sex,birth_date,date,weight_kg,length_cm,measure\n"
        + "c1," + NAME + ",2025-01-01,2025-06-01,7.1,65,l\n");
    assertThat(cli.run("chart", c.toString(), "--child", "c1", "-o", dir.toString()))
        .isEqualTo(2);
    assertThat(all()).doesNotContain("Dewi").contains("unknown sex code: a text of 12");
  }

  // ---- ids that look personal

  @Test
  void validateWarnsOfAnIdThatLooksLikeANik() throws IOException {
    Path f = CliRun.file(dir, "r.csv", ValidateCsvTest.RESIDENT_HEADER + "\n"
        + NIK + ",," + NAME + ",P,2024-05-05," + KK + ",ANAK\n");
    assertThat(cli.run("validate", f.toString(), "--lang=en", "--as-of=2026-01-01")).isZero();
    assertThat(cli.out.toString()).contains("column 'id' [WARNING] ID.LOOKS_PERSONAL",
        "column 'householdId' [WARNING] ID.LOOKS_PERSONAL", "1 warnings".replace("1", "2"))
        .doesNotContain(NIK).doesNotContain(KK);
    cli.clear();
    assertThat(cli.run("validate", f.toString(), "--as-of=2026-01-01")).isZero();
    assertThat(cli.out.toString()).contains("tampak seperti NIK");
  }

  @Test
  void chartMasksAChildIdThatIsANik() throws IOException {
    Path c = CliRun.file(dir, "c.csv", "child_id,sex,birth_date,date,weight_kg,length_cm,measure\n"
        + NIK + ",P,2025-01-01,2025-06-01,7.1,65,l\n");
    assertThat(cli.run("chart", c.toString(), "--child", NIK, "-o", dir.toString())).isZero();
    assertThat(cli.out.toString()).doesNotContain(NIK).contains("3204__________07-wfa.svg");
    String svg = Files.readString(dir.resolve("3204__________07-wfa.svg"));
    assertThat(svg).doesNotContain(NIK).contains("3204**********07");
  }

  @Test
  void personalIdsAreMaskedInText() {
    assertThat(PersonalIds.masked("w-" + NIK + " and 1234567890123456")).isEqualTo(
        "w-3204**********07 and 1234567890123456");
    assertThat(PersonalIds.looksPersonal(NIK)).isTrue();
    assertThat(PersonalIds.looksPersonal("w-0001")).isFalse();
  }

  // ---- rough edges

  @Test
  void screenRuleHelpWorksAndGlucoseHelpHasNoWarning() {
    assertThat(cli.run("screen", "bp", "--help")).isZero();
    assertThat(cli.out.toString()).contains("--systolic");
    cli.clear();
    assertThat(cli.run("screen", "glucose", "--help")).isZero();
    assertThat(cli.out.toString()).contains("HbA1c: %)");
    assertThat(cli.err.toString()).isEmpty();
  }

  @Test
  void reportOnALoneVisitsFileSummarisesTheUnknownResidents() {
    assertThat(cli.run("report", pop.resolve("visits.ndjson").toString(), "--period", "2026-10",
        "--lang", "en")).isEqualTo(1);
    List<String> lines = cli.err.toString().lines().toList();
    assertThat(lines.size()).isLessThan(DataInput.MAX_REFERENCE_LINES + 6);
    assertThat(cli.err.toString()).contains("more unresolved references");
  }

  @Test
  void validateOfAFolderChecksReferencesAsReportDoes() throws IOException {
    Path mixed = dir.resolve("d");
    Files.createDirectories(mixed);
    Files.copy(pop.resolve("visits.ndjson"), mixed.resolve("visits.ndjson"));
    assertThat(cli.run("validate", mixed.toString(), "--lang=en")).isEqualTo(1);
    assertThat(cli.out.toString()).contains("unresolved references");
    cli.clear();
    assertThat(cli.run("validate", pop.toString(), "--lang=en")).isZero();
    assertThat(cli.out.toString()).contains("0 unresolved references");
    cli.clear();
    assertThat(cli.run("validate", pop.resolve("visits.ndjson").toString(), "--lang=en")).isZero();
    assertThat(cli.out.toString()).contains("are not checked in a file of one record type");
    // a file of mixed records: references checked
    Path one = dir.resolve("mixed.ndjson");
    Files.write(one, List.of(Files.readAllLines(pop.resolve("visits.ndjson")).get(0),
        Files.readAllLines(pop.resolve("kader.ndjson")).get(0)));
    cli.clear();
    assertThat(cli.run("validate", one.toString(), "--lang=en")).isEqualTo(1);
    assertThat(cli.out.toString()).containsPattern("[1-9][0-9]* unresolved references");
  }

  @Test
  void anImpossibleMonthSuggestsOnlyMonths() {
    assertThat(cli.run("report", pop.toString(), "--period", "2026-13", "--lang", "en"))
        .isEqualTo(2);
    assertThat(cli.err.toString()).contains("2026-13", "YYYY-MM").doesNotContain("Q4");
  }

  @Test
  void demoIntoAnExistingFileFailsFirst() throws IOException {
    Path file = Files.writeString(dir.resolve("f"), "x");
    assertThat(cli.run("demo", "-o", file.toString())).isEqualTo(2);
    assertThat(cli.out.toString()).isEmpty();
    assertThat(cli.err.toString()).contains("is a file, not a folder");
  }

  @Test
  void chartHelpNoLongerSaysNdjsonIsComing() {
    assertThat(cli.run("chart", "--help")).isZero();
    assertThat(cli.out.toString()).doesNotContain("when posyandu-json lands").contains("NDJSON");
  }

  @Test
  void chartForAnAdultIsAClearError() throws IOException {
    Path c = CliRun.file(dir, "c.csv", "child_id,sex,birth_date,date,weight_kg,length_cm,measure\n"
        + "a1,L,1980-01-01,2026-06-01,70,170,h\n");
    assertThat(cli.run("chart", c.toString(), "--child", "a1", "-o", dir.toString()))
        .isEqualTo(2);
    assertThat(cli.err.toString()).contains("no measurement at ages 0-5 years");
  }

  @Test
  void zscoreOnNdjsonATruncatedRowAndANikInAgeDaysSaySo() throws IOException {
    assertThat(cli.run("zscore", pop.resolve("visits.ndjson").toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("not NDJSON records").doesNotContain("quote");
    cli.clear();
    Path z = CliRun.file(dir, "z.csv", "sex,age_days,weight\n1,400\n1," + NIK + ",9.5\n");
    assertThat(cli.run("zscore", z.toString())).isEqualTo(1);
    assertThat(cli.err.toString()).contains("line 2", "this row has 2 cells")
        .contains("line 3", "more than 150 years", "3204**********07").doesNotContain(NIK);
  }

  @Test
  void validateTypeResidentAcceptsAMatchingTypeMember() throws IOException {
    String line = Files.readAllLines(pop.resolve("residents.ndjson")).get(0);
    Path f = CliRun.file(dir, "r.json", line);
    assertThat(line).contains("\"type\":\"resident\"");
    assertThat(cli.run("validate", f.toString(), "--type", "resident", "--lang=en")).as(all())
        .isZero();
    assertThat(all()).doesNotContain("Unknown property");
  }

  @Test
  void scheduleErrorsAreBilingualAndAnUnknownProvinceIsRefused() {
    assertThat(cli.run("schedule", "--birth", "2026-13-01", "--as-of", "2026-10-01"))
        .isEqualTo(2);
    assertThat(cli.err.toString()).contains("tanggal tidak sah / invalid date")
        .doesNotContain("Exception");
    cli.clear();
    assertThat(cli.run("schedule", "--birth", "2026-01-01", "--as-of", "2026-10-01",
        "--province", "99")).isEqualTo(2);
    assertThat(cli.err.toString()).contains("not a Kemendagri province code");
    cli.clear();
    assertThat(cli.run("schedule", "--birth", "2026-01-01", "--as-of", "2026-10-01",
        "--province", "32")).isZero();
  }

  @Test
  void screenOutputSaysWhereTheCitedDocumentsAre() {
    assertThat(cli.run("screen", "bp", "--systolic", "150", "--diastolic", "95")).isZero();
    assertThat(cli.out.toString()).contains("https://jdih.kemkes.go.id");
    cli.clear();
    assertThat(cli.run("screen", "kek", "--muac", "22", "--lang", "en")).isZero();
    assertThat(cli.out.toString()).contains("The sources are public documents");
  }

  @Test
  void followupHelpListsTheIndicatorIds() {
    assertThat(cli.run("followup", "--help")).isZero();
    assertThat(cli.out.toString()).contains("KES-DS", "KES-IDL");
  }
}
