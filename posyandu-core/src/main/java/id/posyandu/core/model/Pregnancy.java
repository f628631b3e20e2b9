package id.posyandu.core.model;

import id.posyandu.core.MaternalState;
import id.posyandu.core.validation.ConsistentPregnancy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pregnancy of a resident (kehamilan), dated by the first day of the last menstrual period (HPHT)
 * and/or the estimated delivery date (HPL); at least one is required ({@code PREGNANCY.NO_DATES}).
 * Once it has ended, the outcome and its date are recorded together.
 */
@Value.Immutable
@ConsistentPregnancy
public abstract class Pregnancy {

  /**
   * Days from HPHT to HPL by Naegele's rule (40 weeks; WHO, Buku KIA), used to place a pregnancy
   * known only by its HPL.
   */
  public static final int GESTATION_DAYS = 280;

  /** Caller-owned identifier. */
  @NotBlank
  @Size(max = 64)
  public abstract String id();

  /** Id of the pregnant resident. */
  @NotBlank
  @Size(max = 64)
  public abstract String residentId();

  /** First day of the last menstrual period (hari pertama haid terakhir, HPHT). */
  @PastOrPresent
  public abstract Optional<LocalDate> lastMenstrualPeriod();

  /** Estimated delivery date (hari perkiraan lahir, HPL). */
  public abstract Optional<LocalDate> estimatedDeliveryDate();

  /** How the pregnancy ended, once it has. */
  public abstract Optional<PregnancyOutcome> outcome();

  /** When the pregnancy ended; present exactly when {@link #outcome()} is. */
  @PastOrPresent
  public abstract Optional<LocalDate> outcomeDate();

  /** The start of the pregnancy: HPHT, or HPL minus {@link #GESTATION_DAYS}. */
  public final Optional<LocalDate> start() {
    if (lastMenstrualPeriod().isPresent()) {
      return lastMenstrualPeriod();
    }
    return estimatedDeliveryDate().map(d -> d.minusDays(GESTATION_DAYS));
  }

  /**
   * The mother's state on {@code asOf} for {@link id.posyandu.core.LifeStages}: pregnant when the
   * pregnancy has started and not ended by then; delivered when it ended on or before {@code asOf}.
   */
  public final MaternalState stateOn(LocalDate asOf) {
    Optional<LocalDate> ended = outcomeDate().filter(d -> !d.isAfter(asOf));
    if (ended.isPresent()) {
      return MaternalState.deliveredOn(ended.get());
    }
    boolean started = start().map(s -> !s.isAfter(asOf)).orElse(false);
    return started ? MaternalState.pregnantNow() : MaternalState.NONE;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Pregnancy}. */
  public static final class Builder extends ImmutablePregnancy.Builder {}
}
