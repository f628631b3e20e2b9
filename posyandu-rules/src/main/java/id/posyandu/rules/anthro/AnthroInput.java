package id.posyandu.rules.anthro;

import id.posyandu.core.Sex;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.MeasurePosition;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The measurements of one child, named as WHO Anthro's arguments. Everything is optional, as in
 * WHO's software: an absent input gives the z-scores that need it the reason
 * {@link NotComputedReason#MISSING_INPUT}.
 *
 * <pre>{@code
 * AnthroInput child = AnthroInput.builder()
 *     .sex(Sex.FEMALE).age(Age.between(birth, visit))
 *     .weightKg(9.1).lengthOrHeightCm(74.5).position(MeasurePosition.RECUMBENT)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@API(status = API.Status.STABLE, since = "0.1.0")
public abstract class AnthroInput {

  /** Sex; none means no z-score. */
  public abstract Optional<Sex> sex();

  /** Age; none means only weight-for-length/height can be computed. */
  public abstract Optional<Age> age();

  /** Weight in kilograms. */
  public abstract OptionalDouble weightKg();

  /** Length or height in centimetres, as measured; see {@link #position()}. */
  public abstract OptionalDouble lengthOrHeightCm();

  /** How the length/height was measured; none when unknown (then no 0.7 cm standardisation). */
  public abstract Optional<MeasurePosition> position();

  /** Head circumference in centimetres. */
  public abstract OptionalDouble headCircumferenceCm();

  /** Mid-upper arm circumference (LiLA, MUAC) in centimetres. */
  public abstract OptionalDouble armCircumferenceCm();

  /** Triceps skinfold in millimetres. */
  public abstract OptionalDouble tricepsSkinfoldMm();

  /** Subscapular skinfold in millimetres. */
  public abstract OptionalDouble subscapularSkinfoldMm();

  /** Bilateral pitting oedema; WHO computes no weight-based z-score then. */
  @Value.Default
  public boolean oedema() {
    return false;
  }

  /** Checks that numbers are finite. */
  @Value.Check
  protected void check() {
    for (OptionalDouble d : new OptionalDouble[] {weightKg(), lengthOrHeightCm(),
        headCircumferenceCm(), armCircumferenceCm(), tricepsSkinfoldMm(), subscapularSkinfoldMm()}) {
      if (d.isPresent() && !Double.isFinite(d.getAsDouble())) {
        throw new IllegalArgumentException("Nilai ukur tidak valid / measurement not finite: "
            + d.getAsDouble());
      }
    }
  }

  /**
   * The inputs of a recorded weighing and measuring ({@link Anthropometry}) of a child of this sex
   * and age: weight, length/height with its position, head and arm circumference, skinfolds and
   * oedema (not checked counts as absent, as in WHO Anthro).
   */
  public static AnthroInput of(Sex sex, Age age, Anthropometry measured) {
    Builder b = builder().sex(sex).age(age);
    measured.weightKg().ifPresent(b::weightKg);
    measured.lengthOrHeightCm().ifPresent(b::lengthOrHeightCm);
    measured.position().ifPresent(b::position);
    measured.headCircumferenceCm().ifPresent(b::headCircumferenceCm);
    measured.muacCm().ifPresent(b::armCircumferenceCm);
    measured.tricepsSkinfoldMm().ifPresent(b::tricepsSkinfoldMm);
    measured.subscapularSkinfoldMm().ifPresent(b::subscapularSkinfoldMm);
    return b.oedema(measured.oedema().orElse(false)).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnthroInput}. */
  public static final class Builder extends ImmutableAnthroInput.Builder {
    /** Sets the age from the dates of birth and measurement (whole days). */
    public Builder age(LocalDate birthDate, LocalDate measurementDate) {
      age(Age.between(birthDate, measurementDate));
      return this;
    }
  }
}
