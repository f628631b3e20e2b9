package id.posyandu.examples.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.core.code.KodeWilayah;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StuntingByDesaExampleTest {

  @Test
  void countsStuntedAmongAssessedChildrenPerDesa() throws Exception {
    // boys, 365 days: WHO length-for-age median 75.7 cm, -2 SD 71.0 cm (WHO simplified tables)
    String csv = "desa,sex,age_days,lenhei,measure\n"
        + "32.04.01.2001,1,365,70.0,l\n"      // stunted
        + "32.04.01.2001,1,365,75.7,l\n"      // not stunted
        + "32.04.01.2001,1,365,,l\n"          // not assessed: no length
        + "32.04.02.1003,2,400,76.0,l\n";     // not stunted
    Map<KodeWilayah, StuntingByDesaExample.DesaPrevalence> r =
        StuntingByDesaExample.compute(new StringReader(csv));
    var a = r.get(KodeWilayah.parse("32.04.01.2001"));
    assertThat(a.stunted().numerator()).isEqualTo(1);
    assertThat(a.stunted().denominator()).isEqualTo(2);
    assertThat(a.notAssessed()).isEqualTo(1);
    assertThat(r.get(KodeWilayah.parse("32.04.02.1003")).stunted().numerator()).isZero();
    StringWriter out = new StringWriter();
    StuntingByDesaExample.print(r, new PrintWriter(out, true));
    assertThat(out.toString()).contains("32.04.01.2001", "50.0", "Wilson");
  }

  @Test
  void runsOnTheShippedSample() throws Exception {
    Path sample = Path.of("data", "balita-desa.csv");
    var r = StuntingByDesaExample.compute(Files.newBufferedReader(sample, StandardCharsets.UTF_8));
    assertThat(r).hasSize(3);
    assertThat(r.values()).allSatisfy(p -> {
      assertThat(p.stunted().denominator()).isBetween(30L, 40L);
      assertThat(p.stunted().wilson95()).isPresent();
    });
  }

  @Test
  void aMalformedRowNamesItsLine() {
    assertThatThrownBy(() -> StuntingByDesaExample.compute(new StringReader(
        "desa,sex,age_days,lenhei,measure\n32.04.01.2001,1,365,70,l\n32.04.01,x,365,70,l\n")))
        .hasMessageContaining("line 3");
  }
}
