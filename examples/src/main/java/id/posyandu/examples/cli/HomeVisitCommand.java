package id.posyandu.examples.cli;

import id.posyandu.rules.spm.HomeVisit;
import id.posyandu.rules.spm.SixSpm;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code posyandu homevisit DIR --posyandu ID --period 2026-10}: the home-visit list of one
 * Posyandu by risk ({@link SixSpm#homeVisits}), most urgent first: urgency, what is visited, the
 * household to go to, the finding codes and why. Ids only, never names or NIK. {@code --format
 * ndjson} writes one canonical {@code homeVisit} JSON object a line instead. Exit code 0, 1 when
 * the data holds invalid records, 2 when it cannot be read or an option is wrong.
 */
@Command(name = "homevisit", mixinStandardHelpOptions = true,
    description = {
        "Daftar kunjungan rumah menurut risiko, paling mendesak dulu, dengan alasannya.",
        "Home-visit list by risk, most urgent first, with why.",
        DataOptions.EXIT_CODES})
final class HomeVisitCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin DataOptions options;

  @Option(names = "--posyandu", required = true, paramLabel = "ID",
      description = DataOptions.POSYANDU_HELP)
  String posyandu;

  @Option(names = "--format", defaultValue = "text", description = ListFormat.HELP)
  ListFormat format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean en = options.en();
    Locale locale = options.locale();
    try {
      YearMonth month = options.month(err);
      LocalDate day = options.day(month);
      String posyanduId = DataInput.posyanduId(posyandu, en, err);
      List<HomeVisit> found = options.<List<HomeVisit>>evaluate(day, err, posyanduId,
          partition -> SixSpm.homeVisits(SixSpm.subjects(partition), posyanduId, month, day),
          FollowUpCommand::concat).value();
      List<HomeVisit> visits = found == null ? List.of() : found;
      if (format == ListFormat.ndjson) {
        ListFormat.writeNdjson(visits, out);
        out.flush();
        return 0;
      }
      out.println(DataInput.text(en, "Kunjungan rumah", "Home visits") + " - Posyandu "
          + posyanduId + ", " + month + DataInput.text(en, ", per ", ", as of ") + day);
      out.println(DataInput.text(en, "urgensi\tjenis\tsasaran\trumah tangga\ttemuan\talasan",
          "urgency\ttype\tsubject\thousehold\tfindings\twhy"));
      for (HomeVisit v : visits) {
        out.println(v.urgency() + "\t" + v.subjectType().name().toLowerCase(Locale.ROOT) + "\t"
            + v.subjectId() + "\t" + v.householdId() + "\t" + String.join(",", v.findings())
            + "\t" + v.reasons().stream().map(t -> t.in(locale)).collect(Collectors.joining("; ")));
      }
      out.println(DataInput.text(en, visits.size() + " kunjungan rumah.",
          visits.size() + " home visits."));
      return 0;
    } catch (DataInput.Failure f) {
      return f.exitCode;
    }
  }
}
