package id.posyandu.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.rules.population.Population;

import id.posyandu.core.model.Household;
import id.posyandu.core.model.Posyandu;
import id.posyandu.core.model.RelationToHead;
import id.posyandu.core.model.Resident;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.ResidentRecords;
import id.posyandu.core.record.ServiceRecord;
import id.posyandu.core.record.Visit;
import id.posyandu.core.validation.PosyanduValidator;
import id.posyandu.core.validation.Violation;
import id.posyandu.rules.anthro.AnthroInput;
import id.posyandu.rules.anthro.Indicator;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.rules.anthro.WhoGrowthStandards;
import id.posyandu.rules.anthro.ZScore;
import id.posyandu.rules.growth.GrowthMonitor;
import id.posyandu.rules.growth.Skdn;
import id.posyandu.rules.growth.SkdnChild;
import id.posyandu.rules.growth.WeightForAge;
import id.posyandu.rules.growth.Weighing;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyntheticPopulationTest {
  static final YearMonth END = YearMonth.of(2026, 10);
  static final long SEED = 42L;
  static final SyntheticPopulation PARAMS = SyntheticPopulation.builder().residents(2_000)
      .seed(SEED).months(12).endMonth(END).build();
  static final Population POPULATION = PARAMS.generate();

  @Test
  void theSameSeedGivesAnEqualPopulationAndAnotherSeedADifferentOne() {
    Population again = SyntheticPopulation.builder().residents(2_000).seed(SEED).months(12)
        .endMonth(END).build().generate();
    Population other = SyntheticPopulation.builder().residents(2_000).seed(SEED + 1).months(12)
        .endMonth(END).build().generate();

    assertThat(again).isEqualTo(POPULATION);
    assertThat(again.toString()).isEqualTo(POPULATION.toString());
    assertThat(other).isNotEqualTo(POPULATION);
  }

  @Test
  void hasTheResidentsAskedForAboutOnePosyanduPer650AndAtLeastFiveKaderEach() {
    assertThat(POPULATION.residents()).hasSize(2_000);
    assertThat(PARAMS.posyanduCount()).isEqualTo(3);
    assertThat(POPULATION.posyandu()).hasSize(3);
    for (Posyandu p : POPULATION.posyandu()) {
      assertThat(POPULATION.kaderOf(p.registrationNumber())).as("kader of %s", p).hasSizeBetween(5,
          10);
      assertThat(p.kodeWilayah().plain()).startsWith("3204");
    }
    assertThat(POPULATION.households().size()).as("about 3.3 persons a household")
        .isBetween(550, 660);
  }

  @Test
  void followsTheAgePyramidWithinTolerance() {
    LocalDate asOf = PARAMS.asOf();
    long balita = POPULATION.residents().stream()
        .filter(r -> ChronoUnit.YEARS.between(r.birthDate(), asOf) < 5).count();
    long lansia = POPULATION.residents().stream()
        .filter(r -> ChronoUnit.YEARS.between(r.birthDate(), asOf) >= 60).count();
    long women = POPULATION.residents().stream()
        .filter(r -> r.sex() == id.posyandu.core.Sex.FEMALE).count();

    assertThat(balita / 2000.0).as("balita share (SP2020 8.3 %%), seed %d", SEED)
        .isBetween(0.065, 0.10);
    assertThat(lansia / 2000.0).as("lansia share (SP2020 ~10.6 %%), seed %d", SEED)
        .isBetween(0.085, 0.13);
    assertThat(women / 2000.0).as("female share, seed %d", SEED).isBetween(0.46, 0.54);
  }

  @Test
  void everyHouseholdHasExactlyOneHeadAndEveryResidentAHousehold() {
    for (Household h : POPULATION.households()) {
      assertThat(POPULATION.residentsOf(h.id()))
          .filteredOn(r -> r.relationToHead() == RelationToHead.KEPALA_KELUARGA)
          .as("heads of %s", h.id()).hasSize(1);
    }
    for (Resident r : POPULATION.residents()) {
      assertThat(POPULATION.householdOf(r.id())).isPresent();
    }
  }

  @Test
  void everyVisitIsOfAKnownResidentAndNotBeforeBirthOrAfterTheAsOfDate() {
    for (Visit v : POPULATION.visits()) {
      Optional<Resident> r = POPULATION.resident(v.residentId());
      assertThat(r).as("resident of visit %s", v.id()).isPresent();
      assertThat(v.date()).isAfterOrEqualTo(r.get().birthDate()).isBeforeOrEqualTo(PARAMS.asOf());
    }
  }

  @Test
  void everyRecordPassesTheValidatorWithoutErrors() {
    PosyanduValidator validator = PosyanduValidator.asOf(PARAMS.asOf());
    List<Violation> errors = new ArrayList<>();
    for (Resident r : POPULATION.residents()) {
      ResidentRecords records = ResidentRecords.builder().resident(r)
          .addAllVisits(POPULATION.visitsOf(r.id()))
          .addAllPregnancies(POPULATION.pregnanciesOf(r.id())).build();
      validator.validate(records).stream().filter(Violation::isError).forEach(errors::add);
    }
    List<Object> others = new ArrayList<>();
    others.addAll(POPULATION.posyandu());
    others.addAll(POPULATION.kader());
    others.addAll(POPULATION.households());
    others.addAll(POPULATION.serviceRequests());
    validator.validateAll(others).stream().filter(Violation::isError).forEach(errors::add);

    assertThat(errors).as("errors, seed %d", SEED).isEmpty();
  }

  @Test
  void skdnAddsUpAndAboutSeventyPercentOfBalitaAreWeighed() {
    GrowthMonitor monitor = GrowthMonitor.standard();
    Skdn total = Skdn.empty(END);
    for (Posyandu p : POPULATION.posyandu()) {
      List<SkdnChild> children = new ArrayList<>();
      for (Household h : POPULATION.householdsOf(p.registrationNumber())) {
        for (Resident r : POPULATION.residentsOf(h.id())) {
          List<Weighing> weighings = new ArrayList<>();
          for (Visit v : POPULATION.visitsOf(r.id())) {
            for (ServiceRecord s : v.records()) {
              if (s instanceof Anthropometry && ((Anthropometry) s).weightKg().isPresent()
                  && ChronoUnit.MONTHS.between(r.birthDate(), v.date()) < 60) {
                weighings.add(new Weighing(v.date(), ((Anthropometry) s).weightKg().getAsDouble()));
              }
            }
          }
          children.add(new SkdnChild(r.birthDate(), true, weighings,
              WeightForAge.who2006(r.sex(), r.birthDate())));
        }
      }
      Skdn skdn = Skdn.of(END, children, monitor);
      assertThat(skdn.d()).isLessThanOrEqualTo(skdn.s());
      assertThat(skdn.d()).isEqualTo(skdn.n() + skdn.t() + skdn.o() + skdn.b());
      total = total.plus(skdn);
    }
    assertThat((double) total.d() / total.s()).as("D/S, seed %d", SEED).isBetween(0.55, 0.85);
    assertThat(total.t()).as("some balita do not gain weight").isPositive();
    assertThat(total.n()).as("some balita gain enough weight, seed %d", SEED).isPositive();
    assertThat(total.n() + total.t()).as("most weighed balita were weighed the month before too")
        .isGreaterThan(total.d() / 2);
  }

  @Test
  void aboutOneBalitaInFiveIsStuntedAndSomeAreWasted() {
    WhoGrowthStandards who = WhoGrowthStandards.standard();
    int measured = 0;
    int stunted = 0;
    int wasted = 0;
    for (Resident r : POPULATION.residents()) {
      List<Visit> visits = POPULATION.visitsOf(r.id());
      Anthropometry last = null;
      LocalDate date = null;
      for (Visit v : visits) {
        for (ServiceRecord s : v.records()) {
          if (s instanceof Anthropometry && ((Anthropometry) s).lengthOrHeightCm().isPresent()
              && ChronoUnit.MONTHS.between(r.birthDate(), v.date()) < 60) {
            last = (Anthropometry) s;
            date = v.date();
          }
        }
      }
      if (last == null) {
        continue;
      }
      AnthroInput in = AnthroInput.builder().sex(r.sex()).age(r.birthDate(), date)
          .weightKg(last.weightKg().getAsDouble())
          .lengthOrHeightCm(last.lengthOrHeightCm().getAsDouble())
          .position(MeasurePosition.valueOf(last.position().orElseThrow().name())).build();
      ZScore haz = who.zScore(Indicator.LENGTH_HEIGHT_FOR_AGE, in);
      ZScore whz = who.zScore(Indicator.WEIGHT_FOR_LENGTH_HEIGHT, in);
      measured++;
      stunted += haz.isComputed() && haz.value() < -2 ? 1 : 0;
      wasted += whz.isComputed() && whz.value() < -2 ? 1 : 0;
    }
    assertThat(measured).isGreaterThan(100);
    assertThat((double) stunted / measured).as("stunting, seed %d", SEED).isBetween(0.10, 0.32);
    assertThat((double) wasted / measured).as("wasting, seed %d", SEED).isBetween(0.02, 0.15);
  }

  @Test
  void generatesEveryAreasRecordsAndPregnancies() {
    assertThat(POPULATION.pregnancies()).isNotEmpty();
    assertThat(POPULATION.serviceRequests()).isNotEmpty();
    assertThat(POPULATION.visits().stream().flatMap(v -> v.records().stream())
        .map(ServiceRecord::area).distinct())
        .containsExactlyInAnyOrder(id.posyandu.core.SpmArea.values());
  }
}
