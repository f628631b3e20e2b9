package id.posyandu.testkit.plain;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.model.Resident;
import id.posyandu.core.record.Visit;
import id.posyandu.rules.indicator.Count;
import id.posyandu.rules.indicator.FollowUp;
import id.posyandu.rules.indicator.IndicatorReport;
import id.posyandu.rules.indicator.ReportLevel;
import id.posyandu.rules.indicator.ReportRow;
import id.posyandu.rules.population.Population;
import id.posyandu.rules.spm.SixSpm;
import id.posyandu.testkit.SyntheticPopulation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The engine's six-SPM report (at Posyandu level, every month of generated populations of several
 * seeds) agrees with {@link PlainRules} on every SKDN indicator and KES-IDL, numerator and
 * denominator. A difference fails with the month, the Posyandu, the indicator, and each child whose
 * membership differs, with the plain rule's reason and the engine's.
 */
class PlainRulesComparisonTest {

  static final YearMonth END = YearMonth.of(2026, 10);
  static final int MONTHS = 12;
  static final long[] SEEDS = {3L, 11L, 20240101L};
  static final int RESIDENTS = 5_000;

  /** Per indicator: the plain denominator and numerator of one child in one month. */
  private record Plain(Predicate<Facts> denominator, Predicate<Facts> numerator) {}

  /** What the plain rules say of one child in one month. */
  private record Facts(PlainRules.Skdn skdn, boolean turns12, String idlMissing) {
    String why() {
      return skdn.why() + (turns12 ? "; IDL: " + (idlMissing.isEmpty() ? "complete" : idlMissing)
          : "");
    }
  }

  private static final Map<String, Plain> INDICATORS = new TreeMap<>();

  static {
    Predicate<Facts> s = f -> f.skdn().s();
    Predicate<Facts> d = f -> f.skdn().d();
    INDICATORS.put("KES-SKDN-S", new Plain(s, s));
    INDICATORS.put("KES-SKDN-K", new Plain(s, f -> f.skdn().k()));
    INDICATORS.put("KES-SKDN-D", new Plain(s, d));
    for (String st : List.of("N", "T", "O", "B")) {
      INDICATORS.put("KES-SKDN-" + st, new Plain(s, f -> f.skdn().status().equals(st)));
    }
    INDICATORS.put("KES-DS", new Plain(s, d));
    INDICATORS.put("KES-KS", new Plain(s, f -> f.skdn().k()));
    INDICATORS.put("KES-NS", new Plain(s, f -> f.skdn().status().equals("N")));
    INDICATORS.put("KES-ND", new Plain(s.and(d), f -> f.skdn().status().equals("N")));
    INDICATORS.put("KES-2T", new Plain(s.and(d), f -> f.skdn().twoT()));
    INDICATORS.put("KES-BGM", new Plain(s.and(d), f -> f.skdn().bgm()));
    INDICATORS.put("KES-IDL", new Plain(Facts::turns12, f -> f.idlMissing().isEmpty()));
  }

  @Test
  void theEngineAgreesWithThePlainRulesOnEveryPosyanduMonthOfSeveralSeeds() {
    List<String> differences = new ArrayList<>();
    Map<String, long[]> totals = new TreeMap<>();
    for (long seed : SEEDS) {
      Population p = SyntheticPopulation.builder().residents(RESIDENTS).seed(seed).months(MONTHS)
          .endMonth(END).build().generate();
      for (YearMonth month = END.minusMonths(MONTHS - 1); !month.isAfter(END);
          month = month.plusMonths(1)) {
        compare(p, seed, month, differences, totals);
      }
    }
    assertThat(differences).as("engine vs plain rules").isEmpty();
    // Not vacuous: every indicator has children in its numerator and outside it.
    assertThat(totals).hasSize(INDICATORS.size()).allSatisfy((id, t) -> {
      assertThat(t[0]).as(id + " numerator").isPositive();
      assertThat(t[1]).as(id + " denominator").isGreaterThanOrEqualTo(t[0]);
    });
    assertThat(totals.get("KES-IDL")[1]).isGreaterThan(totals.get("KES-IDL")[0]);
  }

  private static void compare(Population p, long seed, YearMonth month, List<String> out,
      Map<String, long[]> totals) {
    LocalDate asOf = month.atEndOfMonth();
    Map<String, Map<String, Facts>> byPosyandu = new HashMap<>();
    for (Resident r : p.residents()) {
      List<Visit> visits = p.visitsOf(r.id());
      LocalDate twelve = PlainRules.twelveMonths(r.birthDate());
      boolean turns12 = YearMonth.from(twelve).equals(month);
      Facts f = new Facts(PlainRules.skdn(r, visits, month), turns12,
          turns12 ? PlainRules.idlMissing(r, visits) : "");
      byPosyandu.computeIfAbsent(p.posyanduIdOfResident(r.id()), k -> new HashMap<>())
          .put(r.id(), f);
    }
    IndicatorReport report = SixSpm.standard().report(p, month, asOf, ReportLevel.POSYANDU);
    for (Map.Entry<String, Map<String, Facts>> unit : byPosyandu.entrySet()) {
      for (Map.Entry<String, Plain> ind : INDICATORS.entrySet()) {
        long den = 0;
        long num = 0;
        for (Facts f : unit.getValue().values()) {
          if (ind.getValue().denominator().test(f)) {
            den++;
            num += ind.getValue().numerator().test(f) ? 1 : 0;
          }
        }
        long[] t = totals.computeIfAbsent(ind.getKey(), k -> new long[2]);
        t[0] += num;
        t[1] += den;
        Count engine = report.row(ind.getKey(), unit.getKey()).map(ReportRow::count)
            .orElse(Count.ZERO);
        if (engine.numerator() != num || engine.denominator() != den) {
          out.add("seed " + seed + " " + month + " Posyandu " + unit.getKey() + " " + ind.getKey()
              + ": engine " + engine.numerator() + "/" + engine.denominator() + ", plain " + num
              + "/" + den + children(p, month, asOf, unit.getKey(), ind, unit.getValue()));
        }
      }
    }
  }

  /** The children whose membership differs, with both reasons. */
  private static String children(Population p, YearMonth month, LocalDate asOf, String posyandu,
      Map.Entry<String, Plain> ind, Map<String, Facts> facts) {
    StringBuilder sb = new StringBuilder();
    for (FollowUp fu : SixSpm.standard().followUp(p, ind.getKey(), posyandu, month, asOf)) {
      Facts f = facts.get(fu.subjectId());
      if (f == null) {
        continue;
      }
      boolean den = ind.getValue().denominator().test(f);
      boolean num = den && ind.getValue().numerator().test(f);
      if (den != fu.inDenominator() || num != (fu.inDenominator() && fu.inNumerator())) {
        Resident r = p.resident(fu.subjectId()).orElseThrow();
        sb.append("\n  child ").append(r.id()).append(" born ").append(r.birthDate())
            .append(": engine ").append(fu.inDenominator() ? fu.inNumerator() ? "num" : "den" : "-")
            .append(", plain ").append(den ? num ? "num" : "den" : "-")
            .append("; plain: ").append(f.why()).append("; engine: ").append(fu.reasons().stream()
                .map(t -> t.en()).toList());
      }
    }
    return sb.toString();
  }
}
