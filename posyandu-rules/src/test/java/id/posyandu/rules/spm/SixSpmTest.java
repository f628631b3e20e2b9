package id.posyandu.rules.spm;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.Sex;
import id.posyandu.core.SpmArea;
import id.posyandu.core.model.ServiceRequest;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.BloodPressure;
import id.posyandu.core.record.DrinkingWater;
import id.posyandu.core.record.HouseCondition;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.core.record.SchoolEnrolment;
import id.posyandu.core.record.ServiceRecord;
import id.posyandu.core.record.Supplement;
import id.posyandu.rules.indicator.Count;
import id.posyandu.rules.indicator.FollowUp;
import id.posyandu.rules.indicator.IndicatorDefinition;
import id.posyandu.rules.indicator.IndicatorEngine;
import id.posyandu.rules.indicator.IndicatorReport;
import id.posyandu.rules.indicator.IndicatorTally;
import id.posyandu.rules.indicator.ReportLevel;
import id.posyandu.rules.indicator.Scorecard;
import id.posyandu.rules.indicator.ScorecardWeights;
import id.posyandu.rules.indicator.TallyKey;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SixSpmTest {

  static final YearMonth MARCH = YearMonth.of(2026, 3);
  static final LocalDate AS_OF = MARCH.atEndOfMonth();
  static final String P1 = World.P1.plain();
  static final String P2 = World.P2.plain();

  static Anthropometry weight(double kg) {
    return Anthropometry.builder().weightKg(kg).build();
  }

  /**
   * Three balita and a schoolchild at P1 (one RTLH household), one balita at P2; no balita has an
   * immunization recorded, so every one of them is overdue.
   */
  static World tiny() {
    World w = new World();
    LocalDate birth = LocalDate.of(2025, 1, 10);
    w.child("a", Sex.MALE, birth);
    w.child("b", Sex.FEMALE, birth);
    w.child("c", Sex.MALE, birth);
    w.household("h-e", World.P2);
    w.resident("e", Sex.FEMALE, birth, "h-e");
    w.resident("d", Sex.MALE, LocalDate.of(2018, 5, 1), "h-a");
    w.visit("a", LocalDate.of(2026, 2, 10), weight(9.0));
    w.visit("a", LocalDate.of(2026, 3, 10), weight(9.3));
    w.visit("b", LocalDate.of(2026, 1, 10), weight(8.5));
    w.visit("b", LocalDate.of(2026, 2, 10), weight(8.5));
    w.visit("b", LocalDate.of(2026, 3, 10), weight(8.5));
    w.visit("c", LocalDate.of(2026, 2, 10), weight(9.0));
    w.visit("e", LocalDate.of(2026, 3, 12), weight(9.0));
    w.visit("d", LocalDate.of(2026, 3, 10), SchoolEnrolment.builder().enrolled(false)
        .outOfSchoolReason(SchoolEnrolment.OutOfSchoolReason.COST).build(),
        HouseCondition.builder().roof(HouseCondition.Roof.THATCH)
            .wall(HouseCondition.Wall.BAMBOO).floor(HouseCondition.Floor.EARTH)
            .floorAreaM2(20).occupants(6).ownMck(false).build());
    return w;
  }

  @Test
  void dsCountsTheBalitaWeighedThisMonthPerPosyandu() {
    IndicatorTally t = SixSpm.standard().evaluate(tiny().subjects(), MARCH, AS_OF);
    var month = IndicatorEngine.periodFor(SixSpm.catalog().find("KES-DS").orElseThrow()
        .periodType(), MARCH);
    assertThat(t.get(new TallyKey("KES-DS", P1, month))).isEqualTo(new Count(2, 3));
    assertThat(t.get(new TallyKey("KES-DS", P2, month))).isEqualTo(new Count(1, 1));
    assertThat(t.get(new TallyKey("KES-ND", P1, month))).isEqualTo(new Count(1, 2));
    assertThat(t.get(new TallyKey("KES-2T", P1, month))).isEqualTo(new Count(1, 2));
  }

  @Test
  void theReportRollsPosyanduUpToTheKecamatan() {
    World w = tiny();
    IndicatorReport r = SixSpm.standard().report(w.subjects(), w.posyanduDesa(), MARCH, AS_OF,
        ReportLevel.KECAMATAN);
    assertThat(r.row("KES-DS", "31.74.01").orElseThrow().count()).isEqualTo(new Count(3, 4));
    assertThat(r.row("PDD-ATS", "31.74.01").orElseThrow().count()).isEqualTo(new Count(1, 1));
    assertThat(r.row("PRKP-RTLH", "31.74.01").orElseThrow().count()).isEqualTo(new Count(1, 1));
  }

  @Test
  void theFollowUpListOfDsNamesTheChildNotWeighedWithWhy() {
    List<FollowUp> f = SixSpm.standard().followUp(tiny().subjects(), "KES-DS", P1, MARCH, AS_OF);
    assertThat(f).extracting(FollowUp::subjectId).containsExactly("c");
    assertThat(f.get(0).reasons().toString()).contains("WEIGHED_IN_PERIOD");
  }

  @Test
  void theHomeVisitListPutsTheMostUrgentFirstWithWhy() {
    List<HomeVisit> v = SixSpm.homeVisits(tiny().subjects(), P1, MARCH, AS_OF);
    assertThat(v).extracting(HomeVisit::subjectId).containsExactly("b", "a", "c", "d", "h-a");
    assertThat(v.get(0).findings()).containsExactly("GROWTH_2T", "IMMUNIZATION_OVERDUE");
    assertThat(v.get(0).urgency()).isEqualTo(100);
    assertThat(v.get(3).findings()).containsExactly("OUT_OF_SCHOOL");
    assertThat(v.get(0).reasons().get(0).id()).contains("2T");
    assertThat(v.get(4).findings()).containsExactly("RTLH");
    assertThat(v.get(4).householdId()).isEqualTo("h-a");
    assertThat(v).isSortedAccordingTo((x, y) -> Integer.compare(y.urgency(), x.urgency()));
  }

  @Test
  void theScorecardRanksBothPosyandu() {
    World w = tiny();
    Scorecard s = SixSpm.standard().scorecard(w.subjects(), w.posyanduDesa(), MARCH, AS_OF,
        ScorecardWeights.equal());
    assertThat(s.ranked()).extracting(p -> p.posyanduId()).containsExactlyInAnyOrder(P1, P2);
  }

  // ---- properties on generated populations ----

  static final long[] SEEDS = {1L, 42L, 20260325L};

  @Test
  void mergeOrderDoesNotChangeTheTally() {
    for (long seed : SEEDS) {
      World w = generated(seed);
      SpmSubjects all = w.subjects();
      IndicatorTally whole = SixSpm.standard().evaluate(all, MARCH, AS_OF);
      List<IndicatorTally> parts = new ArrayList<>();
      Random r = new Random(seed);
      for (List<ResidentSubject> chunk : chunks(all.residents(), r)) {
        parts.add(SixSpm.standard().evaluate(SpmSubjects.of(chunk, List.of(), List.of(),
            List.of()), MARCH, AS_OF));
      }
      parts.add(SixSpm.standard().evaluate(SpmSubjects.of(List.of(), all.households(),
          all.pregnancies(), all.requests()), MARCH, AS_OF));
      Collections.shuffle(parts, r);
      IndicatorTally merged = parts.stream().reduce(IndicatorTally.EMPTY, IndicatorTally::merge);
      assertThat(merged).as("seed " + seed).isEqualTo(whole);
    }
  }

  @Test
  void theFollowUpListIsTheDenominatorMinusTheNumerator() {
    for (long seed : SEEDS) {
      SpmSubjects s = generated(seed).subjects();
      IndicatorTally t = SixSpm.standard().evaluate(s, MARCH, AS_OF);
      for (IndicatorDefinition d : SixSpm.catalog().definitions()) {
        for (String p : List.of(P1, P2)) {
          Count c = t.get(new TallyKey(d.id(), p, IndicatorEngine.periodFor(d.periodType(), MARCH)));
          List<FollowUp> f = SixSpm.standard().followUp(s, d.id(), p, MARCH, AS_OF);
          assertThat((long) f.size()).as("seed " + seed + ", " + d.id() + " at " + p)
              .isEqualTo(c.denominator() - c.numerator());
        }
      }
    }
  }

  @Test
  void weighedIsNewUpPlusNotUpPlusGapPlusFirstWeighing() {
    for (long seed : SEEDS) {
      IndicatorTally t = SixSpm.standard().evaluate(generated(seed).subjects(), MARCH, AS_OF);
      for (String p : List.of(P1, P2)) {
        var month = IndicatorEngine.periodFor(
            SixSpm.catalog().find("KES-SKDN-D").orElseThrow().periodType(), MARCH);
        long d = t.get(new TallyKey("KES-SKDN-D", p, month)).numerator();
        long sum = 0;
        for (String x : List.of("N", "T", "O", "B")) {
          sum += t.get(new TallyKey("KES-SKDN-" + x, p, month)).numerator();
        }
        assertThat(sum).as("seed " + seed + " at " + p).isEqualTo(d);
        assertThat(d).as("seed " + seed + ": the generator weighs someone").isPositive();
      }
    }
  }

  static <T> List<List<T>> chunks(List<T> items, Random r) {
    List<List<T>> out = new ArrayList<>();
    int i = 0;
    while (i < items.size()) {
      int n = 1 + r.nextInt(7);
      out.add(items.subList(i, Math.min(items.size(), i + n)));
      i += n;
    }
    return out;
  }

  /** A seeded population of 80 residents in 2 Posyandu with visits from October to March. */
  static World generated(long seed) {
    Random r = new Random(seed);
    World w = new World();
    for (int h = 0; h < 25; h++) {
      w.household("h" + h, h % 2 == 0 ? World.P1 : World.P2);
    }
    for (int i = 0; i < 80; i++) {
      boolean child = r.nextInt(2) == 0;
      LocalDate birth = child ? AS_OF.minusDays(r.nextInt(62 * 30))
          : AS_OF.minusYears(5 + r.nextInt(75)).minusDays(r.nextInt(365));
      String id = "r" + i;
      w.resident(id, r.nextBoolean() ? Sex.MALE : Sex.FEMALE, birth, "h" + r.nextInt(25));
      for (YearMonth m = YearMonth.of(2025, 10); !m.isAfter(MARCH); m = m.plusMonths(1)) {
        LocalDate day = m.atDay(1 + r.nextInt(m.lengthOfMonth()));
        if (day.isBefore(birth) || r.nextInt(4) == 0) {
          continue;
        }
        w.visit(id, day, records(r, birth, day));
      }
    }
    for (int q = 0; q < 6; q++) {
      LocalDate received = MARCH.atDay(1 + r.nextInt(31));
      ServiceRequest.Builder b = ServiceRequest.builder().id("q" + q)
          .posyandu(q % 2 == 0 ? World.P1 : World.P2)
          .area(SpmArea.values()[r.nextInt(SpmArea.values().length)])
          .addHistory(ServiceRequest.StatusChange.builder().status(ServiceRequest.Status.RECEIVED)
              .date(received).build());
      if (r.nextBoolean()) {
        b.addHistory(ServiceRequest.StatusChange.builder().status(ServiceRequest.Status.RESOLVED)
            .date(received.plusDays(r.nextInt(10))).build());
      }
      w.request(b.build());
    }
    return w;
  }

  static ServiceRecord[] records(Random r, LocalDate birth, LocalDate day) {
    long months = java.time.temporal.ChronoUnit.MONTHS.between(birth, day);
    List<ServiceRecord> out = new ArrayList<>();
    if (months < 60) {
      double kg = 3.3 + months * 0.22 + r.nextGaussian() * 0.8;
      Anthropometry.Builder a = Anthropometry.builder().weightKg(Math.max(2.0, kg));
      if (r.nextBoolean()) {
        a.lengthOrHeightCm(50 + months * 0.9 + r.nextGaussian() * 3)
            .position(months < 24 ? MeasurePosition.RECUMBENT : MeasurePosition.STANDING);
      }
      out.add(a.build());
      if (r.nextInt(5) == 0) {
        out.add(Supplement.builder().kind(months < 12 ? Supplement.Kind.VITAMIN_A_BLUE
            : Supplement.Kind.VITAMIN_A_RED).build());
      }
    } else if (months < 19 * 12) {
      out.add(SchoolEnrolment.builder().enrolled(r.nextInt(6) != 0).build());
    } else {
      out.add(BloodPressure.builder().systolicMmHg(100 + r.nextInt(80))
          .diastolicMmHg(60 + r.nextInt(45)).build());
      if (r.nextInt(3) == 0) {
        out.add(HouseCondition.builder().roof(HouseCondition.Roof.values()[r.nextInt(8)])
            .wall(HouseCondition.Wall.values()[r.nextInt(6)])
            .floor(HouseCondition.Floor.values()[r.nextInt(9)])
            .floorAreaM2(15 + r.nextInt(80)).occupants(1 + r.nextInt(7))
            .ownMck(r.nextBoolean()).build());
        out.add(DrinkingWater.builder()
            .mainSource(DrinkingWater.Source.values()[r.nextInt(15)])
            .distanceToSepticM(r.nextInt(20)).build());
      }
    }
    return out.toArray(new ServiceRecord[0]);
  }
}
