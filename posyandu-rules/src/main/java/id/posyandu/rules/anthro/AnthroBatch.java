package id.posyandu.rules.anthro;

import id.posyandu.core.Sex;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.rules.anthro.internal.BatchData;
import java.util.Objects;

/**
 * The measurements of many children, held column by column in primitive arrays, for
 * {@link WhoGrowthStandards#compute(AnthroBatch)}: filling and computing a dataset allocates
 * nothing per child. A value never set is absent, as in {@link AnthroInput}.
 *
 * <pre>{@code
 * AnthroBatch batch = new AnthroBatch(n);
 * for (int i = 0; i < n; i++) {
 *   batch.sex(i, sex[i]).ageDays(i, days[i]).weightKg(i, kg[i])
 *       .lengthOrHeightCm(i, cm[i], MeasurePosition.RECUMBENT);
 * }
 * AnthroBatchResult r = WhoGrowthStandards.standard().compute(batch);
 * }</pre>
 *
 * <p>Not thread-safe while being filled.
 */
public final class AnthroBatch {

  private final BatchData data;

  /** A batch of {@code size} children with every value absent. */
  public AnthroBatch(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size " + size);
    }
    this.data = new BatchData(size);
  }

  /** The number of children. */
  public int size() {
    return data.size;
  }

  BatchData data() {
    return data;
  }

  /** Sets child {@code i}'s sex. */
  public AnthroBatch sex(int i, Sex sex) {
    data.sex[i] = (byte) Objects.requireNonNull(sex, "sex").whoCode();
    return this;
  }

  /** Sets child {@code i}'s age. */
  public AnthroBatch age(int i, Age age) {
    data.ageDays[i] = age.days();
    data.ageMonths[i] = age.months();
    return this;
  }

  /** Sets child {@code i}'s age in days. */
  public AnthroBatch ageDays(int i, double days) {
    return age(i, Age.ofDays(days));
  }

  /** Sets child {@code i}'s age in months. */
  public AnthroBatch ageMonths(int i, double months) {
    return age(i, Age.ofMonths(months));
  }

  /** Sets child {@code i}'s weight in kg. */
  public AnthroBatch weightKg(int i, double kg) {
    data.weight[i] = finite(kg);
    return this;
  }

  /** Sets child {@code i}'s length/height in cm and the position (null when unknown). */
  public AnthroBatch lengthOrHeightCm(int i, double cm, MeasurePosition position) {
    data.lenhei[i] = finite(cm);
    data.measure[i] = position == null ? 0 : (byte) WhoGrowthStandards.positionCode(position);
    return this;
  }

  /** Sets child {@code i}'s head circumference in cm. */
  public AnthroBatch headCircumferenceCm(int i, double cm) {
    data.headc[i] = finite(cm);
    return this;
  }

  /** Sets child {@code i}'s mid-upper arm circumference in cm. */
  public AnthroBatch armCircumferenceCm(int i, double cm) {
    data.armc[i] = finite(cm);
    return this;
  }

  /** Sets child {@code i}'s triceps skinfold in mm. */
  public AnthroBatch tricepsSkinfoldMm(int i, double mm) {
    data.triskin[i] = finite(mm);
    return this;
  }

  /** Sets child {@code i}'s subscapular skinfold in mm. */
  public AnthroBatch subscapularSkinfoldMm(int i, double mm) {
    data.subskin[i] = finite(mm);
    return this;
  }

  /** Sets whether child {@code i} has oedema. */
  public AnthroBatch oedema(int i, boolean oedema) {
    data.oedema[i] = oedema;
    return this;
  }

  private static double finite(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("Nilai ukur tidak valid / measurement not finite: " + v);
    }
    return v;
  }
}
