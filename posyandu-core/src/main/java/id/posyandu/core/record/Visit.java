package id.posyandu.core.record;

import id.posyandu.core.code.PosyanduRegistrationNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A dated encounter of one resident with a kader, at a Posyandu session or on a home visit, holding
 * the services given ({@link ServiceRecord}s). The date is not after the as-of date; that it is not
 * before the resident's birth is checked by {@link ResidentRecords}, which holds both.
 */
@Value.Immutable
public abstract class Visit {

  /** Caller-owned identifier. */
  @NotBlank
  @Size(max = 64)
  public abstract String id();

  /** Id of the resident visited. */
  @NotBlank
  @Size(max = 64)
  public abstract String residentId();

  /** Date of the visit. */
  @PastOrPresent
  public abstract LocalDate date();

  /** The Posyandu whose session it was, or whose kader made the home visit. */
  public abstract PosyanduRegistrationNumber posyandu();

  /** Posyandu session or home visit. */
  public abstract VisitSetting setting();

  /** Id of the kader who recorded the visit. */
  @NotBlank
  @Size(max = 64)
  public abstract String kaderId();

  /** The services given, in the order recorded. */
  public abstract List<@Valid ServiceRecord> records();

  /**
   * {@link #records()} as a JavaBeans getter, so that Jakarta Validation with its default
   * configuration cascades into the elements (path {@code records[i]...}); Immutables cannot copy a
   * constraint on a type argument onto the generated field.
   */
  @SuppressWarnings("unused")
  private List<@Valid ServiceRecord> getRecords() {
    return records();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Visit}. */
  public static final class Builder extends ImmutableVisit.Builder {}
}
