package id.posyandu.rules.prevalence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.posyandu.core.Sex;
import id.posyandu.core.record.MeasurePosition;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Behaviour beyond WHO's golden sample: design variants, single-PSU strata, empty groups. */
class WhoPrevalenceTest {

  /** Children 6-59 months of the golden sample, with its design. */
  private static PrevalenceSurvey golden() {
    return WhoPrevalenceGoldenTest.anthroSurvey(false);
  }

  private static double cell(PrevalenceTable t, String group, String column) {
    return t.row(group).orElseThrow().value(column).orElse(Double.NaN);
  }

  /**
   * With equal weights WHO's weights-only backend gives the simple-random-sample estimates; the
   * intervals of proportions only to R's logistic-fit tolerance (its IRLS stops at a deviance change
   * of 1e-8, the simple backend uses the closed form).
   */
  @Test
  void equalWeightsGiveTheSimpleRandomSampleEstimates() {
    PrevalenceSurvey s = golden();
    double[] w = new double[s.size()];
    Arrays.fill(w, 2.0);
    PrevalenceTable weighted = WhoPrevalence.who2006().estimate(s.samplingWeights(w));
    PrevalenceTable simple = WhoPrevalence.who2006().estimate(golden());
    for (PrevalenceRow row : simple.rows()) {
      for (String col : simple.columns().subList(1, simple.columns().size())) {
        OptionalDouble a = row.value(col);
        OptionalDouble b = weighted.row(row.group()).orElseThrow().value(col);
        if (col.endsWith("_pop")) {
          assertThat(b.getAsDouble()).isEqualTo(2 * a.getAsDouble());
        } else if (a.isPresent()) {
          assertThat(b.getAsDouble()).as(row.group() + " " + col)
              .isCloseTo(a.getAsDouble(), within(1e-6 * Math.max(1, Math.abs(a.getAsDouble()))));
        } else {
          assertThat(b).as(row.group() + " " + col).isEmpty();
        }
      }
    }
  }

  /** Ten children in three clusters; stratum "B" has a single cluster. */
  private static PrevalenceSurvey lonely() {
    int n = 12;
    PrevalenceSurvey s = new PrevalenceSurvey(n);
    String[] cluster = new String[n];
    String[] strata = new String[n];
    double[] heights = {80, 84, 79, 90, 86, 83, 81, 88, 92, 78, 85, 87};
    for (int i = 0; i < n; i++) {
      s.sex(i, i % 2 == 0 ? Sex.FEMALE : Sex.MALE).ageDays(i, 800 + 10 * i)
          .weightKg(i, 11 + 0.2 * i).lengthOrHeightCm(i, heights[i], MeasurePosition.STANDING);
      cluster[i] = String.valueOf(i % 3);
      strata[i] = i % 3 == 2 ? "B" : "A";
    }
    return s.clusters(cluster).strata(strata);
  }

  @Test
  void singlePsuStratumFollowsTheChosenRule() {
    PrevalenceTable adjust = WhoPrevalence.who2006().estimate(lonely());
    PrevalenceTable remove = WhoPrevalence.who2006().withLonelyPsu(LonelyPsu.REMOVE)
        .estimate(lonely());
    assertThat(adjust.degreesOfFreedom()).isEqualTo(1);
    double seAdjust = cell(adjust, "All", "HA_se");
    double seRemove = cell(remove, "All", "HA_se");
    assertThat(seAdjust).isGreaterThan(seRemove).isPositive();
    assertThatThrownBy(() -> WhoPrevalence.who2006().withLonelyPsu(LonelyPsu.FAIL)
        .estimate(lonely())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Stratum (B) has only one PSU");
    assertThat(WhoPrevalence.who2007().lonelyPsu()).isEqualTo(LonelyPsu.FAIL);
  }

  @Test
  void groupWithoutChildrenKeepsItsRowWithCountsZero() {
    PrevalenceSurvey s = lonely();
    String[] wealth = new String[s.size()];
    Arrays.fill(wealth, "Q2");
    PrevalenceTable t = WhoPrevalence.who2006().estimate(s.group(WhoPrevalence.WEALTHQ, wealth));
    PrevalenceRow q5 = t.row("Wealth quintile: Q5: Richest").orElseThrow();
    assertThat(q5.value("HAZ_pop")).hasValue(0);
    assertThat(q5.value("HAZ_unwpop")).hasValue(0);
    assertThat(q5.meanZ(PrevalenceIndicator.HA)).isEmpty();
    assertThat(q5.prevalence(PrevalenceIndicator.HA, Cutoff.BELOW_MINUS_2)).isEmpty();
    assertThat(t.row("Age group: 00-05 mo").orElseThrow().value("HAZ_pop")).hasValue(0);
  }

  @Test
  void zeroPrevalenceHasTheIntervalZeroZero() {
    PrevalenceTable t = WhoPrevalence.who2006().estimate(lonely());
    Estimate e = t.row("All").orElseThrow()
        .prevalence(PrevalenceIndicator.HA, Cutoff.ABOVE_PLUS_3).orElseThrow();
    assertThat(e.estimate()).isZero();
    assertThat(e.lower()).hasValue(0);
    assertThat(e.upper()).hasValue(0);
  }

  @Test
  void oedemaCountsBelowMinusThreeInWeightIndicatorsAndNotInTheMean() {
    PrevalenceSurvey s = lonely().oedema(0, true);
    PrevalenceTable t = WhoPrevalence.who2006().estimate(s);
    PrevalenceRow all = t.row("All").orElseThrow();
    assertThat(all.unweightedN(PrevalenceIndicator.WA)).hasValue(12);
    assertThat(all.prevalence(PrevalenceIndicator.WA, Cutoff.BELOW_MINUS_3).orElseThrow()
        .estimate()).isCloseTo(100.0 / 12, within(1e-12));
    assertThat(all.unweightedN(PrevalenceIndicator.HA)).hasValue(12);
  }

  @Test
  void furtherGroupingsAreLabelledByTheirNameAfterWhosOwn() {
    PrevalenceSurvey s = lonely();
    String[] kec = new String[s.size()];
    String[] area = new String[s.size()];
    for (int i = 0; i < kec.length; i++) {
      kec[i] = i < 6 ? "Ciawi" : "Cisarua";
      area[i] = i % 2 == 0 ? "Urban" : "Rural";
    }
    PrevalenceTable t = WhoPrevalence.who2006()
        .estimate(s.group("kecamatan", kec).group(WhoPrevalence.TYPERES, area));
    List<String> groups = t.rows().stream().map(PrevalenceRow::group).toList();
    assertThat(groups).endsWith("Area: Rural", "Area: Urban", "kecamatan: Ciawi",
        "kecamatan: Cisarua");
  }

  @Test
  void childrenPastTheAgeLimitOrWithoutClusterAreLeftOutWithAWarning() {
    PrevalenceSurvey s = lonely().ageDays(0, 1827);
    PrevalenceTable t = WhoPrevalence.who2006().estimate(s);
    assertThat(t.children()).isEqualTo(11);
    assertThat(t.warnings()).anyMatch(w -> w.contains("age > 1826 days"));
  }

  @Test
  void negativeWeightsAreRejected() {
    assertThatThrownBy(() -> new PrevalenceSurvey(1).samplingWeights(new double[] {-1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
