package id.posyandu.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCommandTest {

  private static final String CSV = "child_id,sex,birth_date,date,weight_kg,length_cm,measure\n"
      + "A-017,P,2023-01-15,2023-01-16,3.1,49.0,l\n"
      + "A-017,P,2023-01-15,2023-02-15,4.0,53.2,l\n"
      + "A-017,P,2023-01-15,2023-03-15,5.0,56.8,l\n"
      + "B-002,L,2024-06-01,2024-06-02,3.4,50.1,l\n"
      + "C-9,L,2024-06-01,2024-06-02,not-a-number,50.1,l\n";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int run(String... args) {
    return PosyanduCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path csv(String text) throws IOException {
    Path p = dir.resolve("kids.csv");
    Files.writeString(p, text);
    return p;
  }

  private void assertOneClearLine() {
    assertThat(err.toString().strip()).startsWith("posyandu chart: ").doesNotContain("\n")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void writesSvgAndPngNamedAfterTheChildAndIndicatorAndPrintsTheirPaths() throws IOException {
    Path outDir = dir.resolve("charts");
    int code = run("chart", "--child", "A-017", csv(CSV).toString(), "-o", outDir.toString());
    assertThat(code).as(err.toString()).isZero();
    Path svg = outDir.resolve("A-017-wfa.svg");
    Path png = outDir.resolve("A-017-wfa.png");
    assertThat(out.toString().lines()).containsExactly(svg.toString(), png.toString());
    assertThat(Files.readString(svg)).startsWith("<?xml").contains("A-017");
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(1200);
  }

  @Test
  void theReadmeExampleRenders() {
    Path example = Path.of("docs", "growth-chart-example.csv");
    assertThat(run("chart", "--child", "A-017", example.toString(), "-o", dir.toString()))
        .as(err.toString()).isZero();
    assertThat(dir.resolve("A-017-wfa.svg")).exists();
    assertThat(dir.resolve("A-017-wfa.png")).exists();
  }

  @Test
  void otherIndicatorsAndEnglish() throws IOException {
    Path in = csv(CSV);
    assertThat(run("chart", "--child", "A-017", in.toString(), "--indicator", "lhfa", "-o",
        dir.toString(), "--lang", "en")).as(err.toString()).isZero();
    assertThat(Files.readString(dir.resolve("A-017-lhfa.svg"))).contains("Length/height-for-age");
    assertThat(run("chart", "--child", "A-017", in.toString(), "--indicator", "wfl", "-o",
        dir.toString())).as(err.toString()).isZero();
    assertThat(dir.resolve("A-017-wfl.png")).exists();
  }

  @Test
  void unknownChildIsOneLineAndExitCode2() throws IOException {
    assertThat(run("chart", "--child", "Z-404", csv(CSV).toString(), "-o", dir.toString()))
        .isEqualTo(PosyanduCli.EXIT_UNREADABLE);
    assertOneClearLine();
    assertThat(err.toString()).contains("Z-404");
  }

  @Test
  void missingFileIsOneLineAndExitCode2() {
    assertThat(run("chart", "--child", "A-017", dir.resolve("none.csv").toString()))
        .isEqualTo(PosyanduCli.EXIT_UNREADABLE);
    assertOneClearLine();
    assertThat(err.toString()).contains("none.csv");
  }

  @Test
  void missingColumnIsOneLineAndExitCode2() throws IOException {
    assertThat(run("chart", "--child", "A-017", csv("id,weight\nA-017,3.1\n").toString()))
        .isEqualTo(PosyanduCli.EXIT_UNREADABLE);
    assertOneClearLine();
    assertThat(err.toString()).contains("child_id");
  }

  @Test
  void badValueOfTheChildNamesTheLineAndExitCode2() throws IOException {
    assertThat(run("chart", "--child", "C-9", csv(CSV).toString()))
        .isEqualTo(PosyanduCli.EXIT_UNREADABLE);
    assertOneClearLine();
    assertThat(err.toString()).contains("line 6", "weight_kg", "a text of 12 characters")
        .doesNotContain("not-a-number");
  }

  @Test
  void badDateAndImplausibleWeightAreOneLineAndExitCode2() throws IOException {
    assertThat(run("chart", "--child", "A", csv("child_id,sex,birth_date,date,weight_kg\n"
        + "A,1,2024-13-01,2024-06-02,3.4\n").toString())).isEqualTo(PosyanduCli.EXIT_UNREADABLE);
    assertOneClearLine();
    assertThat(err.toString()).contains("birth_date");
    err.getBuffer().setLength(0);
    assertThat(run("chart", "--child", "A", csv("child_id,sex,birth_date,date,weight_kg\n"
        + "A,1,2024-01-01,2024-06-02,340\n").toString(), "-o", dir.toString()))
        .isEqualTo(PosyanduCli.EXIT_UNREADABLE);
    assertOneClearLine();
    assertThat(err.toString()).contains("340");
  }

  @Test
  void inconsistentSexOrBirthDateIsRejected() throws IOException {
    assertThat(run("chart", "--child", "A", csv("child_id,sex,birth_date,date,weight_kg\n"
        + "A,1,2024-01-01,2024-02-02,4.4\n"
        + "A,2,2024-01-01,2024-03-02,5.4\n").toString())).isEqualTo(PosyanduCli.EXIT_UNREADABLE);
    assertOneClearLine();
  }

  @Test
  void unknownIndicatorOrLanguageIsExitCode2() throws IOException {
    Path in = csv(CSV);
    assertThat(run("chart", "--child", "A-017", in.toString(), "--indicator", "bmi"))
        .isEqualTo(PosyanduCli.EXIT_UNREADABLE);
    assertOneClearLine();
    err.getBuffer().setLength(0);
    assertThat(run("chart", "--child", "A-017", in.toString(), "--lang", "fr"))
        .isEqualTo(PosyanduCli.EXIT_UNREADABLE);
    assertOneClearLine();
  }

  @Test
  void missingChildOptionIsAUsageErrorWithExitCode2() throws IOException {
    assertThat(run("chart", csv(CSV).toString())).isEqualTo(PosyanduCli.EXIT_UNREADABLE);
    assertThat(err.toString()).contains("--child");
  }

  @Test
  void childIdBecomesASafeFileName() {
    assertThat(ChartCommand.fileName("../x/y z")).isEqualTo("___x_y_z");
    assertThat(ChartCommand.fileName("A-017_b")).isEqualTo("A-017_b");
  }
}
