package id.posyandu.json;

import id.posyandu.core.Sex;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.rules.Finding;
import id.posyandu.rules.anthro.AnthroInput;
import id.posyandu.rules.anthro.Indicator;
import id.posyandu.rules.anthro.NutritionAssessment;
import id.posyandu.rules.anthro.Permenkes2020;
import id.posyandu.rules.anthro.PermenkesIndex;
import id.posyandu.rules.anthro.WhoGrowthStandards;
import id.posyandu.rules.indicator.FollowUp;
import id.posyandu.rules.indicator.IndicatorReport;
import id.posyandu.rules.indicator.ReportLevel;
import id.posyandu.rules.indicator.ReportingPeriod;
import id.posyandu.rules.population.Population;
import id.posyandu.testkit.SyntheticPopulation;
import id.posyandu.rules.screening.KekGroup;
import id.posyandu.rules.screening.Screening;
import id.posyandu.rules.spm.HomeVisit;
import id.posyandu.rules.spm.SixSpm;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Real results computed by the rules, fixed (no clock, seeded population): one sample per result
 * type, by its {@link RecordTypes#results()} name. A list stands for several values of the type.
 */
final class ResultSamples {

  static final YearMonth MONTH = YearMonth.of(2026, 8);
  static final LocalDate AS_OF = MONTH.atEndOfMonth();
  static final long SEED = 7L;

  private static Map<String, Object> samples;

  private ResultSamples() {}

  /** A toddler of 18 months measured lying down, with head and arm circumference. */
  static AnthroInput toddler() {
    return AnthroInput.builder().sex(Sex.FEMALE)
        .age(LocalDate.of(2024, 11, 3), LocalDate.of(2026, 5, 3))
        .weightKg(8.4).lengthOrHeightCm(76.2).position(MeasurePosition.RECUMBENT)
        .headCircumferenceCm(45.1).armCircumferenceCm(13.2).build();
  }

  /** A boy of 7 years, weighed and measured standing. */
  static AnthroInput schoolChild() {
    return AnthroInput.builder().sex(Sex.MALE)
        .age(LocalDate.of(2019, 2, 14), LocalDate.of(2026, 5, 3))
        .weightKg(19.6).lengthOrHeightCm(114.8).position(MeasurePosition.STANDING).build();
  }

  /** The samples, by result type name (computed once). */
  static synchronized Map<String, Object> all() {
    if (samples == null) {
      samples = compute();
    }
    return samples;
  }

  private static Map<String, Object> compute() {
    WhoGrowthStandards who = WhoGrowthStandards.standard();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("zScore", List.of(who.zScore(Indicator.WEIGHT_FOR_AGE, toddler()),
        who.zScore(Indicator.TRICEPS_SKINFOLD_FOR_AGE, toddler()),
        who.zScore(Indicator.WEIGHT_FOR_AGE, schoolChild())));
    m.put("anthroResult", who.anthro(toddler()));
    m.put("anthroPlusResult", who.anthroPlus(schoolChild()));
    NutritionAssessment assessment = Permenkes2020.standard().assess(toddler());
    m.put("nutritionStatus", List.of(assessment.status(PermenkesIndex.PB_TB_U),
        assessment.status(PermenkesIndex.IMT_U_5_18)));
    m.put("conditionResult", List.of(assessment.stunting(), assessment.wasting()));
    m.put("nutritionAssessment", assessment);
    Screening screening = Screening.standard();
    List<Finding> findings = List.of(screening.kek(KekGroup.PREGNANT, OptionalDouble.of(22.1)),
        screening.kek(KekGroup.PREGNANT, OptionalDouble.empty()));
    m.put("finding", findings);
    Population p = SyntheticPopulation.builder().residents(300).seed(SEED).months(3)
        .endMonth(MONTH).build().generate();
    IndicatorReport report = SixSpm.standard().report(p, MONTH, AS_OF, ReportLevel.KABKOTA);
    m.put("reportingPeriod", List.of(report.rows().get(0).period(),
        ReportingPeriod.campaign(MONTH), ReportingPeriod.quarter(2026, 3)));
    m.put("reportRow", report.rows().subList(0, Math.min(3, report.rows().size())));
    m.put("indicatorReport", report);
    String posyandu = p.posyanduId(p.posyandu().get(0).registrationNumber());
    List<FollowUp> followUps = SixSpm.standard().followUp(p, "KES-DS", posyandu, MONTH, AS_OF);
    m.put("followUp", followUps.subList(0, Math.min(3, followUps.size())));
    List<HomeVisit> visits = SixSpm.homeVisits(p, null, MONTH, AS_OF);
    m.put("homeVisit", visits.subList(0, Math.min(3, visits.size())));
    return m;
  }

  /** The values of a sample: the list's elements, or the one value. */
  static List<?> values(String name) {
    Object o = all().get(name);
    return o instanceof List<?> l ? l : List.of(o);
  }
}
