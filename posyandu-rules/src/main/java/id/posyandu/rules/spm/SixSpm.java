package id.posyandu.rules.spm;

import id.posyandu.core.code.KodeWilayah;
import id.posyandu.core.model.Household;
import id.posyandu.core.model.Pregnancy;
import id.posyandu.core.model.Resident;
import id.posyandu.core.model.ServiceRequest;
import id.posyandu.rules.LocalizedText;
import id.posyandu.rules.indicator.CriteriaRegistry;
import id.posyandu.rules.indicator.Criterion;
import id.posyandu.rules.indicator.EvaluationContext;
import id.posyandu.rules.indicator.FollowUp;
import id.posyandu.rules.indicator.IndicatorCatalog;
import id.posyandu.rules.indicator.IndicatorDefinition;
import id.posyandu.rules.indicator.IndicatorEngine;
import id.posyandu.rules.indicator.IndicatorReport;
import id.posyandu.rules.indicator.IndicatorTally;
import id.posyandu.rules.indicator.ReportLevel;
import id.posyandu.rules.indicator.ReportingPeriod;
import id.posyandu.rules.indicator.Scorecard;
import id.posyandu.rules.indicator.ScorecardWeights;
import id.posyandu.rules.indicator.Subjects;
import id.posyandu.rules.population.Population;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The six-SPM indicators of a population in one place: the built-in catalog ({@link #catalog()},
 * every indicator of the project's INDICATORS.md that the model can compute), the tally of a month,
 * the report at any level, follow-up lists, the Posyandu scorecard, and the home-visit list by risk.
 *
 * <p>Pure: every method takes the report month and an explicit as-of date; no clock is read.
 * Thread-safe: an instance holds only its immutable catalog and engine.
 */
public final class SixSpm {

  private static final String CATALOG_RESOURCE = "six-spm-catalog.json";

  /** The built-in catalog and registry, loaded once on first use. */
  private static final class Builtin {
    static final IndicatorCatalog CATALOG = load();
    static final SixSpm STANDARD = new SixSpm(CATALOG);

    private static IndicatorCatalog load() {
      try (InputStream in = SixSpm.class.getResourceAsStream(CATALOG_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("resource missing: " + CATALOG_RESOURCE);
        }
        IndicatorCatalog c = IndicatorCatalog.fromJson(in, CATALOG_RESOURCE,
            SixSpmCriteria.registry());
        checkHomeVisitRules(SixSpmCriteria.registry());
        return c;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final IndicatorCatalog catalog;
  private final IndicatorEngine engine;
  private final boolean parallel;

  private SixSpm(IndicatorCatalog catalog) {
    this(catalog, false);
  }

  private SixSpm(IndicatorCatalog catalog, boolean parallel) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.engine = IndicatorEngine.of(catalog);
    this.parallel = parallel;
  }

  /**
   * This facade evaluating on all cores: the subjects are split into chunks counted on the common
   * fork-join pool ({@link IndicatorEngine#evaluateParallel}) and the partial tallies merged. The
   * results are the same as sequential evaluation (the merge is associative and commutative); use it
   * for large populations when the caller's threads may be used this way (a command line tool, a
   * batch job), not inside a server that budgets its own threads.
   */
  public SixSpm inParallel() {
    return parallel ? this : new SixSpm(catalog, true);
  }

  /** Whether this facade evaluates on all cores ({@link #inParallel()}). */
  public boolean isParallel() {
    return parallel;
  }

  /** The built-in six-SPM catalog (resource {@code six-spm-catalog.json}), loaded once. */
  public static IndicatorCatalog catalog() {
    return Builtin.CATALOG;
  }

  /** The named criteria the built-in catalog uses; user catalogs may use them too. */
  public static CriteriaRegistry criteria() {
    return SixSpmCriteria.registry();
  }

  /** The facade on the built-in catalog. */
  public static SixSpm standard() {
    return Builtin.STANDARD;
  }

  /** The facade on another catalog (e.g. {@code catalog().with(kabupatenCatalog)}). */
  public static SixSpm of(IndicatorCatalog catalog) {
    return new SixSpm(catalog);
  }

  /**
   * The built-in catalog extended or overridden by a user catalog in the same JSON format: a
   * definition with an id of the built-in catalog replaces it (a kabupaten's own target, say).
   *
   * @throws IllegalArgumentException naming the indicator when the user catalog is malformed or names
   *     an unknown criterion
   */
  public static IndicatorCatalog catalogWith(InputStream userCatalogJson, String sourceName) {
    return catalog().with(IndicatorCatalog.fromJson(userCatalogJson, sourceName, criteria()));
  }

  /**
   * The subject views of a population: one per resident (its visits, pregnancies, household and
   * Posyandu from the population's indexes, without copying), per household (with the records about
   * it, see {@link HouseholdSubject}), per pregnancy and per service request. The resident and
   * household views are made on demand when the lists are read, from the population's positional
   * indexes, so a kabupaten's million residents cost no memory beyond the population itself;
   * pregnancy and request views (a few per hundred residents) are made here. Build it once and pass
   * it to the methods that take {@link SpmSubjects} when asking several questions of the same
   * population.
   */
  public static SpmSubjects subjects(Population population) {
    Objects.requireNonNull(population, "population");
    List<ResidentSubject> rs = new ViewList<>(population.residents().size(),
        i -> residentAt(population, i));
    List<HouseholdSubject> hs = new ViewList<>(population.households().size(), h -> {
      int[] members = population.memberPositionsOfHouseholdAt(h);
      List<ResidentSubject> ms = new ArrayList<>(members.length);
      for (int m : members) {
        ms.add(residentAt(population, m));
      }
      return HouseholdSubject.of(population.households().get(h), ms,
          population.posyanduIdOfHouseholdAt(h));
    });
    List<PregnancySubject> ps = new ArrayList<>(population.pregnancies().size());
    for (Pregnancy p : population.pregnancies()) {
      ps.add(PregnancySubject.of(p, residentAt(population,
          population.indexOfResident(p.residentId()))));
    }
    List<ServiceRequestSubject> qs = new ArrayList<>(population.serviceRequests().size());
    for (ServiceRequest q : population.serviceRequests()) {
      qs.add(new ServiceRequestSubject(q, population.posyanduId(q.posyandu())));
    }
    return new SpmSubjects(rs, hs, List.copyOf(ps), List.copyOf(qs), false);
  }

  private static ResidentSubject residentAt(Population population, int i) {
    return ResidentSubject.trusted(population.residents().get(i),
        population.visitsOfResidentAt(i), population.pregnanciesOfResidentAt(i),
        population.householdOfResidentAt(i), population.posyanduIdOfResidentAt(i));
  }

  /** {@link #evaluate(SpmSubjects, YearMonth, LocalDate)} of a population. */
  public IndicatorTally evaluate(Population population, YearMonth month, LocalDate asOf) {
    return evaluate(subjects(population), month, asOf);
  }

  /** The report of a population's month at a level (desa codes from the population). */
  public IndicatorReport report(Population population, YearMonth month, LocalDate asOf,
      ReportLevel level) {
    return report(subjects(population), population.posyanduDesa(), month, asOf, level);
  }

  /** The follow-up list of one indicator for one Posyandu (null: all) of a population. */
  public List<FollowUp> followUp(Population population, String indicatorId, String posyanduId,
      YearMonth month, LocalDate asOf) {
    return followUp(subjects(population), indicatorId, posyanduId, month, asOf);
  }

  /** The Posyandu scorecard of a population's month. */
  public Scorecard scorecard(Population population, YearMonth month, LocalDate asOf,
      ScorecardWeights weights) {
    return scorecard(subjects(population), population.posyanduDesa(), month, asOf, weights);
  }

  /**
   * The home-visit list by risk of a population (see
   * {@link #homeVisits(SpmSubjects, String, YearMonth, LocalDate)}).
   */
  public static List<HomeVisit> homeVisits(Population population, String posyanduId,
      YearMonth month, LocalDate asOf) {
    return homeVisits(subjects(population), posyanduId, month, asOf);
  }

  /** The catalog this facade evaluates. */
  public IndicatorCatalog indicators() {
    return catalog;
  }

  /** The engine on this facade's catalog. */
  public IndicatorEngine engine() {
    return engine;
  }

  /**
   * The counts of every indicator per Posyandu for a report month.
   *
   * @param subjects the subject views of the population
   * @param month the report month (each indicator is evaluated for the period of its type that
   *     contains it; see {@link IndicatorEngine#periodFor})
   * @param asOf the evaluation day: records after it are not seen
   */
  public IndicatorTally evaluate(SpmSubjects subjects, YearMonth month, LocalDate asOf) {
    return parallel ? engine.evaluateParallel(month, asOf, subjects.groups())
        : engine.evaluate(month, asOf, subjects.groups());
  }

  /**
   * The report of a month at a level.
   *
   * @param posyanduDesa the desa/kelurahan of each Posyandu id, for levels above Posyandu
   */
  public IndicatorReport report(SpmSubjects subjects, Map<String, KodeWilayah> posyanduDesa,
      YearMonth month, LocalDate asOf, ReportLevel level) {
    return IndicatorReport.of(catalog, evaluate(subjects, month, asOf), posyanduDesa, level);
  }

  /**
   * The follow-up list of one indicator for one Posyandu: who is in the denominator and not in the
   * numerator, with why.
   *
   * @param posyanduId the Posyandu, or null for all
   * @throws NoSuchElementException when the catalog has no such indicator
   */
  public List<FollowUp> followUp(SpmSubjects subjects, String indicatorId, String posyanduId,
      YearMonth month, LocalDate asOf) {
    IndicatorDefinition d = catalog.find(indicatorId).orElseThrow(() ->
        new NoSuchElementException("indikator tidak dikenal / unknown indicator: " + indicatorId));
    return engine.followUp(indicatorId, month, asOf, subjects.group(d.subject()), posyanduId);
  }

  /** The Posyandu scorecard of a month, ranked within desa, kecamatan and kabupaten/kota. */
  public Scorecard scorecard(SpmSubjects subjects, Map<String, KodeWilayah> posyanduDesa,
      YearMonth month, LocalDate asOf, ScorecardWeights weights) {
    return Scorecard.of(report(subjects, posyanduDesa, month, asOf, ReportLevel.POSYANDU),
        posyanduDesa, weights);
  }

  /**
   * The home-visit list by risk for a month: every resident, pregnancy and household whose findings
   * call for a visit (2T, below the red line, wasting, KEK or hypertension in pregnancy, overdue
   * immunization, out of school, RTLH: the rules and weights of {@code home_visit_weights.tsv}),
   * most urgent first (then by Posyandu and subject id), each with why.
   *
   * @param posyanduId the Posyandu, or null for all
   * @param month the month (findings are judged for this month, as of {@code asOf})
   */
  public static List<HomeVisit> homeVisits(SpmSubjects subjects, String posyanduId,
      YearMonth month, LocalDate asOf) {
    EvaluationContext ctx = new EvaluationContext(ReportingPeriod.month(month), asOf);
    List<HomeVisit> out = new ArrayList<>();
    collect(subjects.residentGroup(), posyanduId, ctx, r -> r.resident().householdId(), out);
    collect(subjects.pregnancyGroup(), posyanduId, ctx,
        p -> p.mother().resident().householdId(), out);
    collect(subjects.householdGroup(), posyanduId, ctx, HouseholdSubject::id, out);
    out.sort(Comparator.comparingInt(HomeVisit::urgency).reversed()
        .thenComparing(HomeVisit::posyanduId).thenComparing(HomeVisit::subjectId));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static <S> void collect(Subjects<S> group, String posyanduId, EvaluationContext ctx,
      java.util.function.Function<S, String> household, List<HomeVisit> out) {
    List<SpmReference.HomeVisitRule> rules = new ArrayList<>();
    List<Criterion<S>> criteria = new ArrayList<>();
    for (SpmReference.HomeVisitRule rule : SpmReference.INSTANCE.homeVisitRules) {
      if (rule.subject() == group.type()) {
        rules.add(rule);
        criteria.add((Criterion<S>) criteria().find(rule.criterion()).orElseThrow());
      }
    }
    if (rules.isEmpty()) {
      return;
    }
    for (S s : group.items()) {
      String p = group.posyanduId().apply(s);
      if (posyanduId != null && !posyanduId.equals(p)) {
        continue;
      }
      int urgency = 0;
      List<String> codes = new ArrayList<>(2);
      List<LocalizedText> why = new ArrayList<>(2);
      for (int i = 0; i < rules.size(); i++) {
        if (criteria.get(i).test(s, ctx)) {
          urgency += rules.get(i).weight();
          codes.add(rules.get(i).code());
          why.add(rules.get(i).label());
        }
      }
      if (!codes.isEmpty()) {
        out.add(new HomeVisit(group.type(), group.id().apply(s), household.apply(s), p, urgency,
            codes, why));
      }
    }
  }

  /** Every home-visit rule names a registered criterion of its subject type. */
  static void checkHomeVisitRules(CriteriaRegistry registry) {
    for (SpmReference.HomeVisitRule rule : SpmReference.INSTANCE.homeVisitRules) {
      Criterion<?> c = registry.find(rule.criterion()).orElseThrow(() -> new IllegalStateException(
          "home_visit_weights.tsv: " + rule.code() + " names an unknown criterion "
              + rule.criterion()));
      if (c.subjectType() != rule.subject()) {
        throw new IllegalStateException("home_visit_weights.tsv: " + rule.code() + ": criterion "
            + rule.criterion() + " tests " + c.subjectType() + ", not " + rule.subject());
      }
    }
  }
}
