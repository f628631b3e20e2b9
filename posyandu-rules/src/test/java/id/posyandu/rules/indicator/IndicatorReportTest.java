package id.posyandu.rules.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.posyandu.core.SpmArea;
import id.posyandu.core.code.KodeWilayah;
import id.posyandu.rules.indicator.IndicatorEngineTest.Kid;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorReportTest {

  static final YearMonth OCT = YearMonth.of(2026, 10);
  static final Map<String, KodeWilayah> DESA = Map.of(
      "P1", KodeWilayah.parse("32.01.01.2001"),
      "P2", KodeWilayah.parse("32.01.01.2001"),
      "P3", KodeWilayah.parse("32.01.02.2005"),
      "P4", KodeWilayah.parse("32.71.01.1001"));

  static final List<Kid> KIDS = List.of(
      new Kid("a", "P1", 10, true, true, false),
      new Kid("b", "P1", 10, false, true, false),
      new Kid("c", "P2", 10, true, false, false),
      new Kid("d", "P3", 10, true, true, false),
      new Kid("e", "P3", 10, true, true, false),
      new Kid("f", "P4", 10, false, true, false));

  static IndicatorTally tally() {
    return IndicatorEngine.of(IndicatorEngineTest.catalog()).evaluate(OCT, LocalDate.of(2026, 10, 31),
        IndicatorEngineTest.kids(KIDS));
  }

  @Test
  void posyanduCountsAddUpTheKodeWilayahHierarchy() {
    IndicatorCatalog cat = IndicatorEngineTest.catalog();
    IndicatorReport desa = IndicatorReport.of(cat, tally(), DESA, ReportLevel.DESA);
    assertThat(desa.row("KES-DS", "32.01.01.2001").orElseThrow().count()).isEqualTo(new Count(2, 3));
    assertThat(desa.units()).containsExactly("32.01.01.2001", "32.01.02.2005", "32.71.01.1001");
    IndicatorReport kec = IndicatorReport.of(cat, tally(), DESA, ReportLevel.KECAMATAN);
    assertThat(kec.row("KES-DS", "32.01.02").orElseThrow().count()).isEqualTo(new Count(2, 2));
    IndicatorReport kab = IndicatorReport.of(cat, tally(), DESA, ReportLevel.KABKOTA);
    assertThat(kab.row("KES-DS", "32.01").orElseThrow().count()).isEqualTo(new Count(4, 5));
    assertThat(kab.row("KES-DS", "32.71").orElseThrow().count()).isEqualTo(new Count(0, 1));
    IndicatorReport prov = IndicatorReport.of(cat, tally(), DESA, ReportLevel.PROVINSI);
    ReportRow p = prov.row("KES-DS", "32").orElseThrow();
    assertThat(p.count()).isEqualTo(new Count(4, 6));
    assertThat(p.met()).contains(false);
    assertThat(p.wilson95().orElseThrow().lower()).isCloseTo(0.3000, within(1e-3));
    assertThat(prov.rows(SpmArea.KESEHATAN)).hasSize(2);
    assertThat(prov.rows(SpmArea.PENDIDIKAN)).isEmpty();
  }

  @Test
  void targetsAreMetInTheRightDirection() {
    IndicatorReport posy = IndicatorReport.of(IndicatorEngineTest.catalog(), tally(), DESA,
        ReportLevel.POSYANDU);
    assertThat(posy.row("KES-DS", "P3").orElseThrow().met()).contains(true); // 100 % >= 80 %
    assertThat(posy.row("KES-DS", "P1").orElseThrow().met()).contains(false); // 50 %
    // stunting: lower is better, target 14 %: P2 has 1/1 stunted
    assertThat(posy.row("KES-STUNTING", "P2").orElseThrow().met()).contains(false);
    assertThat(posy.row("KES-STUNTING", "P3").orElseThrow().met()).contains(true);
    // P4: nobody weighed, so no one in the stunting denominator: no value, no verdict
    ReportRow none = posy.row("KES-STUNTING", "P4").orElseThrow();
    assertThat(none.percent()).isEmpty();
    assertThat(none.met()).isEmpty();
    assertThat(none.wilson95()).isEmpty();
  }

  @Test
  void aPosyanduWithoutKodeWilayahIsAnErrorNotADroppedCount() {
    assertThatThrownBy(() -> IndicatorReport.of(IndicatorEngineTest.catalog(), tally(),
        Map.of("P1", DESA.get("P1")), ReportLevel.DESA))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without a kode wilayah");
  }

  @Test
  void reportLevelsParseFromTheirCodes() {
    assertThat(ReportLevel.parse("KabKota")).isEqualTo(ReportLevel.KABKOTA);
    assertThatThrownBy(() -> ReportLevel.parse("rt")).hasMessageContaining("posyandu, desa");
  }

  @Test
  void theScorecardRanksPosyanduWithinTheirAreas() {
    IndicatorReport posy = IndicatorReport.of(IndicatorEngineTest.catalog(), tally(), DESA,
        ReportLevel.POSYANDU);
    Scorecard sc = Scorecard.of(posy, DESA, ScorecardWeights.equal());
    // P3: D/S 100 % of 80 -> 1; stunting 0 % -> 1: 100.  P1: D/S 50/80 = 0.625; stunting 0 % -> 1
    // -> 81.25.  P2: D/S 100 % -> 1; stunting 100 % vs 14 -> 0.14: 57.  P4: D/S 0 -> 0, stunting
    // not scored: 0.
    assertThat(sc.ranked()).extracting(PosyanduScore::posyanduId)
        .containsExactly("P3", "P1", "P2", "P4");
    PosyanduScore p1 = sc.ranked().get(1);
    assertThat(p1.total()).isCloseTo(81.25, within(1e-9));
    assertThat(p1.areaScores().get(SpmArea.KESEHATAN)).hasValue(81.25);
    assertThat(p1.areaScores().get(SpmArea.PENDIDIKAN)).isEmpty();
    assertThat(p1.rankInDesa()).isEqualTo(1);
    assertThat(p1.rankInKecamatan()).isEqualTo(1);
    assertThat(p1.rankInKabKota()).isEqualTo(2);
    PosyanduScore p2 = sc.ranked().get(2);
    assertThat(p2.total()).isCloseTo(57.0, within(1e-9));
    assertThat(p2.rankInDesa()).isEqualTo(2);
    assertThat(sc.ranked().get(3).indicatorsScored()).isEqualTo(1);
    assertThat(sc.within(KodeWilayah.parse("32.01"))).extracting(PosyanduScore::posyanduId)
        .containsExactly("P3", "P1", "P2");
    assertThat(ScorecardWeights.equal().source().confidence().tag()).isEqualTo("B");
  }
}
