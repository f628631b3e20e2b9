package id.posyandu.examples.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.rules.indicator.IndicatorReport;
import id.posyandu.rules.indicator.ReportRow;
import id.posyandu.rules.population.Population;
import id.posyandu.testkit.SyntheticPopulation;
import id.posyandu.rules.spm.SixSpm;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CustomIndicatorExampleTest {

  @Test
  void aUserCatalogOverridesATargetAndAddsAnIndicator() throws Exception {
    YearMonth oct = YearMonth.of(2026, 10);
    Population pop = SyntheticPopulation.builder().residents(1500).seed(11).months(12)
        .endMonth(oct).build().generate();
    IndicatorReport r;
    try (InputStream in = Files.newInputStream(Path.of("data", "kabupaten-catalog.json"))) {
      r = CustomIndicatorExample.run(in, pop, oct);
    }
    ReportRow ds = r.rows().stream().filter(x -> x.indicator().id().equals("KES-DS")).findFirst()
        .orElseThrow();
    assertThat(ds.target()).contains(85.0);
    ReportRow custom = r.rows().stream()
        .filter(x -> x.indicator().id().equals("KES-BADUTA-STUNTING-DITIMBANG")).findFirst()
        .orElseThrow();
    assertThat(custom.count().denominator()).isPositive();
    assertThat(custom.count().numerator()).isLessThanOrEqualTo(custom.count().denominator());
    assertThat(r.rows()).extracting(x -> x.indicator().id()).contains("PDD-ATS", "PRKP-RTLH");
  }

  @Test
  void anUnknownCriterionFailsOnLoadNamingTheIndicator() {
    String bad = "{\"catalog\":\"x\",\"version\":\"1\",\"indicators\":[{\"id\":\"KES-X\","
        + "\"area\":\"KES\",\"labelId\":\"x\",\"labelEn\":\"x\",\"subject\":\"RESIDENT\","
        + "\"denominator\":\"BALITA\",\"numerator\":\"DITIMBANG\",\"anchor\":\"a\","
        + "\"period\":\"MONTH\",\"level\":\"POSYANDU_PROXY\",\"source\":{\"document\":\"d\","
        + "\"confidence\":\"B\"}}]}";
    assertThatThrownBy(() -> SixSpm.catalogWith(
        new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad.json"))
        .hasMessageContaining("KES-X").hasMessageContaining("DITIMBANG");
  }
}
