package id.posyandu.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code posyandu} command line tool: everything the library does, tried from outside.
 *
 * <p>Each capability adds its subcommand here (one line in {@code subcommands}). Errors are printed
 * as one clear sentence on standard error, never as a stack trace; exit codes: 0 success, 1 the input
 * was read but is invalid, 2 the input could not be read or the command line is wrong.
 */
@Command(
    name = "posyandu",
    mixinStandardHelpOptions = true,
    versionProvider = PosyanduCli.Version.class,
    description = "Posyandu 6 SPM: validasi, z-score WHO, pemantauan pertumbuhan dan indikator SPM."
        + "%nPosyandu 6 SPM: validation, WHO z-scores, growth monitoring and SPM indicators.",
    subcommands = {
        CommandLine.HelpCommand.class,
        DemoCommand.class,
        ScreenCommand.class,
        ScheduleCommand.class,
        ValidateCommand.class,
        ZscoreCommand.class,
        PrevalenceCommand.class,
        GenerateCommand.class,
        ChartCommand.class,
        ReportCommand.class,
        FollowUpCommand.class,
        HomeVisitCommand.class,
        SchemaCommand.class,
    })
public final class PosyanduCli implements Runnable {

  /** Exit code when the input was read but holds invalid records. */
  public static final int EXIT_INVALID = 1;
  /** Exit code when the input cannot be read, or the command line is wrong. */
  public static final int EXIT_UNREADABLE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Hibernate Validator announces its version on first use (an INFO log line); the tool keeps its
   * standard error for messages meant for people. Held in a field: loggers are weakly referenced.
   */
  private static final java.util.logging.Logger HIBERNATE_VALIDATOR_LOG =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  /** Entry point of the runnable jar. */
  public static void main(String[] args) {
    HIBERNATE_VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the tool with the given streams and returns the exit code (used by the tests). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new PosyanduCli());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
      commandLine.getErr().println("posyandu: " + msg);
      return EXIT_UNREADABLE;
    });
    return cl.execute(args);
  }

  /** Reports the version of the library the tool was built from. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = PosyanduCli.class.getPackage().getImplementationVersion();
      return new String[] {"posyandu " + (v == null ? "0.1.0-SNAPSHOT" : v)};
    }
  }
}
