package id.posyandu.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ScreenCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return PosyanduCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void bloodPressurePrintsTheFindingInIndonesianByDefault() {
    assertThat(run("screen", "bp", "--systolic", "150", "--diastolic", "95")).isZero();
    assertThat(out.toString())
        .startsWith("KES.PTM.TEKANAN_DARAH  Hipertensi derajat 1  " + "[Rujuk → Puskesmas]")
        .contains("Tekanan darah 150/95 mmHg")
        .contains("Sumber: ");
  }

  @Test
  void anaemiaInEnglishWithACaseInsensitiveGroup() {
    assertThat(run("screen", "anaemia", "--hb", "10.5", "--group", "pregnant", "--lang", "en"))
        .isZero();
    assertThat(out.toString())
        .startsWith("KES.BUMIL.ANEMIA  Mild anaemia")
        .contains("Hb 10.5 g/dL (criterion ≥ 10 and < 11 g/dL)")
        .contains("Source: ");
  }

  @Test
  void aMissingMeasurementPrintsNotAssessed() {
    assertThat(run("screen", "kek")).isZero();
    assertThat(out.toString()).contains("Tidak dapat dinilai: LiLA tidak diisi.");
  }

  @Test
  void checklistScreeningsTakeListedItems() {
    assertThat(run("screen", "tb", "--symptoms", "cough_2_weeks,night_sweats", "--lang", "en"))
        .isZero();
    assertThat(out.toString()).contains("Presumptive TB");
    assertThat(run("screen", "srq20", "--yes", "17")).isZero();
    assertThat(out.toString()).contains("butir 17");
    assertThat(run("screen", "skilas", "--positive", "HEARING", "--lang", "en")).isZero();
    assertThat(out.toString()).contains("whisper test");
    assertThat(run("screen", "puma", "--age", "50", "--score", "5", "--cutoff", "5")).isZero();
    assertThat(out.toString()).contains("Risiko tinggi PPOK");
  }

  @Test
  void badOptionsAreClearErrorsWithExitCode2() {
    assertThat(run("screen", "anaemia", "--hb", "abc", "--group", "pregnant")).isEqualTo(2);
    assertThat(err.toString()).contains("--hb").doesNotContain("Exception");
    assertThat(run("screen", "bp", "--systolic", "150", "--lang", "fr")).isEqualTo(2);
    assertThat(err.toString()).contains("--lang");
    assertThat(run("screen", "srq20", "--yes", "21")).isEqualTo(2);
    assertThat(err.toString()).contains("outside 1-20");
    assertThat(run("screen", "phq4", "--answers", "1,2")).isEqualTo(2);
    assertThat(run("screen")).isEqualTo(2);
    assertThat(err.toString()).contains("bp, anaemia");
    assertThat(run("screen", "waist", "--sex", "x", "--waist", "90")).isEqualTo(2);
  }
}
