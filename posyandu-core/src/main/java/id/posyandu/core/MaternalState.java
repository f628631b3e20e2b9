package id.posyandu.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link LifeStages#of(LocalDate, Sex, MaternalState, LocalDate)} needs to know about a woman's
 * pregnancy on the as-of date: whether she is pregnant, and the date of her last delivery (or other
 * end of pregnancy), if any. {@code Pregnancy.stateOn(asOf)} in the model derives it from records.
 */
@PosyanduStyle
@Value.Immutable
public abstract class MaternalState {

  /** Not pregnant and no delivery known. */
  public static final MaternalState NONE = builder().build();

  /** Whether the woman is pregnant on the as-of date. */
  @Value.Default
  public boolean pregnant() {
    return false;
  }

  /** The date her last pregnancy ended (delivery), if known. */
  public abstract Optional<LocalDate> lastDeliveryDate();

  /** A pregnant woman with no earlier delivery of interest. */
  public static MaternalState pregnantNow() {
    return builder().pregnant(true).build();
  }

  /** A woman who is not pregnant and delivered on {@code date}. */
  public static MaternalState deliveredOn(LocalDate date) {
    return builder().lastDeliveryDate(date).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MaternalState}. */
  public static final class Builder extends ImmutableMaternalState.Builder {}
}
