package id.posyandu.rules.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

  /** Newcombe (1998), Table I, method 3 (Wilson score without continuity correction). */
  @Test
  void matchesNewcombesPublishedExamples() {
    WilsonInterval a = WilsonInterval.of95(81, 263);
    assertThat(a.lower()).isCloseTo(0.2553, within(5e-5));
    assertThat(a.upper()).isCloseTo(0.3662, within(5e-5));
    WilsonInterval b = WilsonInterval.of95(15, 148);
    assertThat(b.lower()).isCloseTo(0.0624, within(5e-5));
    assertThat(b.upper()).isCloseTo(0.1605, within(5e-5));
    WilsonInterval c = WilsonInterval.of95(0, 20);
    assertThat(c.lower()).isZero();
    assertThat(c.upper()).isCloseTo(0.1611, within(5e-5));
    WilsonInterval d = WilsonInterval.of95(1, 29);
    assertThat(d.lower()).isCloseTo(0.0061, within(5e-5));
    assertThat(d.upper()).isCloseTo(0.1718, within(5e-5));
  }

  @Test
  void allSuccessesReachesOne() {
    assertThat(WilsonInterval.of95(10, 10).upper()).isEqualTo(1.0);
  }

  @Test
  void theIntervalAlwaysContainsTheEstimateAndStaysInZeroOne() {
    long seed = 42;
    Random r = new Random(seed);
    for (int i = 0; i < 10_000; i++) {
      long n = 1 + r.nextInt(5000);
      long x = r.nextInt((int) n + 1);
      WilsonInterval w = WilsonInterval.of95(x, n);
      double p = (double) x / n;
      assertThat(w.lower()).as("seed %d: %d/%d", seed, x, n).isBetween(0.0, p);
      assertThat(w.upper()).as("seed %d: %d/%d", seed, x, n).isBetween(p, 1.0);
    }
  }

  @Test
  void noTrialsHasNoInterval() {
    assertThatThrownBy(() -> WilsonInterval.of95(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WilsonInterval.of95(3, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
