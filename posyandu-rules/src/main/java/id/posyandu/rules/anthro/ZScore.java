package id.posyandu.rules.anthro;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * One z-score as WHO's software reports it: either computed (the full-precision value, the value
 * rounded to 2 decimals as WHO prints it, and WHO's implausibility flag, set on the rounded value),
 * or not computed, with the {@link NotComputedReason reason}. Never NaN, never a 0.0 standing in
 * for "missing".
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ZScore {

  private final Indicator indicator;
  private final double value;
  private final double rounded;
  private final boolean flagged;
  private final NotComputedReason reason;

  private ZScore(Indicator indicator, double value, double rounded, boolean flagged,
      NotComputedReason reason) {
    this.indicator = Objects.requireNonNull(indicator, "indicator");
    this.value = value;
    this.rounded = rounded;
    this.flagged = flagged;
    this.reason = reason;
  }

  /**
   * A computed z-score.
   *
   * @param value the full-precision z
   * @param rounded z rounded to 2 decimals as WHO prints it
   * @param flagged WHO's implausibility flag
   * @throws IllegalArgumentException when a value is not finite
   */
  public static ZScore computed(Indicator indicator, double value, double rounded,
      boolean flagged) {
    if (!Double.isFinite(value) || !Double.isFinite(rounded)) {
      throw new IllegalArgumentException("a z-score must be finite: " + value + ", " + rounded);
    }
    return new ZScore(indicator, value, rounded, flagged, null);
  }

  /** A z-score that was not computed, and why. */
  public static ZScore notComputed(Indicator indicator, NotComputedReason reason) {
    return new ZScore(indicator, 0, 0, false, Objects.requireNonNull(reason, "reason"));
  }

  /** The indicator. */
  public Indicator indicator() {
    return indicator;
  }

  /** Whether a z was computed. */
  public boolean isComputed() {
    return reason == null;
  }

  /**
   * The full-precision z (before WHO's rounding).
   *
   * @throws IllegalStateException naming the reason when nothing was computed
   */
  public double value() {
    requireComputed();
    return value;
  }

  /**
   * The z rounded to 2 decimals, half to even, as WHO's software prints it; the value WHO's flags and
   * Permenkes 2/2020 categories use.
   *
   * @throws IllegalStateException naming the reason when nothing was computed
   */
  public double rounded() {
    requireComputed();
    return rounded;
  }

  /** The rounded z if computed. */
  public OptionalDouble optionalRounded() {
    return isComputed() ? OptionalDouble.of(rounded) : OptionalDouble.empty();
  }

  /**
   * The rounded z as WHO's R software prints it: shortest form, e.g. {@code -1.5}, {@code 0},
   * {@code 2.07}; empty when nothing was computed.
   */
  public String printed() {
    if (!isComputed()) {
      return "";
    }
    return BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
  }

  /**
   * WHO's flag: the rounded z lies beyond the indicator's plausible range (e.g. |z| &gt; 6 for
   * length/height-for-age). False when nothing was computed.
   */
  public boolean isFlagged() {
    return flagged;
  }

  /** Why nothing was computed; empty when a z was computed. */
  public Optional<NotComputedReason> reason() {
    return Optional.ofNullable(reason);
  }

  private void requireComputed() {
    if (reason != null) {
      throw new IllegalStateException(indicator.zColumn() + " tidak dihitung / not computed: "
          + reason.messageId() + " / " + reason.messageEn());
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ZScore)) {
      return false;
    }
    ZScore z = (ZScore) o;
    return indicator == z.indicator && reason == z.reason && flagged == z.flagged
        && Double.compare(value, z.value) == 0 && Double.compare(rounded, z.rounded) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicator, reason, flagged, value, rounded);
  }

  /** E.g. {@code zwei=-2.31}, {@code zwei=-6.2 (flagged)} or {@code zwei not computed: OEDEMA}. */
  @Override
  public String toString() {
    if (!isComputed()) {
      return indicator.zColumn() + " not computed: " + reason;
    }
    return indicator.zColumn() + "=" + printed() + (flagged ? " (flagged)" : "");
  }
}
