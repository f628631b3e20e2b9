package id.posyandu.rules.indicator;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The counts of every indicator per Posyandu and period: the partial result of the engine. Tallies
 * merge with {@link #merge(IndicatorTally)}, which is associative and commutative with
 * {@link #EMPTY} as identity, so the same evaluation runs on one thread, on a parallel stream
 * ({@code reduce(IndicatorTally.EMPTY, IndicatorTally::merge)}) or in a distributed aggregate.
 */
public final class IndicatorTally implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** No counts. */
  public static final IndicatorTally EMPTY = new IndicatorTally(Map.of());

  private final Map<TallyKey, Count> counts;

  /** A tally of these counts. */
  public IndicatorTally(Map<TallyKey, Count> counts) {
    this.counts = Collections.unmodifiableMap(new HashMap<>(counts));
  }

  /** The counts by key. */
  public Map<TallyKey, Count> counts() {
    return counts;
  }

  /** The count of a key (zero when absent). */
  public Count get(TallyKey key) {
    return counts.getOrDefault(key, Count.ZERO);
  }

  /** The sum of two tallies. */
  public IndicatorTally merge(IndicatorTally other) {
    if (other.counts.isEmpty()) {
      return this;
    }
    if (counts.isEmpty()) {
      return other;
    }
    Map<TallyKey, Count> m = new HashMap<>(counts);
    other.counts.forEach((k, v) -> m.merge(k, v, Count::plus));
    return new IndicatorTally(m);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndicatorTally t && t.counts.equals(counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  @Override
  public String toString() {
    return "IndicatorTally" + counts;
  }
}
