package id.posyandu.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidateCsvTest {

  static final String VISIT_HEADER =
      "id,residentId,date,posyandu,setting,kaderId,weightKg,lengthOrHeightCm,position";
  static final String VISIT = "v1,r1,2025-03-11,11.01.10.2001.001,POSYANDU_SESSION,k1,12.5,85.0,h";
  static final String RESIDENT_HEADER = "id,nik,name,sex,birthDate,householdId,relationToHead";

  @TempDir Path dir;
  private final CliRun cli = new CliRun();
  private int validate(Path f, String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "validate";
    args[1] = f.toString();
    args[2] = "--as-of=2025-11-30";
    System.arraycopy(more, 0, args, 3, more.length);
    return cli.run(args);
  }

  @ParameterizedTest
  @CsvSource({"rumah-tangga.csv, 2", "warga.csv, 4", "kunjungan.csv, 4"})
  void theSampleFilesOfExamplesDataAreValid(String name, int records) {
    assertThat(validate(Path.of("data", name))).as(cli.out + "" + cli.err).isZero();
    assertThat(cli.out.toString()).isEqualTo("Ringkasan: " + records + " rekaman dibaca, " + records
        + " sah, 0 tidak sah, 0 baris kosong, 0 peringatan" + System.lineSeparator());
    assertThat(cli.err.toString()).isEmpty();
  }

  @Test
  void theSampleFileWithProblemsNamesEachLineAndColumn() {
    assertThat(validate(Path.of("data", "kunjungan-bermasalah.csv"))).isEqualTo(1);
    assertThat(cli.out.toString()).contains(
        "kunjungan-bermasalah.csv:3 kolom 'weightKg' VALIDATION.RANGE:",
        "kunjungan-bermasalah.csv:4 kolom 'date' CSV.INVALID_VALUE: bukan tanggal yyyy-MM-dd "
            + "yang ada: 2025-02-30",
        "kunjungan-bermasalah.csv:5 kolom 'weightKg' CSV.INVALID_VALUE: bukan angka",
        "kunjungan-bermasalah.csv:6 kolom 'kaderId' CSV.MISSING_VALUE",
        "Ringkasan: 5 rekaman dibaca, 1 sah, 4 tidak sah");
    assertThat(cli.err.toString()).isEmpty();
  }

  @Test
  void theReadmeShowsWhatTheCommandPrintsForTheSampleWithProblems() throws IOException {
    validate(Path.of("data", "kunjungan-bermasalah.csv"));
    String readme = Files.readString(Path.of("..", "README.md"));
    assertThat(cli.out.toString().lines()).isNotEmpty().allSatisfy(l ->
        assertThat(readme).contains(l));
  }

  @Test
  void aRowWithTooFewOrTooManyCellsIsRejectedAndTheNextRowsAreRead() throws IOException {
    Path f = CliRun.file(dir, "v.csv", VISIT_HEADER + "\n" + VISIT + ",extra\nv2,r1\n" + VISIT + "\n");
    assertThat(validate(f)).isEqualTo(1);
    assertThat(cli.out.toString()).contains(
        "v.csv:2 baris CSV.RAGGED: baris ini punya 10 sel, baris judul 9 kolom",
        "v.csv:3 baris CSV.RAGGED: baris ini punya 2 sel",
        "Ringkasan: 3 rekaman dibaca, 1 sah, 2 tidak sah");
  }

  @Test
  void aLineLongerThanTheLimitEndsTheReadWithExitTwoAndTheRowsBeforeItCount() throws IOException {
    String huge = "\"" + "x".repeat(CsvFiles.MAX_LINE_CHARS + 1) + "\"";
    Path f = CliRun.file(dir, "v.csv", VISIT_HEADER + "\n" + VISIT + "\n"
        + VISIT.replace(",h", "," + huge) + "\n" + VISIT + "\n");
    assertThat(validate(f)).isEqualTo(2);
    String all = cli.out + "" + cli.err;
    assertThat(all).contains("baris 3 lebih dari " + CsvFiles.MAX_LINE_CHARS + " karakter")
        .contains("v.csv:3 baris CSV.SYNTAX", "2 rekaman dibaca, 1 sah, 1 tidak sah")
        .doesNotContain("xxxxxxxx").doesNotContain("Exception");
  }

  @Test
  void quotedFieldsCrlfBomAndEmptyLinesKeepTheLineNumbersRight() throws IOException {
    String body = "\uFEFF" + RESIDENT_HEADER + ",disabilities\r\n"
        + "\r\n"
        + "r1,,\"Budi, \"\"Kecil\"\"\nSantoso\",L,2024-01-10,h1,ANAK,\"PHYSICAL|MENTAL\"\r\n"
        + "   \r\n"
        + ",,,,,,,\r\n"
        + "r2,,Ani,P,2024-02-30,h1,ANAK,\r\n";
    Path f = CliRun.file(dir, "r.csv", body);
    assertThat(validate(f)).isEqualTo(1);
    assertThat(cli.out.toString()).contains("r.csv:7 kolom 'birthDate' CSV.INVALID_VALUE",
        "Ringkasan: 2 rekaman dibaca, 1 sah, 1 tidak sah, 3 baris kosong");
    assertThat(cli.out.toString()).doesNotContain("Budi", "Santoso");
  }

  @Test
  void aSemicolonTableAsSpreadsheetsWriteItIsRead() throws IOException {
    Path f = CliRun.file(dir, "v.csv", VISIT_HEADER.replace(',', ';') + "\n" + VISIT.replace(',', ';') + "\n");
    assertThat(validate(f)).as(cli.out.toString()).isZero();
  }

  @Test
  void personalDataIsNeverPrintedInFull() throws IOException {
    Path f = CliRun.file(dir, "r.csv", RESIDENT_HEADER + "\n"
        + "r1,3174019913250003,Siti Rahayu,P,2025-02-03,h1,ANAK\n"
        + "r2,3174014302250003,Dewi Lestari,L,2025-02-03,h1,ANAK\n");
    assertThat(validate(f)).isEqualTo(1);
    String o = cli.out.toString();
    assertThat(o).contains("r.csv:2 kolom 'nik' NIK.", "3174**********03",
        "r.csv:3 kolom 'nik' [PERINGATAN] VALIDATION.NIK.SEX_MISMATCH",
        "1 sah, 1 tidak sah", "1 peringatan");
    assertThat(o).doesNotContain("3174019913250003", "3174014302250003", "Siti", "Rahayu",
        "Dewi", "Lestari");
  }

  @Test
  void householdColumnsMayNameTheAddressByItsPathOrItsShortName() throws IOException {
    Path f = CliRun.file(dir, "h.csv", "id,kkNumber,street,rt,rw,kodeDesa,posyandu\n"
        + "h1,,Jl. Mawar,1,2,31.74.01.1001,31.74.01.1001.002\n"
        + "h2,,Jl. Mawar,1234,2,31.74.01,31.74.01.1001.002\n");
    assertThat(validate(f)).isEqualTo(1);
    assertThat(cli.out.toString()).contains("h.csv:3 kolom 'rt' VALIDATION.", "h.csv:3 kolom 'kodeDesa'",
        "1 sah, 1 tidak sah").doesNotContain("Jl. Mawar");
  }

  @Test
  void bytesThatAreNotUtf8RejectTheirRowOnly() throws IOException {
    byte[] head = (VISIT_HEADER + "\n" + VISIT + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = "v2,r\u00e9,2025-03-11,11.01.10.2001.001,POSYANDU_SESSION,k1,,,\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    Path f = dir.resolve("latin1.csv");
    Files.write(f, head);
    Files.write(f, bad, java.nio.file.StandardOpenOption.APPEND);
    assertThat(validate(f)).isEqualTo(1);
    assertThat(cli.out.toString()).contains("latin1.csv:3 kolom 'residentId' CSV.ENCODING",
        "2 rekaman dibaca, 1 sah, 1 tidak sah");
  }

  @Test
  void brokenQuotingStopsTheReadingWithExitTwoAndTheCountsOfWhatWasRead() throws IOException {
    Path f = CliRun.file(dir, "q.csv", VISIT_HEADER + "\n" + VISIT + "\n"
        + "v2,\"r1\"x,2025-03-11,11.01.10.2001.001,POSYANDU_SESSION,k1,,,\n" + VISIT + "\n");
    assertThat(validate(f)).isEqualTo(2);
    assertThat(cli.out.toString()).contains("q.csv:3 baris CSV.SYNTAX",
        "Ringkasan: 2 rekaman dibaca, 1 sah, 1 tidak sah");
    assertThat(cli.err.toString()).contains("posyandu:", "CSV rusak").doesNotContain("Exception");
  }

  @Test
  void aHeaderWithoutARequiredColumnNamesIt() throws IOException {
    Path f = CliRun.file(dir, "v.csv", VISIT_HEADER.replace(",kaderId", "") + "\n");
    assertThat(validate(f)).isEqualTo(2);
    assertThat(cli.err.toString()).contains("kolom wajib tidak ada untuk visit: [kaderId]");
    assertThat(cli.out.toString()).isEmpty();
  }

  @Test
  void anUnknownOrRepeatedColumnIsRefusedRatherThanIgnored() throws IOException {
    assertThat(validate(CliRun.file(dir, "v.csv", VISIT_HEADER + ",weightkgs\n"), "--lang=en"))
        .isEqualTo(2);
    assertThat(cli.err.toString()).contains("unknown columns for visit: [weightkgs]",
        "id,residentId,date");
    assertThat(validate(CliRun.file(dir, "w.csv", VISIT_HEADER + ",WEIGHTKG\n"), "--lang=en")).isEqualTo(2);
    assertThat(cli.err.toString()).contains("repeated columns: [WEIGHTKG]");
  }

  @Test
  void theTypeIsInferredFromTheHeaderOrGiven() throws IOException {
    Path f = CliRun.file(dir, "x.csv", "id,name\n1,a\n");
    assertThat(validate(f)).isEqualTo(2);
    assertThat(cli.err.toString()).contains("jenis rekaman tidak dapat ditentukan",
        "--type resident|household|visit");
    assertThat(validate(f, "--type", "pregnancy")).isEqualTo(2);
    assertThat(cli.err.toString()).contains("resident|household|visit", "pregnancy");
    Path v = CliRun.file(dir, "v.txt", VISIT_HEADER + "\n" + VISIT + "\n");
    assertThat(validate(v, "--format", "csv", "--type", "visit")).as(cli.out.toString()).isZero();
  }

  @Test
  void anEmptyFileOrOneWithOnlyBlankLinesHasNoHeader() throws IOException {
    assertThat(validate(CliRun.file(dir, "e.csv", ""))).isEqualTo(2);
    assertThat(cli.err.toString()).contains("kosong");
    assertThat(validate(CliRun.file(dir, "b.csv", "\n\r\n  \n"))).isEqualTo(2);
    assertThat(cli.err.toString()).contains("tidak ada baris judul");
  }

  @Test
  void englishOnRequest() throws IOException {
    Path f = CliRun.file(dir, "v.csv", VISIT_HEADER + "\n" + VISIT.replace("12.5", "NaN") + "\n");
    assertThat(validate(f, "--lang", "en")).isEqualTo(1);
    assertThat(cli.out.toString()).contains("v.csv:2 column 'weightKg' CSV.INVALID_VALUE: not a "
        + "number", "Summary: 1 records read, 0 valid, 1 invalid");
  }
}
