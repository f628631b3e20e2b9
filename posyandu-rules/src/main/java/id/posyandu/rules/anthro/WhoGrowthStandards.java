package id.posyandu.rules.anthro;

import id.posyandu.core.record.MeasurePosition;
import id.posyandu.rules.Citation;
import id.posyandu.rules.anthro.internal.BatchOutput;
import id.posyandu.rules.anthro.internal.Child;
import id.posyandu.rules.anthro.internal.GrowthEngine;
import id.posyandu.rules.anthro.internal.Lms;
import id.posyandu.rules.anthro.internal.Status;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.apiguardian.api.API;

/**
 * WHO growth standard z-scores, exact to WHO's own software: WHO Anthro (R package {@code anthro}
 * 1.1.0.9000, WHO Child Growth Standards 2006, 0-5 years) and WHO AnthroPlus (R package
 * {@code anthroplus}, WHO Reference 2007, 5-19 years).
 *
 * <p>The algorithm is WHO's, read from its R source ({@code docs/ALGORITHM.md}):
 * the age in days rounded half up (730.5 days is 731) to look up the daily tables; length/height
 * standardised by 0.7 cm at 731 days; a standing measure below 9 months ignored
 * ({@code c9mo_flag}); weight-for-length below 731 days and weight-for-height from 731, interpolated
 * between 0.1 cm rows; the restricted LMS method beyond +-3 SD for weight-based indicators only; no
 * weight-based z-score with oedema; 0-5 y z-scores only below 60 months; 5-19 y tables interpolated
 * between months; flags on the z rounded to 2 decimals. WHO's golden outputs are reproduced exactly
 * (see the tests).
 *
 * <p>Immutable and thread-safe; the reference tables are loaded once, on first use, and checked.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class WhoGrowthStandards {

  private static final Indicator[] INDICATORS = Indicator.values();
  private static final NotComputedReason[] REASONS = NotComputedReason.values();
  private static final EnumSet<Indicator> ANTHRO = EnumSet.range(Indicator.LENGTH_HEIGHT_FOR_AGE,
      Indicator.SUBSCAPULAR_SKINFOLD_FOR_AGE);
  private static final EnumSet<Indicator> ANTHRO_PLUS = EnumSet.range(Indicator.HEIGHT_FOR_AGE_2007,
      Indicator.BMI_FOR_AGE_2007);
  /** Children per task of {@link #computeParallel}. */
  private static final int CHUNK = 1 << 14;

  private final GrowthEngine engine;
  private final Who2007AgeRange who2007AgeRange;

  private WhoGrowthStandards(Who2007AgeRange range) {
    this.who2007AgeRange = range;
    this.engine = GrowthEngine.create(range == Who2007AgeRange.PUBLISHED);
    for (Indicator i : INDICATORS) {
      if (!engine.name(i.ordinal()).equals(i.name())
          || !engine.zColumn(i.ordinal()).equals(i.zColumn())
          || !engine.flagColumn(i.ordinal()).equals(i.flagColumn())) {
        throw new IllegalStateException("who_anthro_indicators.tsv does not list " + i
            + " in position " + i.ordinal());
      }
    }
  }

  private static final class Holder {
    static final WhoGrowthStandards PUBLISHED = new WhoGrowthStandards(Who2007AgeRange.PUBLISHED);
  }

  /** WHO Anthro and the published WHO AnthroPlus (the age ranges of WHO's golden outputs). */
  public static WhoGrowthStandards standard() {
    return Holder.PUBLISHED;
  }

  /** The standards with a choice of AnthroPlus's age limits. */
  public static WhoGrowthStandards with(Who2007AgeRange range) {
    Objects.requireNonNull(range, "range");
    return range == Who2007AgeRange.PUBLISHED ? standard() : new WhoGrowthStandards(range);
  }

  /** The AnthroPlus age limits applied. */
  public Who2007AgeRange who2007AgeRange() {
    return who2007AgeRange;
  }

  /** The sources of the tables and indicator rules used. */
  public List<Citation> citations() {
    return engine.citations();
  }

  /** The source of an indicator's table. */
  public Citation citation(Indicator indicator) {
    return engine.citation(indicator.ordinal());
  }

  /** Whether an indicator uses WHO's restricted LMS method beyond +-3 SD (weight-based ones). */
  public boolean restricted(Indicator indicator) {
    return engine.restricted(indicator.ordinal());
  }

  /** The WHO Anthro (0-5 y) outputs of one child. */
  public AnthroResult anthro(AnthroInput input) {
    Child c = child(input);
    engine.derive(c);
    EnumMap<Indicator, ZScore> scores = new EnumMap<>(Indicator.class);
    for (Indicator i : ANTHRO) {
      scores.put(i, score(i, c));
    }
    return new AnthroResult(c.clenhei, c.cbmi, c.c9mo, scores);
  }

  /** The WHO AnthroPlus (5-19 y) outputs of one child; the length/height is taken as height. */
  public AnthroPlusResult anthroPlus(AnthroInput input) {
    Child c = child(input);
    engine.derive(c);
    EnumMap<Indicator, ZScore> scores = new EnumMap<>(Indicator.class);
    for (Indicator i : ANTHRO_PLUS) {
      scores.put(i, score(i, c));
    }
    return new AnthroPlusResult(GrowthEngine.measurement(GrowthEngine.BFA, c), scores);
  }

  /** One z-score of one child. */
  public ZScore zScore(Indicator indicator, AnthroInput input) {
    Child c = child(input);
    engine.derive(c);
    return score(indicator, c);
  }

  private ZScore score(Indicator indicator, Child c) {
    int k = indicator.ordinal();
    byte st = engine.status(k, c);
    if (st != Status.OK) {
      return ZScore.notComputed(indicator, reason(st));
    }
    double raw = engine.raw(k, c);
    double rounded = Lms.round2(raw);
    return ZScore.computed(indicator, raw, rounded, engine.flagged(k, rounded));
  }

  static NotComputedReason reason(byte status) {
    return REASONS[status - Status.FIRST_REASON];
  }

  private static Child child(AnthroInput in) {
    Child c = new Child();
    in.sex().ifPresent(s -> c.sex = s.whoCode());
    in.age().ifPresent(a -> {
      c.ageDays = a.days();
      c.ageMonths = a.months();
    });
    c.weight = in.weightKg().orElse(Double.NaN);
    c.lenhei = in.lengthOrHeightCm().orElse(Double.NaN);
    c.measure = in.position().map(WhoGrowthStandards::positionCode).orElse(Child.POSITION_UNKNOWN);
    c.headc = in.headCircumferenceCm().orElse(Double.NaN);
    c.armc = in.armCircumferenceCm().orElse(Double.NaN);
    c.triskin = in.tricepsSkinfoldMm().orElse(Double.NaN);
    c.subskin = in.subscapularSkinfoldMm().orElse(Double.NaN);
    c.oedema = in.oedema();
    return c;
  }

  static int positionCode(MeasurePosition p) {
    return p == MeasurePosition.RECUMBENT ? Child.RECUMBENT : Child.STANDING;
  }

  /**
   * Computes every indicator for every child of a batch, on the calling thread.
   *
   * @return the results, column by column
   */
  public AnthroBatchResult compute(AnthroBatch batch) {
    return compute(batch, EnumSet.allOf(Indicator.class));
  }

  /** Computes the given indicators for every child of a batch, on the calling thread. */
  public AnthroBatchResult compute(AnthroBatch batch, Set<Indicator> indicators) {
    BatchOutput out = new BatchOutput(batch.size(), wanted(indicators));
    engine.compute(batch.data(), out, 0, batch.size());
    return new AnthroBatchResult(batch.size(), out);
  }

  /**
   * Computes the given indicators for every child of a batch, in parallel on the common fork-join
   * pool; the results equal {@link #compute(AnthroBatch, Set)}'s.
   */
  public AnthroBatchResult computeParallel(AnthroBatch batch, Set<Indicator> indicators) {
    BatchOutput out = new BatchOutput(batch.size(), wanted(indicators));
    int n = batch.size();
    IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().forEach(t ->
        engine.compute(batch.data(), out, t * CHUNK, Math.min(n, (t + 1) * CHUNK)));
    return new AnthroBatchResult(n, out);
  }

  private static boolean[] wanted(Set<Indicator> indicators) {
    boolean[] wanted = new boolean[GrowthEngine.COUNT];
    for (Indicator i : indicators) {
      wanted[i.ordinal()] = true;
    }
    return wanted;
  }
}
