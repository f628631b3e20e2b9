package id.posyandu.core.model;

import id.posyandu.core.SpmArea;
import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.core.validation.OrderedStatusHistory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A case raised at a Posyandu in any SPM area (permohonan layanan / pengaduan): for example an
 * out-of-school child, an RTLH house, a household without safe water. Its status history follows the
 * operational flow of Permendagri 13/2024 as cascaded by local governments: received by the kader,
 * verified with the village government, forwarded to the desa or an OPD, resolved.
 *
 * <p>The history is ordered by date, starts with {@link Status#RECEIVED}, and each forwarding names
 * where it went ({@link OrderedStatusHistory}). Deadlines (e.g. five working days in Kab. Tegal) are
 * local rules, not part of the record.
 */
@Value.Immutable
@OrderedStatusHistory
public abstract class ServiceRequest {

  /** Status of a request. */
  public enum Status {
    /** Diterima: recorded by a kader. */
    RECEIVED,
    /** Diverifikasi: checked with the village government, often on a home visit. */
    VERIFIED,
    /** Diteruskan: forwarded to the desa/kelurahan government or an OPD. */
    FORWARDED,
    /** Selesai: acted upon. */
    RESOLVED
  }

  /** One step of the history. */
  @Value.Immutable
  public abstract static class StatusChange {
    /** The new status. */
    public abstract Status status();

    /** When the status changed. */
    @PastOrPresent
    public abstract LocalDate date();

    /** For {@link Status#FORWARDED}: where the request went (e.g. "Pemdes", "Dinas Sosial"). */
    @Size(max = 200)
    public abstract Optional<String> forwardedTo();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link StatusChange}. */
    public static final class Builder extends ImmutableStatusChange.Builder {}
  }

  /** Caller-owned identifier. */
  @NotBlank
  @Size(max = 64)
  public abstract String id();

  /** The Posyandu where the request was raised. */
  public abstract PosyanduRegistrationNumber posyandu();

  /** SPM area of the request. */
  public abstract SpmArea area();

  /** Id of the resident concerned, if the request is about a person. */
  @Size(min = 1, max = 64)
  public abstract Optional<String> residentId();

  /** Id of the household concerned, if the request is about a household. */
  @Size(min = 1, max = 64)
  public abstract Optional<String> householdId();

  /** Short description of the need, without personal data. */
  @Size(max = 1000)
  public abstract Optional<String> summary();

  /** Status history, oldest first. */
  @NotEmpty
  public abstract List<@Valid StatusChange> history();

  /**
   * {@link #history()} as a JavaBeans getter, so that Jakarta Validation with its default
   * configuration cascades into the elements (path {@code history[i]...}); Immutables cannot copy a
   * constraint on a type argument onto the generated field.
   */
  @SuppressWarnings("unused")
  private List<@Valid StatusChange> getHistory() {
    return history();
  }

  /** The current status: the last of {@link #history()}. */
  public final Status status() {
    return history().get(history().size() - 1).status();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceRequest}. */
  public static final class Builder extends ImmutableServiceRequest.Builder {}
}
