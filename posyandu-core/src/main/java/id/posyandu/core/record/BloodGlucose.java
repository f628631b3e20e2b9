package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import id.posyandu.core.validation.PlausibleRange;
import org.immutables.value.Value;

/**
 * A capillary blood glucose reading (gula darah) in mg/dL, as read on the glucometer, with the kind
 * of test. Classification (ILP juknis Tables 23-24) is a rule.
 */
@Value.Immutable
public abstract class BloodGlucose implements ServiceRecord {

  /** Kind of test: random (GDS), fasting (GDP) or two hours after a meal or glucose load. */
  public enum TestType {
    /** Gula darah sewaktu (random). */
    RANDOM,
    /** Gula darah puasa (fasting). */
    FASTING,
    /** Gula darah 2 jam setelah makan / beban glukosa (2-hour post-load). */
    TWO_HOUR_POST_LOAD
  }

  /** Glucose in mg/dL. */
  @PlausibleRange(min = "10", max = "700", unit = "mg/dL")
  public abstract double mgPerDl();

  /** Kind of test. */
  public abstract TestType testType();

  /** {@link SpmArea#KESEHATAN}. */
  @Override
  public final SpmArea area() {
    return SpmArea.KESEHATAN;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BloodGlucose}. */
  public static final class Builder extends ImmutableBloodGlucose.Builder {}
}
