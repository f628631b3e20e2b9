package id.posyandu.examples;

import id.posyandu.core.SpmArea;
import id.posyandu.core.model.Resident;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.ServiceRecord;
import id.posyandu.core.record.Visit;
import id.posyandu.core.validation.PosyanduValidator;
import id.posyandu.core.validation.Severity;
import id.posyandu.core.validation.Violation;
import id.posyandu.examples.chart.ChartChild;
import id.posyandu.examples.chart.ChartIndicator;
import id.posyandu.examples.chart.ChartLanguage;
import id.posyandu.examples.chart.ChildMeasurement;
import id.posyandu.examples.chart.GrowthChart;
import id.posyandu.examples.report.HtmlReport;
import id.posyandu.rules.growth.GrowthMonitor;
import id.posyandu.rules.growth.LinePosition;
import id.posyandu.rules.growth.MonthlyGrowth;
import id.posyandu.rules.growth.WeightForAge;
import id.posyandu.rules.growth.Weighing;
import id.posyandu.rules.indicator.FollowUp;
import id.posyandu.rules.indicator.IndicatorReport;
import id.posyandu.rules.indicator.ReportLevel;
import id.posyandu.rules.indicator.ReportRow;
import id.posyandu.rules.indicator.Scorecard;
import id.posyandu.rules.indicator.ScorecardWeights;
import id.posyandu.rules.population.Population;
import id.posyandu.testkit.SyntheticPopulation;
import id.posyandu.rules.spm.SixSpm;
import id.posyandu.rules.spm.SpmSubjects;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one-command demo: a synthetic area (seeded), validated, with its six-SPM report for a month
 * printed as a summary and written as an HTML report with trends, the Posyandu scorecard, follow-up
 * lists and growth charts.
 */
public final class DemoRun {

  /** Months shown in the trend lines. */
  public static final int TREND_MONTHS = 6;
  /** Follow-up lists shown, with at most this many subjects each. */
  public static final int FOLLOW_UP_LIMIT = 25;
  /** Indicators whose follow-up lists the report shows (one per area where possible). */
  public static final List<String> FOLLOW_UP_INDICATORS = List.of("KES-DS", "KES-VITA", "KES-IDL",
      "PDD-ATS", "SOS-DTSEN", "PRKP-RTLH", "PU-AIR-MINUM", "TRANTIB-INFO-BENCANA");
  /** Growth charts drawn (children referred this month). */
  public static final int CHARTS = 3;

  /**
   * What the demo made.
   *
   * @param population the synthetic population
   * @param records records validated
   * @param errors validation errors found
   * @param warnings validation warnings found
   * @param report the report of the month at kabupaten/kota level
   * @param html the HTML file written
   * @param charts the chart files written
   */
  public record Result(Population population, int records, int errors, int warnings,
      IndicatorReport report, Path html, List<Path> charts) {}

  private DemoRun() {}

  /**
   * Runs the demo.
   *
   * @param residents the synthetic population's size
   * @param seed the generator's seed
   * @param month the report month
   * @param asOf the evaluation day (the month's last day for a finished month)
   * @param dir the output folder (created)
   * @param out where the summary is printed
   */
  public static Result run(int residents, long seed, YearMonth month, LocalDate asOf, Path dir,
      PrintWriter out) throws IOException {
    out.printf(Locale.ROOT, "1. Membuat wilayah sintetis / generating a synthetic area: "
        + "%d warga, seed %d, %d bulan s.d. %s%n", residents, seed, 12, month);
    Population pop = SyntheticPopulation.builder().residents(residents).seed(seed).months(12)
        .endMonth(month).build().generate();
    out.printf(Locale.ROOT, "   %d Posyandu, %d kader, %d rumah tangga, %d warga, %d kehamilan, "
        + "%d kunjungan, %d permintaan layanan%n", pop.posyandu().size(), pop.kader().size(),
        pop.households().size(), pop.residents().size(), pop.pregnancies().size(),
        pop.visits().size(), pop.serviceRequests().size());

    out.println("2. Validasi semua catatan / validating every record");
    List<Object> all = new ArrayList<>();
    all.addAll(pop.posyandu());
    all.addAll(pop.kader());
    all.addAll(pop.households());
    all.addAll(pop.residents());
    all.addAll(pop.pregnancies());
    all.addAll(pop.visits());
    all.addAll(pop.serviceRequests());
    List<Violation> violations = PosyanduValidator.asOf(asOf).validateAll(all);
    int errors = 0;
    for (Violation v : violations) {
      if (v.severity() == Severity.ERROR) {
        errors++;
      }
    }
    int warnings = violations.size() - errors;
    out.printf(Locale.ROOT, "   %d catatan: %d galat, %d peringatan / %d records: %d errors, "
        + "%d warnings%n", all.size(), errors, warnings, all.size(), errors, warnings);

    out.println("3. Indikator enam bidang SPM / the six-SPM indicators");
    SixSpm spm = SixSpm.standard().inParallel();
    SpmSubjects subjects = SixSpm.subjects(pop);
    String unit = pop.posyanduDesa().values().iterator().next()
        .at(id.posyandu.core.code.WilayahLevel.KABUPATEN_KOTA).orElseThrow().dotted();
    Map<YearMonth, IndicatorReport> byMonth = new LinkedHashMap<>();
    for (int i = TREND_MONTHS - 1; i >= 0; i--) {
      YearMonth m = month.minusMonths(i);
      LocalDate day = i == 0 ? asOf : m.atEndOfMonth();
      byMonth.put(m, spm.report(subjects, pop.posyanduDesa(), m, day, ReportLevel.KABKOTA));
    }
    IndicatorReport current = byMonth.get(month);
    printSummary(current, unit, out);

    Scorecard scorecard = spm.scorecard(subjects, pop.posyanduDesa(), month, asOf,
        ScorecardWeights.equal());
    String firstPosyandu = scorecard.ranked().isEmpty() ? null
        : scorecard.ranked().get(scorecard.ranked().size() - 1).posyanduId();
    Map<String, List<FollowUp>> followUps = new LinkedHashMap<>();
    for (String id : FOLLOW_UP_INDICATORS) {
      if (spm.indicators().find(id).isPresent()) {
        List<FollowUp> list = spm.followUp(subjects, id, firstPosyandu, month, asOf);
        followUps.put(id, list.subList(0, Math.min(FOLLOW_UP_LIMIT, list.size())));
      }
    }

    Files.createDirectories(dir);
    Map<String, String> chartCaptions = new LinkedHashMap<>();
    List<Path> chartFiles = charts(pop, month, dir, chartCaptions);
    Path html = dir.resolve("index.html");
    Files.writeString(html, HtmlReport.render(new HtmlReport.Input(
        "Kabupaten sintetis " + unit, unit, month, asOf, byMonth, Optional.of(scorecard),
        followUps, chartCaptions,
        "Data sintetis (seed " + seed + ", " + pop.residents().size() + " warga), bukan data "
            + "nyata / synthetic data, not real people. Daftar tindak lanjut: Posyandu "
            + firstPosyandu + ".")), StandardCharsets.UTF_8);
    out.println("4. Laporan / report: " + html.toAbsolutePath());
    for (Path c : chartFiles) {
      out.println("   grafik / chart: " + c.toAbsolutePath());
    }
    return new Result(pop, all.size(), errors, warnings, current, html, chartFiles);
  }

  private static void printSummary(IndicatorReport report, String unit, PrintWriter out) {
    for (SpmArea area : SpmArea.values()) {
      out.printf("   %s / %s%n", area.nameId(), area.nameEn());
      for (ReportRow r : report.rowsOf(unit)) {
        if (r.indicator().area() != area) {
          continue;
        }
        String value = r.percent().isPresent()
            ? String.format(Locale.ROOT, "%5.1f%%", r.percent().getAsDouble()) : "    - ";
        String target = r.target().map(t -> String.format(Locale.ROOT, "%s%.0f%%",
            r.indicator().higherIsBetter() ? ">=" : "<=", t)).orElse("");
        String verdict = r.met().map(m -> m ? "ya/met" : "tidak/not met").orElse("");
        out.printf(Locale.ROOT, "     %-24s %7d/%-7d %s %-7s %s%n", r.indicator().id(),
            r.count().numerator(), r.count().denominator(), value, target, verdict);
      }
    }
  }

  /** Growth charts of the first children referred this month (2T or below the red line). */
  private static List<Path> charts(Population pop, YearMonth month, Path dir,
      Map<String, String> captions) throws IOException {
    List<Path> files = new ArrayList<>();
    GrowthChart chart = GrowthChart.of(ChartIndicator.WFA, ChartLanguage.ID);
    Path chartDir = dir.resolve("grafik");
    for (Resident r : pop.residents()) {
      if (files.size() >= 2 * CHARTS) {
        break;
      }
      if (r.birthDate().isBefore(month.atEndOfMonth()
          .minusMonths(id.posyandu.core.LifeStages.BALITA_END_MONTHS - 1))
          || r.birthDate().isAfter(month.atEndOfMonth())) {
        continue;
      }
      List<Weighing> ws = Weighing.fromVisits(pop.visitsOf(r.id()), month.atEndOfMonth());
      List<ChildMeasurement> ms = new ArrayList<>();
      for (Visit v : pop.visitsOf(r.id())) {
        for (ServiceRecord rec : v.records()) {
          if (rec instanceof Anthropometry a && a.weightKg().isPresent()) {
            ms.add(new ChildMeasurement(v.date(), a.weightKg(), a.lengthOrHeightCm(),
                a.position()));
          }
        }
      }
      MonthlyGrowth g = GrowthMonitor.standard().assess(r.birthDate(), ws, month,
          WeightForAge.who2006(r.sex(), r.birthDate()));
      if (!g.twoT() && g.linePosition() != LinePosition.BELOW_RED_LINE) {
        continue;
      }
      Files.createDirectories(chartDir);
      ChartChild child = new ChartChild(r.id(), r.sex(), r.birthDate(), ms);
      Path svg = chartDir.resolve(r.id() + "-bbu.svg");
      Path png = chartDir.resolve(r.id() + "-bbu.png");
      Files.writeString(svg, chart.svg(child), StandardCharsets.UTF_8);
      Files.write(png, chart.png(child));
      files.add(svg);
      files.add(png);
      captions.put("grafik/" + png.getFileName(), "BB/U " + r.id() + ": "
          + String.join(", ", g.referrals().stream().map(MonthlyGrowth.Referral::labelId)
              .toList()));
    }
    return files;
  }
}
