package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import id.posyandu.core.validation.ConsistentAnthropometry;
import id.posyandu.core.validation.PlausibleRange;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A weighing and measuring of one person at one visit (penimbangan dan pengukuran; Permenkes 2/2020
 * measurement rules, ILP meja 2). Every measure is optional: a record holds what was measured, and at
 * least one measure ({@code ANTHRO.EMPTY} otherwise). A length or height needs its
 * {@link #position()} ({@code ANTHRO.POSITION_MISSING}).
 */
@Value.Immutable
@ConsistentAnthropometry
public abstract class Anthropometry implements ServiceRecord {

  /** Body weight in kilograms, as read on the scale (berat badan). */
  public abstract @PlausibleRange(min = "0.5", max = "250", unit = "kg") OptionalDouble weightKg();

  /** Length or height in centimetres as measured (panjang/tinggi badan); see {@link #position()}. */
  public abstract @PlausibleRange(min = "30", max = "250", unit = "cm") OptionalDouble
      lengthOrHeightCm();

  /** How {@link #lengthOrHeightCm()} was measured: lying (PB) or standing (TB). */
  public abstract Optional<MeasurePosition> position();

  /** Head circumference in centimetres (lingkar kepala, LK). */
  public abstract @PlausibleRange(min = "20", max = "70", unit = "cm") OptionalDouble
      headCircumferenceCm();

  /** Mid-upper arm circumference in centimetres (lingkar lengan atas, LiLA). */
  public abstract @PlausibleRange(min = "5", max = "60", unit = "cm") OptionalDouble muacCm();

  /** Waist circumference in centimetres (lingkar perut), measured on adults. */
  public abstract @PlausibleRange(min = "30", max = "250", unit = "cm") OptionalDouble waistCm();

  /** Triceps skinfold in millimetres. */
  public abstract @PlausibleRange(min = "1", max = "60", unit = "mm") OptionalDouble
      tricepsSkinfoldMm();

  /** Subscapular skinfold in millimetres. */
  public abstract @PlausibleRange(min = "1", max = "60", unit = "mm") OptionalDouble
      subscapularSkinfoldMm();

  /**
   * Bilateral pitting oedema: {@code true} seen, {@code false} checked and absent, empty not checked.
   * WHO z-scores of weight are not computed when oedema is present.
   */
  public abstract Optional<Boolean> oedema();

  /** {@link SpmArea#KESEHATAN}. */
  @Override
  public final SpmArea area() {
    return SpmArea.KESEHATAN;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Anthropometry}. */
  public static final class Builder extends ImmutableAnthropometry.Builder {}
}
