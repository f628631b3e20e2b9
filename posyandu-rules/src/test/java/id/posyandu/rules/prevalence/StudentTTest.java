package id.posyandu.rules.prevalence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The t quantile against known values (R's {@code qt}, which equal SciPy's {@code t.ppf} to the
 * digits given), from 1 to 10 million degrees of freedom, both regimes of the implementation.
 */
class StudentTTest {

  /** df, qt(0.975), qt(0.995), qt(0.6), qt(1e-10). */
  private static final double[][] KNOWN = {
    {1, 12.706204736174694, 63.656741162871526, 0.32491969623290634, -3183098861.8379064},
    {2, 4.302652729749462, 9.924843200918287, 0.2886751345948128, -70710.67810804816},
    {3, 3.1824463052837078, 5.840909309733355, 0.2766706623326898, -2225.769284683093},
    {5, 2.5705818356363146, 4.032142983555228, 0.2671808657041451, -156.82559270889433},
    {10, 2.228138851986274, 3.16927267261695, 0.2601848294920803, -25.466008021697725},
    {18, 2.1009220402410382, 2.8784404727386077, 0.25712304263817076, -12.705880035472047},
    {30, 2.0422724563012378, 2.7499956535672254, 0.2556053649519128, -9.377489780407144},
    {100, 1.9839715185235518, 2.6258905214380173, 0.25402218245822766, -7.083375481400722},
    {1499, 1.9615478106169344, 2.5791131239474527, 0.253392072550725, -6.405595932350106},
    {10000, 1.960201239890626, 2.5763210466685282, 0.253353843445727, -6.367941351482803},
    {999998, 1.9599663568188515, 2.5758342201151674, 0.2533471705379765, -6.361406849008637},
    {1e7, 1.959964221767205, 2.5758297952037488, 0.25334710987600284, -6.361347496998616},
  };

  @Test
  void quantileEqualsKnownValuesTo1e12() {
    for (double[] k : KNOWN) {
      double df = k[0];
      assertThat(StudentT.quantile(0.975, df)).as("qt(0.975, %s)", df)
          .isCloseTo(k[1], within(1e-12 * k[1]));
      assertThat(StudentT.quantile(0.995, df)).isCloseTo(k[2], within(1e-12 * k[2]));
      assertThat(StudentT.quantile(0.6, df)).isCloseTo(k[3], within(1e-12 * k[3]));
      assertThat(StudentT.quantile(1e-10, df)).isCloseTo(k[4], within(1e-12 * -k[4]));
      assertThat(StudentT.quantile(0.025, df)).isCloseTo(-k[1], within(1e-12 * k[1]));
    }
  }

  @Test
  void distributionFunctionEqualsKnownValues() {
    assertThat(StudentT.cdf(2.0, 7)).isCloseTo(0.957190335718512, within(1e-14));
    assertThat(StudentT.cdf(-3.5, 2.5)).isCloseTo(0.026172773480160172, within(1e-14));
    assertThat(StudentT.cdf(0, 3)).isEqualTo(0.5);
  }

  @Test
  void normalQuantileEqualsKnownValues() {
    assertThat(StudentT.normalQuantile(0.975)).isCloseTo(1.959963984540054, within(1e-15));
    assertThat(StudentT.normalQuantile(1e-10)).isCloseTo(-6.361340902404056, within(1e-13));
    assertThat(StudentT.normalQuantile(0.5)).isEqualTo(0);
  }

  @Test
  void quantileInvertsTheDistributionFunction() {
    long seed = 20261205L;
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 2000; i++) {
      double p = random.nextDouble(1e-6, 1 - 1e-6);
      double df = Math.exp(random.nextDouble(0, Math.log(5e4)));
      double t = StudentT.quantile(p, df);
      assertThat(StudentT.cdf(t, df)).as("seed %s: p %s df %s", seed, p, df)
          .isCloseTo(p, within(1e-12));
    }
  }

  @Test
  void quantileIsMonotoneInP() {
    double last = Double.NEGATIVE_INFINITY;
    for (int i = 1; i < 1000; i++) {
      double q = StudentT.quantile(i / 1000.0, 4.5);
      assertThat(q).isGreaterThan(last);
      last = q;
    }
  }

  @Test
  void rejectsInvalidArguments() {
    assertThatThrownBy(() -> StudentT.quantile(1, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StudentT.quantile(0.5, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StudentT.normalQuantile(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
