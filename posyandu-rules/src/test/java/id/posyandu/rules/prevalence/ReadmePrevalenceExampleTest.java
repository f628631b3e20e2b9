package id.posyandu.rules.prevalence;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.Sex;
import id.posyandu.core.record.MeasurePosition;
import org.junit.jupiter.api.Test;

/** The README's "Prevalence with a survey design" Java example, compiled and run. */
class ReadmePrevalenceExampleTest {

  @Test
  void readmeExampleRuns() {
    int n = 40;
    double[] sw = new double[n];
    String[] desa = new String[n];
    String[] kecamatan = new String[n];
    PrevalenceSurvey survey = new PrevalenceSurvey(n);     // columns, as AnthroBatch
    survey.sex(0, Sex.FEMALE).ageDays(0, 640).weightKg(0, 9.1)
        .lengthOrHeightCm(0, 76.5, MeasurePosition.RECUMBENT);
    for (int i = 1; i < n; i++) {
      survey.sex(i, i % 2 == 0 ? Sex.FEMALE : Sex.MALE).ageDays(i, 400 + 20 * i)
          .weightKg(i, 8 + 0.1 * i).lengthOrHeightCm(i, 70 + 0.3 * i + (i % 5) - 2,
              MeasurePosition.RECUMBENT);
    }
    for (int i = 0; i < n; i++) {
      sw[i] = 50 + 10 * (i % 4);
      desa[i] = "D" + (i % 8);
      kecamatan[i] = i % 8 < 4 ? "Ciawi" : "Cisarua";
    }
    // ... every child, then the design and groupings, one value per child
    survey.samplingWeights(sw).clusters(desa).strata(kecamatan).group("kecamatan", kecamatan);

    PrevalenceTable table = WhoPrevalence.who2006().estimate(survey);
    Estimate stunting = table.row("All").orElseThrow()
        .prevalence(PrevalenceIndicator.HA, Cutoff.BELOW_MINUS_2).orElseThrow();
    assertThat(stunting.estimate()).isBetween(0.0, 100.0);   // percent
    assertThat(stunting.lower().getAsDouble()).isLessThanOrEqualTo(stunting.estimate());
    assertThat(table.warnings()).isEmpty();
    assertThat(table.degreesOfFreedom()).isEqualTo(6);
    assertThat(table.row("kecamatan: Ciawi")).isPresent();
  }
}
