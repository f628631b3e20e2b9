package id.posyandu.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.code.KodeWilayah;
import id.posyandu.rules.LocalizedText;
import id.posyandu.rules.indicator.CriteriaRegistry;
import id.posyandu.rules.indicator.Criterion;
import id.posyandu.rules.indicator.FollowUp;
import id.posyandu.rules.indicator.IndicatorCatalog;
import id.posyandu.rules.indicator.IndicatorEngine;
import id.posyandu.rules.indicator.IndicatorReport;
import id.posyandu.rules.indicator.ReportLevel;
import id.posyandu.rules.indicator.Scorecard;
import id.posyandu.rules.indicator.ScorecardWeights;
import id.posyandu.rules.indicator.SubjectType;
import id.posyandu.rules.indicator.Subjects;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  record Kid(String id, String posyandu, boolean weighed) {}

  static final CriteriaRegistry REG = CriteriaRegistry.empty()
      .with(Criterion.<Kid>of("KID", SubjectType.RESIDENT, new LocalizedText("anak", "child"),
          (k, c) -> true))
      .with(Criterion.<Kid>of("WEIGHED", SubjectType.RESIDENT,
          new LocalizedText("ditimbang <bulan ini>", "weighed"), (k, c) -> k.weighed()));

  static final String CATALOG = "{\"catalog\":\"t\",\"version\":\"1\",\"indicators\":[{\"id\":"
      + "\"KES-DS\",\"area\":\"KES\",\"labelId\":\"Balita ditimbang & naik\",\"labelEn\":\"Weighed\","
      + "\"subject\":\"RESIDENT\",\"denominator\":\"KID\",\"numerator\":\"WEIGHED\",\"anchor\":\"a\","
      + "\"period\":\"MONTH\",\"target\":80,\"level\":\"POSYANDU_PROXY\",\"source\":{\"document\":"
      + "\"SKDN\",\"confidence\":\"C\"}}]}";

  @Test
  void rendersSixAreasTrendsScorecardAndFollowUpsAsOneSafeFile() {
    IndicatorCatalog cat = IndicatorCatalog.fromJson(
        new ByteArrayInputStream(CATALOG.getBytes(StandardCharsets.UTF_8)), "t", REG);
    IndicatorEngine engine = IndicatorEngine.of(cat);
    Map<String, KodeWilayah> desa = Map.of("P1", KodeWilayah.parse("32.04.01.2001"),
        "P2", KodeWilayah.parse("32.04.01.2001"));
    List<Kid> kids = List.of(new Kid("r1", "P1", true), new Kid("r<2>", "P1", false),
        new Kid("r3", "P2", true));
    Subjects<Kid> s = new Subjects<>(SubjectType.RESIDENT, kids, Kid::id, Kid::posyandu);
    Map<YearMonth, IndicatorReport> byMonth = new LinkedHashMap<>();
    for (int m = 8; m <= 10; m++) {
      YearMonth ym = YearMonth.of(2026, m);
      byMonth.put(ym, IndicatorReport.of(cat, engine.evaluate(ym, ym.atEndOfMonth(), s), desa,
          ReportLevel.DESA));
    }
    YearMonth oct = YearMonth.of(2026, 10);
    IndicatorReport posy = IndicatorReport.of(cat, engine.evaluate(oct, oct.atEndOfMonth(), s),
        desa, ReportLevel.POSYANDU);
    List<FollowUp> fu = engine.followUp("KES-DS", oct, LocalDate.of(2026, 10, 31), s, "P1");
    String html = HtmlReport.render(new HtmlReport.Input("Desa <Sukamaju>", "32.04.01.2001", oct,
        LocalDate.of(2026, 10, 31), byMonth,
        Optional.of(Scorecard.of(posy, desa, ScorecardWeights.equal())), Map.of("KES-DS", fu),
        Map.of("charts/r1-wfa.png", "Grafik BB/U r1"), "data sintetis / synthetic data"));
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(html).contains("Kesehatan", "Pendidikan", "Sosial",
        "Perumahan rakyat dan kawasan permukiman", "Pekerjaan umum",
        "Ketenteraman, ketertiban umum dan pelindungan masyarakat");
    assertThat(html).contains("2/3", "66.7", "&ge; 80.0", "class=\"spark\"", "Peringkat Posyandu",
        "Daftar tindak lanjut", "r&lt;2&gt;", "ditimbang &lt;bulan ini&gt;", "Desa &lt;Sukamaju&gt;",
        "Balita ditimbang &amp; naik", "charts/r1-wfa.png", "SKDN [C]");
    assertThat(html).doesNotContain("<script", "http://", "https://", "r<2>");
    assertThat(HtmlReport.render(new HtmlReport.Input("Desa <Sukamaju>", "32.04.01.2001", oct,
        LocalDate.of(2026, 10, 31), byMonth,
        Optional.of(Scorecard.of(posy, desa, ScorecardWeights.equal())), Map.of("KES-DS", fu),
        Map.of("charts/r1-wfa.png", "Grafik BB/U r1"), "data sintetis / synthetic data")))
        .as("deterministic").isEqualTo(html);
  }
}
