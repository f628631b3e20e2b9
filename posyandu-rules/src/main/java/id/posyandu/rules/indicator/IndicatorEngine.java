package id.posyandu.rules.indicator;

import id.posyandu.rules.LocalizedText;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Evaluates every indicator of a catalog in one pass over the subjects.
 *
 * <p>For a report month, each indicator is evaluated for the period of its type that the month falls
 * in ({@link #periodFor}): the month itself, its quarter, its year, or the latest campaign month
 * (February or August) not after it. Records after the as-of date are not seen. The result is an
 * {@link IndicatorTally} per Posyandu, which merges associatively: evaluate chunks of the population
 * anywhere and merge the tallies.
 *
 * <p>Thread-safe: the engine holds only its immutable catalog.
 */
public final class IndicatorEngine {

  /** The fewest subjects a parallel chunk holds. */
  private static final int MIN_CHUNK = 4096;

  private final IndicatorCatalog catalog;

  private IndicatorEngine(IndicatorCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /** An engine for this catalog. */
  public static IndicatorEngine of(IndicatorCatalog catalog) {
    return new IndicatorEngine(catalog);
  }

  /** The catalog evaluated. */
  public IndicatorCatalog catalog() {
    return catalog;
  }

  /**
   * The period an indicator of this period type is evaluated for in a report month.
   */
  public static ReportingPeriod periodFor(PeriodType type, YearMonth month) {
    if (type == PeriodType.CAMPAIGN_MONTH) {
      YearMonth m = month;
      while (m.getMonth() != Month.FEBRUARY && m.getMonth() != Month.AUGUST) {
        m = m.minusMonths(1);
      }
      return ReportingPeriod.campaign(m);
    }
    return ReportingPeriod.containing(type, month.atDay(1));
  }

  /**
   * Evaluates every indicator over every group of subjects.
   *
   * @param month the report month
   * @param asOf the evaluation day (records after it are not seen); at or after the month's start
   * @param population the subjects, one group per type
   */
  public IndicatorTally evaluate(YearMonth month, LocalDate asOf, List<Subjects<?>> population) {
    IndicatorTally total = IndicatorTally.EMPTY;
    for (Subjects<?> s : population) {
      total = total.merge(evaluate(month, asOf, s));
    }
    return total;
  }

  /**
   * {@link #evaluate(YearMonth, LocalDate, List)} on all cores: each group whose items are a
   * random-access {@link List} is cut into chunks that are evaluated on the common fork-join pool,
   * and the partial tallies are merged ({@link IndicatorTally#merge}, associative and commutative,
   * so the result equals the sequential one). Groups given as another {@link Iterable} are
   * evaluated on the calling thread. The subjects must be safe to read from several threads.
   */
  public IndicatorTally evaluateParallel(YearMonth month, LocalDate asOf,
      List<Subjects<?>> population) {
    IndicatorTally total = IndicatorTally.EMPTY;
    for (Subjects<?> s : population) {
      total = total.merge(evaluateParallel(month, asOf, s));
    }
    return total;
  }

  private <S> IndicatorTally evaluateParallel(YearMonth month, LocalDate asOf,
      Subjects<S> subjects) {
    if (!(subjects.items() instanceof List<S> list) || !(list instanceof RandomAccess)
        || list.size() < 2 * MIN_CHUNK) {
      return evaluate(month, asOf, subjects);
    }
    int n = list.size();
    int chunks = Math.max(1, Math.min(n / MIN_CHUNK,
        4 * ForkJoinPool.getCommonPoolParallelism()));
    return IntStream.range(0, chunks).parallel()
        .mapToObj(c -> evaluate(month, asOf, new Subjects<>(subjects.type(),
            list.subList((int) ((long) n * c / chunks), (int) ((long) n * (c + 1) / chunks)),
            subjects.id(), subjects.posyanduId())))
        .reduce(IndicatorTally.EMPTY, IndicatorTally::merge);
  }

  /** Evaluates the indicators of one subject type over a group of subjects: a partial tally. */
  public <S> IndicatorTally evaluate(YearMonth month, LocalDate asOf, Subjects<S> subjects) {
    List<IndicatorCatalog.Entry<S>> entries = entriesFor(subjects.type());
    if (entries.isEmpty()) {
      return IndicatorTally.EMPTY;
    }
    int n = entries.size();
    EvaluationContext[] ctx = contexts(entries, month, asOf);
    Map<String, long[]> byPosyandu = new HashMap<>();
    for (S subject : subjects.items()) {
      long[] acc = byPosyandu.computeIfAbsent(subjects.posyanduId().apply(subject),
          k -> new long[2 * n]);
      for (int i = 0; i < n; i++) {
        IndicatorCatalog.Entry<S> e = entries.get(i);
        if (e.inDenominator(subject, ctx[i])) {
          acc[2 * i + 1]++;
          if (e.numerator.test(subject, ctx[i])) {
            acc[2 * i]++;
          }
        }
      }
    }
    Map<TallyKey, Count> counts = new HashMap<>();
    byPosyandu.forEach((posyandu, acc) -> {
      for (int i = 0; i < n; i++) {
        counts.put(new TallyKey(entries.get(i).definition.id(), posyandu, ctx[i].period()),
            new Count(acc[2 * i], acc[2 * i + 1]));
      }
    });
    return new IndicatorTally(counts);
  }

  /**
   * The follow-up list of one indicator for one Posyandu: the subjects in the denominator and not in
   * the numerator, each with the criteria it failed, in the order given.
   *
   * @throws NoSuchElementException when the catalog has no such indicator
   * @throws IllegalArgumentException when the subjects are not of the indicator's subject type
   */
  public <S> List<FollowUp> followUp(String indicatorId, YearMonth month, LocalDate asOf,
      Subjects<S> subjects, String posyanduId) {
    IndicatorCatalog.Entry<S> e = entry(indicatorId, subjects.type());
    EvaluationContext ctx = new EvaluationContext(periodFor(e.definition.periodType(), month), asOf);
    List<FollowUp> out = new ArrayList<>();
    for (S s : subjects.items()) {
      if (posyanduId != null && !posyanduId.equals(subjects.posyanduId().apply(s))) {
        continue;
      }
      if (e.inDenominator(s, ctx) && !e.numerator.test(s, ctx)) {
        out.add(explain(e, s, subjects, ctx));
      }
    }
    return out;
  }

  /**
   * Why a subject is, or is not, in an indicator's denominator and numerator.
   *
   * @throws NoSuchElementException when the catalog has no such indicator
   */
  public <S> FollowUp explain(String indicatorId, YearMonth month, LocalDate asOf,
      Subjects<S> subjects, S subject) {
    IndicatorCatalog.Entry<S> e = entry(indicatorId, subjects.type());
    EvaluationContext ctx = new EvaluationContext(periodFor(e.definition.periodType(), month), asOf);
    return explain(e, subject, subjects, ctx);
  }

  private static <S> FollowUp explain(IndicatorCatalog.Entry<S> e, S s, Subjects<S> subjects,
      EvaluationContext ctx) {
    List<LocalizedText> why = new ArrayList<>();
    boolean den = e.denominator.test(s, ctx);
    boolean excluded = den && e.exclusion != null && e.exclusion.test(s, ctx);
    boolean num = den && !excluded && e.numerator.test(s, ctx);
    if (!den) {
      why.add(new LocalizedText("Bukan sasaran (penyebut):", "Not in the denominator:"));
      e.denominator.whyFalse(s, ctx, why);
    } else if (excluded) {
      why.add(new LocalizedText("Dikecualikan:", "Excluded:"));
      e.exclusion.whyTrue(s, ctx, why);
    } else if (num) {
      why.add(new LocalizedText("Sudah terlayani (pembilang):", "Served (numerator):"));
      e.numerator.whyTrue(s, ctx, why);
    } else {
      why.add(new LocalizedText("Belum terlayani:", "Not yet served:"));
      e.numerator.whyFalse(s, ctx, why);
    }
    return new FollowUp(e.definition.id(), subjects.id().apply(s), subjects.posyanduId().apply(s),
        den && !excluded, excluded, num, why);
  }

  @SuppressWarnings("unchecked")
  private <S> IndicatorCatalog.Entry<S> entry(String indicatorId, SubjectType type) {
    IndicatorCatalog.Entry<?> e = catalog.entries().get(indicatorId);
    if (e == null) {
      throw new NoSuchElementException("indikator tidak dikenal / unknown indicator: "
          + indicatorId);
    }
    if (e.definition.subject() != type) {
      throw new IllegalArgumentException(indicatorId + " counts " + e.definition.subject()
          + ", not " + type);
    }
    return (IndicatorCatalog.Entry<S>) e;
  }

  @SuppressWarnings("unchecked")
  private <S> List<IndicatorCatalog.Entry<S>> entriesFor(SubjectType type) {
    List<IndicatorCatalog.Entry<S>> out = new ArrayList<>();
    for (IndicatorCatalog.Entry<?> e : catalog.entries().values()) {
      if (e.definition.subject() == type) {
        out.add((IndicatorCatalog.Entry<S>) e);
      }
    }
    return out;
  }

  private static <S> EvaluationContext[] contexts(List<IndicatorCatalog.Entry<S>> entries,
      YearMonth month, LocalDate asOf) {
    Map<PeriodType, EvaluationContext> byType = new EnumMap<>(PeriodType.class);
    EvaluationContext[] out = new EvaluationContext[entries.size()];
    for (int i = 0; i < out.length; i++) {
      PeriodType t = entries.get(i).definition.periodType();
      out[i] = byType.computeIfAbsent(t, k -> new EvaluationContext(periodFor(k, month), asOf));
    }
    return out;
  }
}
