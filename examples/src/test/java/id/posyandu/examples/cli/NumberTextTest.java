package id.posyandu.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast number texts equal their BigDecimal definitions (seeded; the seed is in failures). */
class NumberTextTest {

  static final MathContext R = new MathContext(15, RoundingMode.HALF_EVEN);

  @Test
  void sameTextAsBigDecimal() {
    long seed = 20261205L;
    Random r = new Random(seed);
    double[] fixed = {0.0, -0.0, 1, -1, 100, 0.5, -2.41, 12.5, 1e7, 1e-3, 9.999e-4, 123456789.125,
        0.1 + 0.2, 1.0 / 3, 2.0 / 3, Double.MIN_VALUE, Double.MAX_VALUE, 76.0, 1e15, 1e16, 1e22};
    for (double d : fixed) {
      check(d, seed);
    }
    for (int i = 0; i < 1_000_000; i++) {
      double d;
      switch (i % 4) {
        case 0 -> d = Math.round(r.nextGaussian() * 1e4) / 100.0; // z-scores as rounded
        case 1 -> d = (r.nextDouble() * 200) * 0.7 + r.nextInt(50); // corrected lengths
        case 2 -> d = r.nextDouble() * Math.pow(10, r.nextInt(30) - 15);
        default -> d = Double.longBitsToDouble(r.nextLong());
      }
      if (Double.isFinite(d)) {
        check(d, seed);
      }
    }
  }

  private static void check(double d, long seed) {
    assertThat(NumberText.plain(d)).as("seed %d: %s", seed, d)
        .isEqualTo(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
    assertThat(NumberText.r15(d)).as("seed %d: %s", seed, d)
        .isEqualTo(new BigDecimal(d).round(R).stripTrailingZeros().toPlainString());
  }
}
