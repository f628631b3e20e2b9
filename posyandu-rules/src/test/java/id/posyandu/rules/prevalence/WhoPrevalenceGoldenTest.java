package id.posyandu.rules.prevalence;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.Sex;
import id.posyandu.core.record.MeasurePosition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Every cell of WHO's prevalence tables (anthro 1.1.0.9000, anthroplus 1.0.0.9000, survey 4.1.1)
 * equal within 1e-6 relative: with a design (strata, clusters, weights, extra groups) and without.
 */
class WhoPrevalenceGoldenTest {

  private static final double TOLERANCE = 1e-6;

  /** A TSV test resource: header and rows of cells. */
  record Tsv(List<String> header, List<String[]> rows) {
    int col(String name) {
      int i = header.indexOf(name);
      if (i < 0) {
        throw new IllegalArgumentException("no column " + name);
      }
      return i;
    }
  }

  static Tsv read(String resource) {
    InputStream in = WhoPrevalenceGoldenTest.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = Arrays.asList(r.readLine().split("\t", -1));
      List<String[]> rows = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty()) {
          rows.add(line.split("\t", -1));
        }
      }
      return new Tsv(header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PrevalenceSurvey anthroSurvey(boolean design) {
    Tsv in = read("anthro-survey-input.tsv");
    int n = in.rows().size();
    PrevalenceSurvey s = new PrevalenceSurvey(n);
    double[] sw = new double[n];
    String[] cluster = new String[n];
    String[] strata = new String[n];
    String[] typeres = new String[n];
    String[] gregion = new String[n];
    String[] wealthq = new String[n];
    for (int i = 0; i < n; i++) {
      String[] r = in.rows().get(i);
      s.sex(i, r[in.col("sex")].equals("1") ? Sex.MALE : Sex.FEMALE);
      s.ageDays(i, Double.parseDouble(r[in.col("age")]));
      String w = r[in.col("weight")];
      if (!w.isEmpty()) {
        s.weightKg(i, Double.parseDouble(w));
      }
      String l = r[in.col("lenhei")];
      if (!l.isEmpty()) {
        s.lengthOrHeightCm(i, Double.parseDouble(l), r[in.col("measure")].equals("l")
            ? MeasurePosition.RECUMBENT : MeasurePosition.STANDING);
      }
      s.oedema(i, r[in.col("oedema")].equals("y"));
      sw[i] = Double.parseDouble(r[in.col("sw")]);
      cluster[i] = r[in.col("cluster")];
      strata[i] = r[in.col("strata")];
      typeres[i] = r[in.col("typeres")];
      gregion[i] = r[in.col("gregion")];
      wealthq[i] = r[in.col("wealthq")];
    }
    if (design) {
      s.samplingWeights(sw).clusters(cluster).strata(strata)
          .group(WhoPrevalence.TYPERES, typeres).group(WhoPrevalence.GREGION, gregion)
          .group(WhoPrevalence.WEALTHQ, wealthq);
    }
    return s;
  }

  static PrevalenceSurvey anthroPlusSurvey() {
    Tsv in = read("anthroplus-survey-input.tsv");
    int n = in.rows().size();
    PrevalenceSurvey s = new PrevalenceSurvey(n);
    double[] sw = new double[n];
    String[] cluster = new String[n];
    String[] strata = new String[n];
    for (int i = 0; i < n; i++) {
      String[] r = in.rows().get(i);
      s.sex(i, r[in.col("sex")].equals("1") ? Sex.MALE : Sex.FEMALE);
      s.ageMonths(i, Double.parseDouble(r[in.col("age")]));
      String w = r[in.col("weight")];
      if (!w.isEmpty()) {
        s.weightKg(i, Double.parseDouble(w));
      }
      String h = r[in.col("height")];
      if (!h.isEmpty()) {
        s.lengthOrHeightCm(i, Double.parseDouble(h), null);
      }
      s.oedema(i, r[in.col("oedema")].equals("y"));
      sw[i] = Double.parseDouble(r[in.col("sw")]);
      cluster[i] = r[in.col("cluster")];
      strata[i] = r[in.col("strata")];
    }
    return s.samplingWeights(sw).clusters(cluster).strata(strata);
  }

  /** Compares every cell; returns the number of numeric cells compared. */
  static int compare(PrevalenceTable table, String expectedResource) {
    Tsv expected = read(expectedResource);
    assertThat(table.columns()).containsExactlyElementsOf(expected.header());
    assertThat(table.rows()).hasSize(expected.rows().size());
    List<String> mismatches = new ArrayList<>();
    int cells = 0;
    for (int r = 0; r < expected.rows().size(); r++) {
      String[] want = expected.rows().get(r);
      PrevalenceRow row = table.rows().get(r);
      assertThat(row.group()).isEqualTo(want[0]);
      for (int c = 1; c < want.length; c++) {
        String col = expected.header().get(c);
        if (col.equals("Years") || col.equals("Months")) {
          assertThat(row.text(col)).hasValue(want[c]);
          continue;
        }
        cells++;
        OptionalDouble got = row.value(col);
        if (want[c].equals("NA")) {
          if (got.isPresent()) {
            mismatches.add(want[0] + " " + col + ": want NA, got " + got.getAsDouble());
          }
          continue;
        }
        double w = Double.parseDouble(want[c]);
        if (got.isEmpty()) {
          mismatches.add(want[0] + " " + col + ": want " + w + ", got NA");
        } else if (Math.abs(got.getAsDouble() - w) > TOLERANCE * Math.abs(w)) {
          mismatches.add(want[0] + " " + col + ": want " + w + ", got " + got.getAsDouble());
        }
      }
    }
    assertThat(mismatches).as(mismatches.size() + " of " + cells + " cells differ").isEmpty();
    return cells;
  }

  @Test
  void anthroWithStrataClustersWeightsAndGroupsEqualsWho() {
    PrevalenceTable t = WhoPrevalence.who2006().estimate(anthroSurvey(true));
    assertThat(compare(t, "anthro-prevalence-design-output.tsv")).isEqualTo(30 * 134);
    assertThat(t.degreesOfFreedom()).isEqualTo(18);
  }

  @Test
  void anthroWithoutDesignEqualsWho() {
    PrevalenceTable t = WhoPrevalence.who2006().estimate(anthroSurvey(false));
    assertThat(compare(t, "anthro-prevalence-srs-output.tsv")).isEqualTo(21 * 134);
  }

  @Test
  void anthroPlusWithStrataClustersWeightsEqualsWho() {
    PrevalenceTable t = WhoPrevalence.who2007().estimate(anthroPlusSurvey());
    assertThat(compare(t, "anthroplus-prevalence-design-output.tsv")).isEqualTo(27 * 93);
  }
}
