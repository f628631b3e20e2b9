package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A report of an incident (laporan kejadian) made at the Posyandu: a disaster, a fire, or a
 * disturbance of public order. The reporter's identity stays outside the record; forwarding is a
 * {@code ServiceRequest}.
 */
@Value.Immutable
public abstract class IncidentReport implements ServiceRecord {

  /** Kinds of incident. */
  public enum Kind {
    /** Bencana alam (natural disaster). */
    DISASTER,
    /** Kebakaran (fire). */
    FIRE,
    /** Gangguan ketenteraman dan ketertiban umum (public-order disturbance). */
    PUBLIC_ORDER,
    /** Other. */
    OTHER
  }

  /** Kind of incident. */
  public abstract Kind kind();

  /** When it happened. */
  @PastOrPresent
  public abstract LocalDate occurredOn();

  /** Whether people were hurt or displaced. */
  public abstract Optional<Boolean> peopleAffected();

  /** Short description, without personal data. */
  @Size(max = 1000)
  public abstract Optional<String> description();

  /** {@link SpmArea#TRANTIBUMLINMAS}. */
  @Override
  public final SpmArea area() {
    return SpmArea.TRANTIBUMLINMAS;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IncidentReport}. */
  public static final class Builder extends ImmutableIncidentReport.Builder {}
}
