package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import id.posyandu.core.validation.PlausibleRange;
import org.immutables.value.Value;

/**
 * A haemoglobin reading (kadar Hb) in g/dL, e.g. by a point-of-care Hb meter. Anaemia cut-offs
 * (WHO 2011 as adopted by Kemenkes) are a rule.
 */
@Value.Immutable
public abstract class Haemoglobin implements ServiceRecord {

  /** Haemoglobin in g/dL. */
  @PlausibleRange(min = "2", max = "25", unit = "g/dL")
  public abstract double gPerDl();

  /** {@link SpmArea#KESEHATAN}. */
  @Override
  public final SpmArea area() {
    return SpmArea.KESEHATAN;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Haemoglobin}. */
  public static final class Builder extends ImmutableHaemoglobin.Builder {}
}
