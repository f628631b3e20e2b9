package id.posyandu.rules.anthro;

import id.posyandu.rules.anthro.internal.BatchOutput;
import id.posyandu.rules.anthro.internal.Status;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The z-scores of a {@link AnthroBatch}, column by column: per child and indicator the rounded z
 * (as WHO prints it), the flag, or the reason nothing was computed. The full-precision values are
 * available from the single-child API.
 */
public final class AnthroBatchResult {

  private final int size;
  private final BatchOutput out;

  AnthroBatchResult(int size, BatchOutput out) {
    this.size = size;
    this.out = out;
  }

  /** The number of children. */
  public int size() {
    return size;
  }

  private byte status(Indicator k, int i) {
    byte[] column = out.status[k.ordinal()];
    if (column == null) {
      throw new IllegalArgumentException(k + " was not computed for this batch");
    }
    return column[i];
  }

  /** Whether child {@code i}'s z of {@code k} was computed. */
  public boolean isComputed(Indicator k, int i) {
    return status(k, i) <= Status.FLAGGED;
  }

  /**
   * Child {@code i}'s z of {@code k}, rounded to 2 decimals as WHO prints it.
   *
   * @throws IllegalStateException naming the reason when nothing was computed
   */
  public double rounded(Indicator k, int i) {
    byte st = status(k, i);
    if (st > Status.FLAGGED) {
      NotComputedReason r = WhoGrowthStandards.reason(st);
      throw new IllegalStateException(k.zColumn() + " [" + i + "] tidak dihitung / not computed: "
          + r.messageId() + " / " + r.messageEn());
    }
    return out.z[k.ordinal()][i];
  }

  /** Child {@code i}'s rounded z of {@code k}, if computed. */
  public OptionalDouble optionalRounded(Indicator k, int i) {
    return isComputed(k, i) ? OptionalDouble.of(out.z[k.ordinal()][i]) : OptionalDouble.empty();
  }

  /** WHO's flag of child {@code i}'s z of {@code k}; false when not computed. */
  public boolean isFlagged(Indicator k, int i) {
    return status(k, i) == Status.FLAGGED;
  }

  /** Why child {@code i}'s z of {@code k} was not computed; empty when it was. */
  public Optional<NotComputedReason> reason(Indicator k, int i) {
    byte st = status(k, i);
    return st > Status.FLAGGED ? Optional.of(WhoGrowthStandards.reason(st)) : Optional.empty();
  }

  /** WHO's {@code clenhei} of child {@code i}. */
  public OptionalDouble clenhei(int i) {
    double v = out.clenhei[i];
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** WHO's {@code cbmi} of child {@code i}. */
  public OptionalDouble cbmi(int i) {
    double v = out.cbmi[i];
    return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
  }

  /** WHO's {@code c9mo_flag} of child {@code i}. */
  public boolean positionImplausible(int i) {
    return out.c9mo[i];
  }

  /** The number of children whose z of {@code k} was computed. */
  public int countComputed(Indicator k) {
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (isComputed(k, i)) {
        n++;
      }
    }
    return n;
  }
}
