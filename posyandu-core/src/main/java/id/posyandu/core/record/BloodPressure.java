package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import id.posyandu.core.validation.ConsistentBloodPressure;
import id.posyandu.core.validation.PlausibleRange;
import org.immutables.value.Value;

/**
 * A blood pressure reading (tekanan darah) in mmHg, as read on the device. The diastolic value must
 * be below the systolic ({@code BP.DIASTOLIC_NOT_BELOW_SYSTOLIC}). Classification (ILP juknis
 * Table 22) is a rule.
 */
@Value.Immutable
@ConsistentBloodPressure
public abstract class BloodPressure implements ServiceRecord {

  /** Systolic pressure in mmHg. */
  @PlausibleRange(min = "50", max = "300", unit = "mmHg")
  public abstract int systolicMmHg();

  /** Diastolic pressure in mmHg. */
  @PlausibleRange(min = "20", max = "200", unit = "mmHg")
  public abstract int diastolicMmHg();

  /** {@link SpmArea#KESEHATAN}. */
  @Override
  public final SpmArea area() {
    return SpmArea.KESEHATAN;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BloodPressure}. */
  public static final class Builder extends ImmutableBloodPressure.Builder {}
}
