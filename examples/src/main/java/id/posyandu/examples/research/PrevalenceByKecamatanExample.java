package id.posyandu.examples.research;

import id.posyandu.core.Sex;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.rules.indicator.WilsonInterval;
import id.posyandu.rules.prevalence.Cutoff;
import id.posyandu.rules.prevalence.Estimate;
import id.posyandu.rules.prevalence.PrevalenceIndicator;
import id.posyandu.rules.prevalence.PrevalenceRow;
import id.posyandu.rules.prevalence.PrevalenceSurvey;
import id.posyandu.rules.prevalence.PrevalenceTable;
import id.posyandu.rules.prevalence.WhoPrevalence;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Question: what is the stunting prevalence in each kecamatan of a survey, with the 95 % interval
 * the survey's design gives, and how does it compare with the naive Wilson interval that treats
 * the children as a simple random sample?
 *
 * <p>Input: a CSV with one row per child: {@code kecamatan} (the stratum), {@code desa} (the cluster
 * sampled), {@code sw} (the sampling weight), and WHO Anthro's {@code sex}, {@code age_days},
 * {@code weight}, {@code lenhei}, {@code measure}, {@code oedema}. The design's estimate is WHO
 * Anthro's ({@code anthro_prevalence}, equal to it digit for digit): weighted, with the Taylor
 * linearisation variance of a stratified cluster sample and a logit interval on PSUs minus strata
 * degrees of freedom. The naive interval counts the same children unweighted, as independent.
 * Children of one desa resemble each other, so the design's interval is wider: that width is the
 * honest uncertainty of a cluster survey.
 *
 * <p>Run: {@code java -cp examples/target/posyandu.jar
 * id.posyandu.examples.research.PrevalenceByKecamatanExample examples/data/survei-balita.csv}
 */
public final class PrevalenceByKecamatanExample {

  private PrevalenceByKecamatanExample() {}

  /**
   * One kecamatan: the design's estimate of stunting (%), and the naive unweighted count with its
   * Wilson interval.
   */
  public record Row(String kecamatan, Estimate design, long stunted, long children,
      WilsonInterval naive) {}

  /** Reads the survey: the children with their design, the kecamatan as a grouping. */
  public static PrevalenceSurvey read(Reader csv, boolean withDesign) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setTrim(true).get();
    List<CSVRecord> rows;
    try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(format).get()) {
      rows = parser.getRecords();
    }
    int n = rows.size();
    PrevalenceSurvey survey = new PrevalenceSurvey(n);
    double[] sw = new double[n];
    String[] desa = new String[n];
    String[] kecamatan = new String[n];
    for (int i = 0; i < n; i++) {
      CSVRecord r = rows.get(i);
      survey.sex(i, Sex.parse(r.get("sex")))
          .ageDays(i, Double.parseDouble(r.get("age_days")))
          .weightKg(i, Double.parseDouble(r.get("weight")))
          .lengthOrHeightCm(i, Double.parseDouble(r.get("lenhei")),
              r.get("measure").equals("l") ? MeasurePosition.RECUMBENT : MeasurePosition.STANDING)
          .oedema(i, r.get("oedema").equals("y"));
      sw[i] = Double.parseDouble(r.get("sw"));
      desa[i] = r.get("desa");
      kecamatan[i] = r.get("kecamatan");
    }
    if (withDesign) {
      survey.samplingWeights(sw).clusters(desa).strata(kecamatan);
    }
    return survey.group("kecamatan", kecamatan);
  }

  /** Stunting (height-for-age below -2 SD) per kecamatan, by the design and naively. */
  public static List<Row> compute(Path csv) throws IOException {
    PrevalenceTable design;
    PrevalenceTable naive;
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      design = WhoPrevalence.who2006().estimate(read(in, true));
    }
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      naive = WhoPrevalence.who2006().estimate(read(in, false));
    }
    List<Row> out = new ArrayList<>();
    for (PrevalenceRow row : design.rows()) {
      if (!row.group().startsWith("kecamatan: ")) {
        continue;
      }
      Estimate stunting = row.prevalence(PrevalenceIndicator.HA, Cutoff.BELOW_MINUS_2)
          .orElseThrow();
      PrevalenceRow srs = naive.row(row.group()).orElseThrow();
      long children = (long) srs.unweightedN(PrevalenceIndicator.HA).orElseThrow();
      double percent = srs.prevalence(PrevalenceIndicator.HA, Cutoff.BELOW_MINUS_2)
          .orElseThrow().estimate();
      long stunted = Math.round(percent * children / 100);
      out.add(new Row(row.group().substring("kecamatan: ".length()), stunting, stunted, children,
          WilsonInterval.of95(stunted, children)));
    }
    return out;
  }

  /** Prints the comparison. */
  public static void print(List<Row> rows, PrintWriter out) {
    out.println("kecamatan       n   desain (bobot, klaster, strata)     naif (Wilson, tanpa desain)");
    for (Row r : rows) {
      Estimate e = r.design();
      out.println(String.format(Locale.ROOT, "%-12s %4d   %5.1f %% [%5.1f; %5.1f]           "
              + "%5.1f %% [%5.1f; %5.1f]", r.kecamatan(), r.children(), e.estimate(),
          e.lower().orElseThrow(), e.upper().orElseThrow(), 100.0 * r.stunted() / r.children(),
          100 * r.naive().lower(), 100 * r.naive().upper()));
    }
  }

  /** Entry point: the survey CSV as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: PrevalenceByKecamatanExample survei-balita.csv");
      System.exit(2);
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    print(compute(Path.of(args[0])), out);
    out.flush();
  }
}
