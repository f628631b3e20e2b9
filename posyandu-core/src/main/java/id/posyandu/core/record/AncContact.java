package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import id.posyandu.core.validation.PlausibleRange;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An antenatal care contact (pemeriksaan kehamilan, ANC; Permenkes 21/2021, ILP ANC terpadu) seen
 * or reported at the Posyandu: gestational age and who gave it. Whether K1-K6 are complete is a
 * rule.
 */
@Value.Immutable
public abstract class AncContact implements ServiceRecord {

  /** Who gave the contact. */
  public enum Provider {
    /** Dokter (doctor), required at K1 and K5. */
    DOCTOR,
    /** Bidan (midwife). */
    MIDWIFE,
    /** Perawat (nurse). */
    NURSE,
    /** Other health worker. */
    OTHER
  }

  /** Id of the pregnancy this contact belongs to. */
  @NotBlank
  @Size(max = 64)
  public abstract String pregnancyId();

  /** Gestational age in completed weeks at the contact. */
  @PlausibleRange(min = "1", max = "44", unit = "weeks")
  public abstract int gestationalAgeWeeks();

  /** Who gave the contact. */
  public abstract Provider provider();

  /** Whether an ultrasound (USG) was done. */
  public abstract Optional<Boolean> ultrasound();

  /** {@link SpmArea#KESEHATAN}. */
  @Override
  public final SpmArea area() {
    return SpmArea.KESEHATAN;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AncContact}. */
  public static final class Builder extends ImmutableAncContact.Builder {}
}
