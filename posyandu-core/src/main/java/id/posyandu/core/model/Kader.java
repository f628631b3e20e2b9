package id.posyandu.core.model;

import id.posyandu.core.SpmArea;
import id.posyandu.core.code.PosyanduRegistrationNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A kader (community volunteer) of a Posyandu, with the SPM areas they serve and the trainings they
 * completed: kader capacity is what the Tim Pembina Posyandu evaluates (Permendagri 13/2024). The
 * name is personal data: {@code toString()} masks it.
 */
@Value.Immutable
public abstract class Kader {

  /** A training the kader completed (pelatihan kader). */
  @Value.Immutable
  public abstract static class Training {
    /** Name or code of the training, e.g. "Pelatihan 25 keterampilan dasar kader". */
    @NotBlank
    @Size(max = 200)
    public abstract String topic();

    /** The SPM area the training belongs to, if any. */
    public abstract Optional<SpmArea> area();

    /** When it was completed. */
    @PastOrPresent
    public abstract LocalDate completedOn();

    /** A new builder. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Training}. */
    public static final class Builder extends ImmutableTraining.Builder {}
  }

  /** Caller-owned identifier. */
  @NotBlank
  @Size(max = 64)
  public abstract String id();

  /** Name. Personal data: masked in {@code toString()}. */
  @NotBlank
  @Size(max = 200)
  @Value.Redacted
  public abstract String name();

  /** The Posyandu the kader belongs to. */
  public abstract PosyanduRegistrationNumber posyandu();

  /** SPM areas the kader serves (e.g. as Ketua Bidang or member of a bidang). */
  public abstract Set<SpmArea> areas();

  /** Trainings completed. */
  public abstract List<@Valid Training> trainings();

  /**
   * {@link #trainings()} as a JavaBeans getter, so that Jakarta Validation with its default
   * configuration cascades into the elements (path {@code trainings[i]...}); Immutables cannot copy a
   * constraint on a type argument onto the generated field.
   */
  @SuppressWarnings("unused")
  private List<@Valid Training> getTrainings() {
    return trainings();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Kader}. */
  public static final class Builder extends ImmutableKader.Builder {}
}
