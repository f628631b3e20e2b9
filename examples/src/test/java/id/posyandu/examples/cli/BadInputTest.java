package id.posyandu.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command that reads a file, given a missing file, a directory where a file is expected, an
 * empty file, or a malformed file: one clear sentence, never a stack trace, and the documented exit
 * code (2 when the input cannot be read; 1 when it was read and holds invalid records).
 */
class BadInputTest {

  /** The commands that read no file (options only), and {@code demo}, which writes its own. */
  private static final Set<String> NO_FILE_INPUT = Set.of("help", "demo", "screen", "schedule",
      "schema");

  /** A bad input. */
  enum Bad {
    /** The path does not exist. */
    MISSING,
    /** An empty directory where a file is expected. */
    DIRECTORY,
    /** A file of zero bytes. */
    EMPTY,
    /** A file whose content cannot be parsed. */
    MALFORMED
  }

  /**
   * A command line with {@code FILE} standing for the input.
   *
   * @param name the subcommand
   * @param file the input's file name
   * @param args the arguments, {@code FILE} replaced by the input's path
   * @param malformedExit the exit code for a malformed file (1 when the command reads records one
   *     by one and reports the bad ones, 2 when it cannot read such a file at all)
   */
  record Command(String name, String file, List<String> args, int malformedExit) {
    @Override
    public String toString() {
      return String.join(" ", args);
    }
  }

  private static final List<Command> COMMANDS = List.of(
      new Command("validate", "records.ndjson", List.of("validate", "FILE"), 1),
      new Command("validate", "records.json", List.of("validate", "FILE"), 1),
      new Command("validate", "records.csv", List.of("validate", "FILE"), 2),
      new Command("zscore", "children.csv", List.of("zscore", "FILE"), 2),
      new Command("prevalence", "children.csv", List.of("prevalence", "FILE", "-o", "OUT"), 2),
      new Command("chart", "child.csv", List.of("chart", "--child", "A-1", "FILE", "-o", "OUT"),
          2),
      new Command("chart", "child.ndjson", List.of("chart", "--child", "A-1", "FILE", "-o",
          "OUT"), 2),
      new Command("report", "pop.ndjson", List.of("report", "FILE", "--period", "2026-10"), 1),
      new Command("followup", "pop.ndjson", List.of("followup", "FILE", "--indicator", "KES-IDL",
          "--posyandu", "3204012001001", "--period", "2026-10"), 1),
      new Command("homevisit", "pop.ndjson", List.of("homevisit", "FILE", "--posyandu",
          "3204012001001", "--period", "2026-10"), 1));

  @TempDir Path dir;
  private final CliRun cli = new CliRun();

  static Stream<Arguments> cases() {
    return COMMANDS.stream().flatMap(c -> Arrays.stream(Bad.values()).map(b -> Arguments.of(c, b)));
  }

  @ParameterizedTest(name = "{0} given {1}")
  @MethodSource("cases")
  void aBadInputIsOneClearSentenceAndTheDocumentedExitCode(Command command, Bad bad)
      throws IOException {
    Path input = dir.resolve(command.file());
    switch (bad) {
      case DIRECTORY -> Files.createDirectory(input);
      case EMPTY -> Files.createFile(input);
      case MALFORMED -> Files.writeString(input, command.file().endsWith(".csv")
          ? "child_id,sex,birth_date,date,weight,age_days\nA-1,1,2020-01-01,2020-02-01,\"5.5\n"
          : "{\"type\":\"visit\",\"id\":\n");
      default -> { }
    }
    List<String> args = new ArrayList<>();
    for (String a : command.args()) {
      args.add(a.equals("FILE") ? input.toString() : a.equals("OUT")
          ? dir.resolve("out").toString() : a);
    }
    int exit = cli.run(args.toArray(String[]::new));
    String err = cli.err.toString();
    String all = cli.out + err;
    assertThat(exit).as(all).isEqualTo(bad == Bad.MALFORMED ? command.malformedExit()
        : PosyanduCli.EXIT_UNREADABLE);
    assertThat(all).as(all).doesNotContain("Exception", "\tat ", "Caused by", "org.apache",
        "java.");
    if (exit == PosyanduCli.EXIT_UNREADABLE) {
      assertThat(err).as("one sentence on standard error: " + all).startsWith("posyandu")
          .contains(input.getFileName().toString() + ": ", " ");
    } else {
      assertThat(all).as("the bad line, with its position").contains(input.getFileName() + ":");
    }
  }

  @Test
  void generateRefusesAFileWhereTheOutputDirectoryIsExpected() throws IOException {
    Path file = Files.writeString(dir.resolve("pop"), "x");
    assertThat(cli.run("generate", "--residents", "10", "-o", file.toString())).isEqualTo(2);
    assertThat(cli.err.toString()).startsWith("posyandu").doesNotContain("Exception");
  }

  @Test
  void everyCommandIsCheckedHereOrReadsNoFile() {
    Set<String> registered = new TreeSet<>(new CommandLine(new PosyanduCli()).getSubcommands()
        .keySet());
    Set<String> covered = new TreeSet<>(NO_FILE_INPUT);
    COMMANDS.forEach(c -> covered.add(c.name()));
    covered.add("generate");
    assertThat(covered).isEqualTo(registered);
  }
}
