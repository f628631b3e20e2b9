package id.posyandu.examples.cli;

import id.posyandu.rules.schedule.Completeness;
import id.posyandu.rules.schedule.DoseAssessment;
import id.posyandu.rules.schedule.GivenDose;
import id.posyandu.rules.schedule.ImmunizationSchedule;
import id.posyandu.rules.schedule.ImmunizationStatus;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code posyandu schedule --birth 2026-01-10 --as-of 2026-11-25 [--given BCG=2026-01-20,...]}:
 * prints the immunization status table of one child.
 */
@Command(
    name = "schedule",
    mixinStandardHelpOptions = true,
    description = "Status imunisasi seorang anak / the immunization status table of one child.")
final class ScheduleCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--birth",
      required = true,
      converter = DataInput.DateConverter.class,
      description = "Tanggal lahir / birth date (yyyy-mm-dd)")
  LocalDate birth;

  @Option(
      names = "--as-of",
      required = true,
      converter = DataInput.DateConverter.class,
      description = "Tanggal acuan / as-of date (yyyy-mm-dd)")
  LocalDate asOf;

  @Option(
      names = "--given",
      split = ",",
      description =
          "Dosis yang sudah diberikan / doses given: "
              + "DOSE=yyyy-mm-dd, e.g. HB0=2026-01-10,BCG=2026-02-10,DPT_HB_HIB1=2026-03-10")
  List<String> given = new ArrayList<>();

  @Option(
      names = "--province",
      description = "Kode provinsi (2 digits), selects a regional schedule")
  String province;

  @Option(names = "--je-endemic", description = "Kabupaten/kota endemis JE / JE-endemic district")
  boolean jeEndemic;

  @Option(names = "--lang", defaultValue = "id", description = "id (default) or en")
  String lang;

  @Override
  public Integer call() {
    if (!lang.equals("id") && !lang.equals("en")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--lang harus / must be id or en, not '" + lang + "'");
    }
    if (province != null
        && id.posyandu.rules.indicator.IndonesianTimeZone.ofProvince(province.trim()).isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--province " + province
          + ": bukan kode provinsi Kemendagri / not a Kemendagri province code (11-19, 21, "
          + "31-36, 51-53, 61-65, 71-76, 81-82, 91-96)");
    }
    List<GivenDose> history = new ArrayList<>();
    for (String g : given) {
      int eq = g.indexOf('=');
      if (eq <= 0) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--given: DOSIS=yyyy-mm-dd / DOSE=yyyy-mm-dd, bukan / not '" + g
                + "'");
      }
      try {
        history.add(GivenDose.of(g.substring(0, eq), LocalDate.parse(g.substring(eq + 1).trim())));
      } catch (DateTimeParseException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--given " + g + ": tanggal harus / the date must be yyyy-mm-dd");
      }
    }
    ImmunizationStatus st;
    try {
      st =
          ImmunizationSchedule.standard()
              .assess(birth, asOf, Optional.ofNullable(province), history, jeEndemic);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "jadwal tidak dapat dinilai / the schedule cannot be assessed: " + e.getMessage(), e);
    }
    Locale locale = Locale.forLanguageTag(lang);
    boolean id = lang.equals("id");
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "%s %s, %s %s, %s %s [%s]%n",
        id ? "Lahir" : "Born",
        birth,
        id ? "per" : "as of",
        asOf,
        id ? "jadwal" : "schedule",
        st.scheduleVersion(),
        st.citation().confidence().tag());
    out.printf(
        "%-12s %-46s %-11s %-11s %s%n",
        id ? "Dosis" : "Dose",
        "Status",
        id ? "Diberikan" : "Given",
        id ? "Jadwal" : "Due from",
        id ? "Batas" : "Latest");
    for (DoseAssessment d : st.doses()) {
      out.printf(
          "%-12s %-46s %-11s %-11s %s%n",
          d.slot(),
          d.status().label().in(locale),
          d.givenOn().map(LocalDate::toString).orElse("-"),
          d.dueFrom().map(LocalDate::toString).orElse("-"),
          d.latest());
    }
    for (Completeness c : st.completeness()) {
      out.printf(
          "%s: %s (%s %s)%s%n",
          c.label().in(locale),
          c.state(),
          id ? "dinilai pada" : "assessed on",
          c.assessedOn(),
          c.missing().isEmpty()
              ? ""
              : (id ? "; belum: " : "; missing: ") + String.join(", ", c.missing()));
    }
    for (GivenDose g : st.unmatched()) {
      out.printf(
          "%s: %s %s%n",
          id ? "Tidak cocok dengan jadwal" : "Not in this schedule", g.dose(), g.given());
    }
    return 0;
  }
}
