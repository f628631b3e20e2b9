package id.posyandu.rules.spm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.core.SpmArea;
import id.posyandu.rules.indicator.IndicatorCatalog;
import id.posyandu.rules.indicator.IndicatorDefinition;
import id.posyandu.rules.indicator.IndicatorLevel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SixSpmCatalogTest {

  /**
   * Every indicator id of docs/INDICATORS.md, with the rows that name several expanded
   * (KES-SKDN-S..B, KES-KS/KES-NS, KES-WASTING/UNDERWEIGHT/OVERWEIGHT, KES-BUMIL-K1/K6,
   * LAYANAN-SLA-&lt;AREA&gt;).
   */
  static final List<String> INDICATORS_MD = List.of(
      "KES-SKDN-S", "KES-SKDN-K", "KES-SKDN-D", "KES-SKDN-N", "KES-SKDN-T", "KES-SKDN-O", "KES-SKDN-B",
      "KES-DS", "KES-ND", "KES-KS", "KES-NS", "KES-2T", "KES-BGM", "KES-BALITA-8X", "KES-STUNTING",
      "KES-WASTING", "KES-UNDERWEIGHT", "KES-OVERWEIGHT", "KES-VITA", "KES-IDL", "KES-BUMIL-K1",
      "KES-BUMIL-K6", "KES-BUMIL-KEK", "KES-BUMIL-TTD", "KES-REMAJA-TTD", "KES-PRODUKTIF-SKRINING",
      "KES-HIPERTENSI-RUJUK", "KES-LANSIA-SKRINING", "KES-TBC-SKRINING",
      "PDD-PAUD", "PDD-ATS", "PDD-ATS-TINDAK",
      "SOS-DISABILITAS", "SOS-LANSIA-TELANTAR", "SOS-ANAK-TELANTAR", "SOS-DTSEN",
      "PRKP-RTLH", "PRKP-RTLH-TINDAK", "PU-AIR-MINUM", "PU-SANITASI",
      "TRANTIB-INFO-BENCANA", "TRANTIB-SIAGA", "TRANTIB-LAPORAN",
      "LAYANAN-SLA-KES", "LAYANAN-SLA-PDD", "LAYANAN-SLA-SOS", "LAYANAN-SLA-PRKP",
      "LAYANAN-SLA-PU", "LAYANAN-SLA-TRANTIB");

  /** Left out on purpose, with why (also in the catalog README note and the report): none now. */
  static final Map<String, String> LEFT_OUT = Map.of();

  @Test
  void everyIndicatorOfIndicatorsMdIsInTheBuiltInCatalog() {
    List<String> missing = new ArrayList<>();
    for (String id : INDICATORS_MD) {
      if (SixSpm.catalog().find(id).isEmpty()) {
        missing.add(id);
      }
    }
    assertThat(missing).isEmpty();
    for (String id : LEFT_OUT.keySet()) {
      assertThat(SixSpm.catalog().find(id)).as(id + ": " + LEFT_OUT.get(id)).isEmpty();
    }
  }

  @Test
  void everyAreaHasIndicatorsAndEverySlaAreaItsOwn() {
    for (SpmArea a : SpmArea.values()) {
      assertThat(SixSpm.catalog().definitions()).as(a.name())
          .anyMatch(d -> d.area() == a && !d.id().startsWith("LAYANAN-SLA"));
      assertThat(SixSpm.catalog().find("LAYANAN-SLA-" + a.code()).orElseThrow().area())
          .isEqualTo(a);
    }
  }

  @Test
  void prevalencesAreLowerIsBetterAndTargetsComeFromTheSources() {
    for (String id : List.of("KES-STUNTING", "KES-WASTING", "KES-UNDERWEIGHT", "KES-OVERWEIGHT",
        "KES-2T", "KES-BGM", "KES-BUMIL-KEK", "PDD-ATS", "PRKP-RTLH")) {
      assertThat(def(id).higherIsBetter()).as(id).isFalse();
    }
    assertThat(def("KES-DS").targetPercent()).contains(80.0);
    assertThat(def("KES-LANSIA-SKRINING").targetPercent()).contains(100.0);
    assertThat(def("KES-STUNTING").targetPercent()).isEmpty();
    assertThat(def("KES-DS").level()).isEqualTo(IndicatorLevel.POSYANDU_PROXY);
    assertThat(def("SOS-DISABILITAS").level()).isEqualTo(IndicatorLevel.SPM_OFFICIAL);
    assertThat(SixSpm.catalog().definitions())
        .allSatisfy(d -> assertThat(d.source().document()).isNotBlank());
  }

  @Test
  void theCatalogIsLoadedOnce() {
    assertThat(SixSpm.catalog()).isSameAs(SixSpm.catalog());
  }

  static IndicatorDefinition def(String id) {
    return SixSpm.catalog().find(id).orElseThrow();
  }

  static ByteArrayInputStream json(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  static String indicator(String id, String numerator) {
    return "{\"catalog\": \"kab\", \"version\": \"1\", \"indicators\": [{\"id\": \"" + id + "\","
        + " \"area\": \"KES\", \"labelId\": \"D/S\", \"labelEn\": \"D/S\", \"subject\": \"RESIDENT\","
        + " \"denominator\": \"BALITA\", \"numerator\": \"" + numerator + "\","
        + " \"anchor\": \"tanggal penimbangan\", \"period\": \"MONTH\", \"target\": 90,"
        + " \"level\": \"POSYANDU_PROXY\","
        + " \"source\": {\"document\": \"Perbup 1/2026\", \"confidence\": \"C\"}}]}";
  }

  @Test
  void aUserCatalogOverridesABuiltInTarget() {
    IndicatorCatalog c = SixSpm.catalogWith(json(indicator("KES-DS", "WEIGHED_IN_PERIOD")),
        "kab.json");
    assertThat(c.find("KES-DS").orElseThrow().targetPercent()).contains(90.0);
    assertThat(c.definitions()).hasSize(SixSpm.catalog().definitions().size());
    assertThat(SixSpm.catalog().find("KES-DS").orElseThrow().targetPercent()).contains(80.0);
  }

  @Test
  void aDefinitionNamingAnUnknownCriterionFailsOnLoadWithItsId() {
    assertThatThrownBy(() -> SixSpm.catalogWith(json(indicator("KAB-X", "WEIGHED_ON_TUESDAY")),
        "kab.json")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KAB-X").hasMessageContaining("WEIGHED_ON_TUESDAY");
  }

  @Test
  void aDefinitionNamingACriterionOfAnotherSubjectFailsOnLoad() {
    assertThatThrownBy(() -> SixSpm.catalogWith(json(indicator("KAB-Y", "RTLH")), "kab.json"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KAB-Y");
  }

  @Test
  void everyCriterionIsUsedByTheCatalogTheHomeVisitListOrIsAKnownBuildingBlock() {
    Set<String> used = new java.util.HashSet<>();
    for (IndicatorDefinition d : SixSpm.catalog().definitions()) {
      collect(d.denominator().toString(), used);
      collect(d.numerator().toString(), used);
      d.exclusion().ifPresent(e -> collect(e.toString(), used));
    }
    SpmReference.INSTANCE.homeVisitRules.forEach(r -> used.add(r.criterion()));
    // building blocks offered to user catalogs (vitamin A by capsule colour, ongoing pregnancies)
    used.addAll(Set.of("AGE_6_11_MONTHS", "AGE_12_59_MONTHS", "FEMALE", "PREGNANCY_ONGOING"));
    assertThat(SixSpmCriteria.registry().all().keySet()).allSatisfy(n ->
        assertThat(used).as("unused criterion " + n).contains(n));
  }

  private static void collect(String condition, Set<String> into) {
    for (String token : condition.split("[^A-Z0-9_]+")) {
      if (!token.isEmpty()) {
        into.add(token);
      }
    }
  }
}
