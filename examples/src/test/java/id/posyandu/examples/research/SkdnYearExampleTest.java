package id.posyandu.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.rules.growth.Skdn;
import id.posyandu.rules.population.Population;
import id.posyandu.testkit.SyntheticPopulation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkdnYearExampleTest {

  @Test
  void twelveMonthsOfSkdnForOnePosyandu() {
    Population pop = SyntheticPopulation.builder().residents(2000).seed(7).months(13)
        .endMonth(YearMonth.of(2026, 10)).build().generate();
    List<Skdn> year = SkdnYearExample.skdnByMonth(pop, pop.posyandu().get(0),
        YearMonth.of(2025, 11), YearMonth.of(2026, 10));
    assertThat(year).hasSize(12);
    assertThat(year).allSatisfy(s -> {
      assertThat(s.d()).isEqualTo(s.n() + s.t() + s.o() + s.b());
      assertThat(s.s()).isPositive();
    });
    assertThat(year.stream().mapToLong(Skdn::d).sum()).as("children were weighed").isPositive();
    Skdn last = year.get(year.size() - 1);
    assertThat(last.k()).as("K: most children have a Buku KIA (rate 0.92), none counted twice")
        .isPositive().isLessThanOrEqualTo(last.s());
    StringWriter out = new StringWriter();
    SkdnYearExample.print("Posyandu X", year, new PrintWriter(out, true));
    assertThat(out.toString()).contains("2026-10", "K/S %", "D/S %");
  }
}
