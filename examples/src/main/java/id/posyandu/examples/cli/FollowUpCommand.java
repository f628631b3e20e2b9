package id.posyandu.examples.cli;

import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.rules.indicator.FollowUp;
import id.posyandu.rules.indicator.IndicatorDefinition;
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
 * {@code posyandu followup DIR --indicator KES-IDL --posyandu ID --period 2026-10}: who of one
 * Posyandu is in an indicator's denominator and not in its numerator, each with why
 * ({@link SixSpm#followUp}). Subjects are shown by their caller-owned ids, never by name or NIK.
 * {@code --format ndjson} writes one canonical {@code followUp} JSON object a line instead.
 * Exit code 0, 1 when the data holds invalid records, 2 when it cannot be read or an option is
 * wrong (unknown indicator or Posyandu).
 */
@Command(name = "followup", mixinStandardHelpOptions = true,
    description = {
        "Daftar tindak lanjut: sasaran dalam penyebut yang belum masuk pembilang, "
            + "dengan alasannya.",
        "Follow-up list: subjects in the denominator and not in the numerator, with why.",
        DataOptions.EXIT_CODES})
final class FollowUpCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin DataOptions options;

  @Option(names = "--indicator", required = true, paramLabel = "ID",
      description = "Indikator / indicator, e.g. KES-IDL")
  String indicator;

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
      IndicatorDefinition def = SixSpm.catalog().find(indicator).orElseThrow(() ->
          DataInput.fail(err, PosyanduCli.EXIT_UNREADABLE, DataInput.text(en,
              "indikator tidak dikenal: " + indicator, "unknown indicator: " + indicator)));
      LocalDate day = options.day(month);
      String posyanduId = DataInput.posyanduId(posyandu, en, err);
      List<FollowUp> all = options.<List<FollowUp>>evaluate(day, err, posyanduId,
          partition -> SixSpm.standard().followUp(SixSpm.subjects(partition), def.id(),
              posyanduId, month, day), FollowUpCommand::concat).value();
      List<FollowUp> list = (all == null ? List.<FollowUp>of() : all).stream()
          .filter(FollowUp::needsService).toList();
      if (format == ListFormat.ndjson) {
        ListFormat.writeNdjson(list, out);
        out.flush();
        return 0;
      }
      out.println(def.id() + " " + (en ? def.labelEn() : def.labelId()) + " - Posyandu "
          + posyanduId + ", " + month + DataInput.text(en, ", per ", ", as of ") + day);
      for (FollowUp f : list) {
        out.println(f.subjectId() + "\t" + f.reasons().stream().map(t -> t.in(locale))
            .collect(Collectors.joining(" ")));
      }
      out.println(DataInput.text(en, list.size() + " sasaran perlu ditindaklanjuti.",
          list.size() + " subjects need follow-up."));
      return 0;
    } catch (DataInput.Failure f) {
      return f.exitCode;
    }
  }

  /** The lists of two partitions, one after the other. */
  static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
