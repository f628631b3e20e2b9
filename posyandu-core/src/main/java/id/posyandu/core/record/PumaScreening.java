package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import id.posyandu.core.validation.PlausibleRange;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.List;
import org.immutables.value.Value;

/**
 * PUMA COPD screening (skrining PPOK, ILP juknis; age 40 and over): the points of each of its seven
 * questions as recorded on Formulir 4. The total is computed, never stored; the cut-off is a rule.
 */
@Value.Immutable
public abstract class PumaScreening implements ServiceRecord {

  /** Number of PUMA questions. */
  public static final int ITEMS = 7;

  /** Points of each question, in form order (0-2 each). */
  @Size(min = ITEMS, max = ITEMS)
  @PlausibleRange(min = "0", max = "2", unit = "points", payload = Unwrapping.Unwrap.class)
  public abstract List<Integer> itemPoints();

  /** The PUMA score: the sum of {@link #itemPoints()}. */
  public final int score() {
    return itemPoints().stream().mapToInt(Integer::intValue).sum();
  }

  /** {@link SpmArea#KESEHATAN}. */
  @Override
  public final SpmArea area() {
    return SpmArea.KESEHATAN;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PumaScreening}. */
  public static final class Builder extends ImmutablePumaScreening.Builder {}
}
