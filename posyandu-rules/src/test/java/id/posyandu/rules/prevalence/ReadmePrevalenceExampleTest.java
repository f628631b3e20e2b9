package id.posyandu.rules.prevalence;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.Sex;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.rules.prevalence.Cutoff;
import id.posyandu.rules.prevalence.Estimate;
import id.posyandu.rules.prevalence.PrevalenceIndicator;
import id.posyandu.rules.prevalence.PrevalenceSurvey;
import id.posyandu.rules.prevalence.PrevalenceTable;
import id.posyandu.rules.prevalence.WhoPrevalence;
import org.junit.jupiter.api.Test;

/** The README's "Prevalence with a survey design" Java example, compiled and run. */
class ReadmePrevalenceExampleTest {

  private static final int N = 40;
  private final double[] sw = new double[N];
  private final String[] desa = new String[N];
  private final String[] kecamatan = new String[N];

  /** Children 1..n-1 and the design columns of every child. */
  private void addTheOtherChildren(PrevalenceSurvey survey) {
    for (int i = 1; i < N; i++) {
      survey.sex(i, i % 2 == 0 ? Sex.FEMALE : Sex.MALE).ageDays(i, 400 + 20 * i)
          .weightKg(i, 8 + 0.1 * i).lengthOrHeightCm(i, 70 + 0.3 * i + (i % 5) - 2,
              MeasurePosition.RECUMBENT);
    }
    for (int i = 0; i < N; i++) {
      sw[i] = 50 + 10 * (i % 4);
      desa[i] = "D" + (i % 8);
      kecamatan[i] = i % 8 < 4 ? "Ciawi" : "Cisarua";
    }
  }

  @Test
  void readmeExampleRuns() {
    int n = N;
    PrevalenceSurvey survey = new PrevalenceSurvey(n);     // columns, as AnthroBatch
    survey.sex(0, Sex.FEMALE).ageDays(0, 640).weightKg(0, 9.1)
        .lengthOrHeightCm(0, 76.5, MeasurePosition.RECUMBENT);
    addTheOtherChildren(survey);   // ... every child, one value per child
    survey.samplingWeights(sw).clusters(desa).strata(kecamatan).group("kecamatan", kecamatan);

    PrevalenceTable table = WhoPrevalence.who2006().estimate(survey);
    Estimate stunting = table.row("All").orElseThrow()
        .prevalence(PrevalenceIndicator.HA, Cutoff.BELOW_MINUS_2).orElseThrow();
    stunting.estimate();   // percent
    stunting.lower();      // 95 % interval under the design
    table.warnings();      // WHO's: children left out by age, missing cluster or weight

    assertThat(stunting.estimate()).isBetween(0.0, 100.0);   // percent
    assertThat(stunting.lower().getAsDouble()).isLessThanOrEqualTo(stunting.estimate());
    assertThat(table.warnings()).isEmpty();
    assertThat(table.degreesOfFreedom()).isEqualTo(6);
    assertThat(table.row("kecamatan: Ciawi")).isPresent();
  }
}
