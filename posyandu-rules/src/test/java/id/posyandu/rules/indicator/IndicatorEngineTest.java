package id.posyandu.rules.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.core.SpmArea;
import id.posyandu.rules.LocalizedText;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The engine on toy subjects: counting, exclusions, follow-up lists, explanations, merging. */
class IndicatorEngineTest {

  record Kid(String id, String posyandu, int ageMonths, boolean weighed, boolean tall,
      boolean moved) {}

  record House(String id, String posyandu, boolean assessed, boolean badRoof, boolean badFloor) {}

  static final CriteriaRegistry REGISTRY = CriteriaRegistry.empty()
      .with(Criterion.<Kid>of("BALITA", SubjectType.RESIDENT,
          new LocalizedText("balita 0-59 bulan", "under five (0-59 months)"),
          (k, c) -> k.ageMonths() < 60))
      .with(Criterion.<Kid>of("WEIGHED", SubjectType.RESIDENT,
          new LocalizedText("ditimbang bulan ini", "weighed this month"), (k, c) -> k.weighed()))
      .with(Criterion.<Kid>of("TALL_ENOUGH", SubjectType.RESIDENT,
          new LocalizedText("TB/U >= -2 SD", "HAZ >= -2"), (k, c) -> k.tall()))
      .with(Criterion.<Kid>of("MOVED_AWAY", SubjectType.RESIDENT,
          new LocalizedText("pindah", "moved away"), (k, c) -> k.moved()))
      .with(Criterion.<House>of("ASSESSED", SubjectType.HOUSEHOLD,
          new LocalizedText("dinilai", "assessed"), (h, c) -> h.assessed()))
      .with(Criterion.<House>of("BAD_ROOF", SubjectType.HOUSEHOLD,
          new LocalizedText("atap rusak", "damaged roof"), (h, c) -> h.badRoof()))
      .with(Criterion.<House>of("BAD_FLOOR", SubjectType.HOUSEHOLD,
          new LocalizedText("lantai tanah", "earth floor"), (h, c) -> h.badFloor()));

  static IndicatorCatalog catalog() {
    InputStream in = IndicatorEngineTest.class.getResourceAsStream("toy-catalog.json");
    return IndicatorCatalog.fromJson(in, "toy-catalog.json", REGISTRY);
  }

  static Subjects<Kid> kids(List<Kid> kids) {
    return new Subjects<>(SubjectType.RESIDENT, kids, Kid::id, Kid::posyandu);
  }

  static Subjects<House> houses(List<House> hs) {
    return new Subjects<>(SubjectType.HOUSEHOLD, hs, House::id, House::posyandu);
  }

  static final YearMonth OCT = YearMonth.of(2026, 10);
  static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

  static final List<Kid> KIDS = List.of(
      new Kid("a1", "P1", 10, true, true, false),
      new Kid("a2", "P1", 20, false, true, false),
      new Kid("a3", "P1", 30, true, false, false),
      new Kid("a4", "P1", 70, true, true, false),   // not a balita
      new Kid("a5", "P1", 12, false, true, true),   // moved away: excluded
      new Kid("b1", "P2", 5, true, true, false));

  @Test
  void theCatalogLoadsWithItsDefinitions() {
    IndicatorCatalog c = catalog();
    assertThat(c.name()).isEqualTo("toy");
    assertThat(c.definitions()).extracting(IndicatorDefinition::id)
        .containsExactly("KES-DS", "KES-STUNTING", "PRKP-RTLH");
    IndicatorDefinition st = c.find("KES-STUNTING").orElseThrow();
    assertThat(st.area()).isEqualTo(SpmArea.KESEHATAN);
    assertThat(st.higherIsBetter()).isFalse();
    assertThat(st.numerator()).isEqualTo(Condition.not(Condition.ref("TALL_ENOUGH")));
    assertThat(c.find("PRKP-RTLH").orElseThrow().targetPercent()).isEmpty();
  }

  @Test
  void countsPerPosyanduAndPeriodTypeInOnePass() {
    IndicatorEngine engine = IndicatorEngine.of(catalog());
    IndicatorTally t = engine.evaluate(OCT, AS_OF, List.of(kids(KIDS), houses(List.of(
        new House("h1", "P1", true, true, false),
        new House("h2", "P1", true, false, false),
        new House("h3", "P1", false, true, true)))));
    ReportingPeriod month = ReportingPeriod.month(OCT);
    ReportingPeriod year = ReportingPeriod.year(2026);
    assertThat(t.get(new TallyKey("KES-DS", "P1", month))).isEqualTo(new Count(2, 3));
    assertThat(t.get(new TallyKey("KES-DS", "P2", month))).isEqualTo(new Count(1, 1));
    assertThat(t.get(new TallyKey("KES-STUNTING", "P1", year))).isEqualTo(new Count(1, 2));
    assertThat(t.get(new TallyKey("PRKP-RTLH", "P1", year))).isEqualTo(new Count(1, 2));
    assertThat(t.get(new TallyKey("KES-DS", "P1", month)).percent()).hasValue(200.0 / 3);
  }

  @Test
  void theFollowUpListHoldsTheDenominatorMinusTheNumeratorWithWhy() {
    IndicatorEngine engine = IndicatorEngine.of(catalog());
    List<FollowUp> f = engine.followUp("KES-DS", OCT, AS_OF, kids(KIDS), "P1");
    assertThat(f).extracting(FollowUp::subjectId).containsExactly("a2");
    assertThat(f.get(0).needsService()).isTrue();
    assertThat(f.get(0).reasons()).extracting(LocalizedText::en)
        .containsExactly("Not yet served:", "does not meet: weighed this month [WEIGHED]");
    assertThat(f.get(0).reasons().get(1).id()).isEqualTo(
        "tidak memenuhi: ditimbang bulan ini [WEIGHED]");
  }

  @Test
  void anySubjectsMembershipCanBeExplained() {
    IndicatorEngine engine = IndicatorEngine.of(catalog());
    FollowUp old = engine.explain("KES-DS", OCT, AS_OF, kids(KIDS), KIDS.get(3));
    assertThat(old.inDenominator()).isFalse();
    assertThat(old.reasons()).extracting(LocalizedText::en)
        .containsExactly("Not in the denominator:", "does not meet: under five (0-59 months) [BALITA]");
    FollowUp moved = engine.explain("KES-DS", OCT, AS_OF, kids(KIDS), KIDS.get(4));
    assertThat(moved.excluded()).isTrue();
    assertThat(moved.reasons()).extracting(LocalizedText::en)
        .containsExactly("Excluded:", "meets: moved away [MOVED_AWAY]");
    FollowUp stunted = engine.explain("KES-STUNTING", OCT, AS_OF, kids(KIDS), KIDS.get(2));
    assertThat(stunted.inNumerator()).isTrue();
    assertThat(stunted.reasons()).extracting(LocalizedText::en)
        .containsExactly("Served (numerator):", "does not meet: HAZ >= -2 [TALL_ENOUGH]");
  }

  private static IndicatorCatalog load(String json) {
    return IndicatorCatalog.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        "user.json", REGISTRY);
  }

  private static String oneIndicator(String subject, String numerator) {
    return "{\"catalog\":\"u\",\"version\":\"1\",\"indicators\":[{\"id\":\"KES-X\",\"area\":\"KES\","
        + "\"labelId\":\"x\",\"labelEn\":\"x\",\"subject\":\"" + subject + "\","
        + "\"denominator\":\"" + (subject.equals("HOUSEHOLD") ? "ASSESSED" : "BALITA") + "\","
        + "\"numerator\":" + numerator + ",\"anchor\":\"a\",\"period\":\"MONTH\","
        + "\"level\":\"POSYANDU_PROXY\",\"source\":{\"document\":\"d\",\"confidence\":\"B\"}}]}";
  }

  @Test
  void anUnknownCriterionFailsOnLoadNamingTheIndicator() {
    assertThatThrownBy(() -> load(oneIndicator("RESIDENT", "\"WEIGHTED\"")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KES-X").hasMessageContaining("unknown criterion 'WEIGHTED'");
  }

  @Test
  void aCriterionOfAnotherSubjectFailsOnLoad() {
    assertThatThrownBy(() -> load(oneIndicator("RESIDENT", "\"BAD_ROOF\"")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KES-X").hasMessageContaining("tests HOUSEHOLD, not RESIDENT");
  }

  @Test
  void malformedDefinitionsFailOnLoadWithAClearMessage() {
    assertThatThrownBy(() -> load(oneIndicator("RESIDENT", "{\"most\": [\"WEIGHED\"]}")))
        .hasMessageContaining("KES-X").hasMessageContaining("a condition is");
    assertThatThrownBy(() -> load(oneIndicator("PERSON", "\"WEIGHED\"")))
        .hasMessageContaining("KES-X").hasMessageContaining("PERSON");
    assertThatThrownBy(() -> load(oneIndicator("RESIDENT", "\"WEIGHED\"").replace("\"anchor\"",
        "\"anchr\""))).hasMessageContaining("unknown field 'anchr'");
    assertThatThrownBy(() -> load("{\"catalog\":\"u\",\"version\":\"1\",\"indicators\":[1]"))
        .hasMessageContaining("invalid JSON");
  }

  @Test
  void aUserCatalogOverridesAndExtendsTheBuiltIn() {
    IndicatorCatalog user = load(oneIndicator("RESIDENT", "\"WEIGHED\""));
    IndicatorCatalog both = catalog().with(user);
    assertThat(both.definitions()).extracting(IndicatorDefinition::id)
        .containsExactly("KES-DS", "KES-STUNTING", "PRKP-RTLH", "KES-X");
  }

  @Test
  void campaignIndicatorsUseTheLatestFebruaryOrAugust() {
    assertThat(IndicatorEngine.periodFor(PeriodType.CAMPAIGN_MONTH, OCT).label())
        .isEqualTo("2026-08");
    assertThat(IndicatorEngine.periodFor(PeriodType.CAMPAIGN_MONTH, YearMonth.of(2026, 1)).label())
        .isEqualTo("2025-08");
    assertThat(IndicatorEngine.periodFor(PeriodType.CAMPAIGN_MONTH, YearMonth.of(2026, 2)).label())
        .isEqualTo("2026-02");
    assertThat(IndicatorEngine.periodFor(PeriodType.QUARTER, OCT).label()).isEqualTo("2026-Q4");
  }

  @RepeatedTest(10)
  void mergeOrderDoesNotChangeTheResult(RepetitionInfo info) {
    long seed = 500L + info.getCurrentRepetition();
    Random r = new Random(seed);
    List<Kid> pop = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      pop.add(new Kid("k" + i, "P" + r.nextInt(7), r.nextInt(80), r.nextBoolean(),
          r.nextInt(4) > 0, r.nextInt(20) == 0));
    }
    IndicatorEngine engine = IndicatorEngine.of(catalog());
    IndicatorTally whole = engine.evaluate(OCT, AS_OF, kids(pop));
    List<Kid> shuffled = new ArrayList<>(pop);
    Collections.shuffle(shuffled, r);
    List<IndicatorTally> parts = new ArrayList<>();
    for (int from = 0; from < shuffled.size(); ) {
      int to = Math.min(shuffled.size(), from + 1 + r.nextInt(400));
      parts.add(engine.evaluate(OCT, AS_OF, kids(shuffled.subList(from, to))));
      from = to;
    }
    IndicatorTally leftFold = IndicatorTally.EMPTY;
    for (IndicatorTally p : parts) {
      leftFold = leftFold.merge(p);
    }
    IndicatorTally rightFold = IndicatorTally.EMPTY;
    for (int i = parts.size() - 1; i >= 0; i--) {
      rightFold = parts.get(i).merge(rightFold);
    }
    IndicatorTally parallel = parts.parallelStream()
        .reduce(IndicatorTally.EMPTY, IndicatorTally::merge);
    assertThat(leftFold).as("seed %d", seed).isEqualTo(whole);
    assertThat(rightFold).as("seed %d", seed).isEqualTo(whole);
    assertThat(parallel).as("seed %d", seed).isEqualTo(whole);
  }
}
