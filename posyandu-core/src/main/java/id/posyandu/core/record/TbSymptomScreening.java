package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import java.util.Set;
import org.immutables.value.Value;

/**
 * TB symptom screening (skrining gejala TBC) with the symptoms of the ILP kader form found; an empty
 * set means the screening was done and no symptom was found. The referral rule is a rule.
 */
@Value.Immutable
public abstract class TbSymptomScreening implements ServiceRecord {

  /** Symptoms asked on the ILP kader form (VERIFIED.md 5.9). */
  public enum Symptom {
    /** Batuk 2 minggu atau lebih. */
    COUGH_2_WEEKS,
    /** Demam 2 minggu atau lebih. */
    FEVER_2_WEEKS,
    /** Berat badan tetap atau turun 2 bulan. */
    WEIGHT_NOT_GAINED_2_MONTHS,
    /** Kontak erat dengan pasien TBC. */
    TB_CONTACT,
    /** Lesu / malaise. */
    MALAISE,
    /** Berkeringat malam tanpa aktivitas. */
    NIGHT_SWEATS,
    /** Batuk darah. */
    HAEMOPTYSIS,
    /** Sesak napas. */
    DYSPNOEA
  }

  /** The symptoms found. */
  public abstract Set<Symptom> symptoms();

  /** {@link SpmArea#KESEHATAN}. */
  @Override
  public final SpmArea area() {
    return SpmArea.KESEHATAN;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TbSymptomScreening}. */
  public static final class Builder extends ImmutableTbSymptomScreening.Builder {}
}
