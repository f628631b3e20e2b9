package id.posyandu.core.model;

import id.posyandu.core.LifeStage;
import id.posyandu.core.LifeStages;
import id.posyandu.core.Sex;
import id.posyandu.core.code.Nik;
import id.posyandu.core.validation.NikMatchesResident;
import id.posyandu.core.validation.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person living in a {@link Household} (warga, anggota keluarga). The id is the caller's; the NIK is
 * optional, because newborns have none yet. The name and the NIK are personal data:
 * {@code toString()} masks them. A NIK whose sex or birth date disagrees with the resident's is a
 * warning ({@code NIK.SEX_MISMATCH}, {@code NIK.BIRTH_DATE_MISMATCH}), not an error: Dukcapil data
 * has known errors and the recorded values may be right.
 */
@Value.Immutable
@NikMatchesResident(payload = Severity.Warning.class)
public abstract class Resident {

  /** Caller-owned identifier, stable across visits. */
  @NotBlank
  @Size(max = 64)
  public abstract String id();

  /**
   * Nomor Induk Kependudukan, if known (newborns have none yet). Personal data: masked in
   * {@code toString()} and violations.
   */
  @Value.Redacted
  public abstract Optional<Nik> nik();

  /** Full name (nama lengkap). Personal data: masked in {@code toString()}. */
  @NotBlank
  @Size(max = 200)
  @Value.Redacted
  public abstract String name();

  /** Sex (jenis kelamin). */
  public abstract Sex sex();

  /** Date of birth (tanggal lahir); not after the as-of date. */
  @PastOrPresent
  public abstract LocalDate birthDate();

  /** Whether the birth date is an estimate (e.g. only the year was known). */
  @Value.Default
  public boolean birthDateEstimated() {
    return false;
  }

  /** Id of the household the resident belongs to. */
  @NotBlank
  @Size(max = 64)
  public abstract String householdId();

  /** Relation to the head of the family (SHDK). */
  public abstract RelationToHead relationToHead();

  /** Kinds of disability; empty when none. */
  public abstract Set<Disability> disabilities();

  /**
   * Shares one empty set among residents without a disability: the generated builder copies its
   * {@code EnumSet} into a new set for every instance (48 bytes each, 48 MB for a kabupaten's million
   * residents, most of whom have none).
   */
  @Value.Check
  protected Resident shareEmptyDisabilities() {
    Set<Disability> none = Collections.emptySet();
    if (disabilities().isEmpty() && disabilities() != none) {
      return ((ImmutableResident) this).withDisabilities(List.of());
    }
    return this;
  }

  /** Life-cycle groups on {@code asOf}, ignoring pregnancy; see {@link LifeStages}. */
  public final Set<LifeStage> lifeStagesOn(LocalDate asOf) {
    return LifeStages.of(birthDate(), sex(), asOf);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Resident}. */
  public static final class Builder extends ImmutableResident.Builder {}
}
