package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One vaccine dose given (imunisasi), named by its {@link Antigen} dose of the national programme
 * (Permenkes 12/2017; schedule of VERIFIED.md section 4). Whether it was on time is a rule.
 */
@Value.Immutable
public abstract class Immunization implements ServiceRecord {

  /**
   * Doses of the national immunization programme. {@link #series()} groups the doses of one vaccine,
   * {@link #doseNumber()} is the dose within it. {@code HEXAVALENT_n} (DPT-HB-Hib-IPV, from Oct 2025
   * in nine provinces, national from 2026) stands in for {@code DPT_HB_HIB_n} plus IPV.
   */
  public enum Antigen {
    /** Hepatitis B birth dose (under 24 hours). */
    HB0("HB", 0),
    /** BCG. */
    BCG("BCG", 1),
    /** Oral polio 1. */
    OPV1("OPV", 1),
    /** Oral polio 2. */
    OPV2("OPV", 2),
    /** Oral polio 3. */
    OPV3("OPV", 3),
    /** Oral polio 4. */
    OPV4("OPV", 4),
    /** DPT-HB-Hib (pentavalent) 1. */
    DPT_HB_HIB_1("DPT_HB_HIB", 1),
    /** DPT-HB-Hib 2. */
    DPT_HB_HIB_2("DPT_HB_HIB", 2),
    /** DPT-HB-Hib 3. */
    DPT_HB_HIB_3("DPT_HB_HIB", 3),
    /** DPT-HB-Hib 4 (booster at 18 months). */
    DPT_HB_HIB_4("DPT_HB_HIB", 4),
    /** DPT-HB-Hib-IPV (hexavalent) 1. */
    HEXAVALENT_1("HEXAVALENT", 1),
    /** Hexavalent 2. */
    HEXAVALENT_2("HEXAVALENT", 2),
    /** Hexavalent 3. */
    HEXAVALENT_3("HEXAVALENT", 3),
    /** Inactivated polio 1. */
    IPV1("IPV", 1),
    /** Inactivated polio 2 (9 months). */
    IPV2("IPV", 2),
    /** Pneumococcal conjugate 1. */
    PCV1("PCV", 1),
    /** Pneumococcal conjugate 2. */
    PCV2("PCV", 2),
    /** Pneumococcal conjugate 3 (12 months). */
    PCV3("PCV", 3),
    /** Rotavirus 1. */
    RV1("RV", 1),
    /** Rotavirus 2. */
    RV2("RV", 2),
    /** Rotavirus 3. */
    RV3("RV", 3),
    /** Measles-rubella 1 (9 months). */
    MR1("MR", 1),
    /** Measles-rubella 2 (18 months). */
    MR2("MR", 2),
    /** Japanese encephalitis (endemic districts). */
    JE("JE", 1),
    /** Diphtheria-tetanus (BIAS grade 1). */
    DT("DT", 1),
    /** Tetanus-diphtheria, T-status dose 1. */
    TD1("TD", 1),
    /** Td, T-status dose 2. */
    TD2("TD", 2),
    /** Td, T-status dose 3. */
    TD3("TD", 3),
    /** Td, T-status dose 4. */
    TD4("TD", 4),
    /** Td, T-status dose 5. */
    TD5("TD", 5),
    /** Human papillomavirus 1. */
    HPV1("HPV", 1),
    /** Human papillomavirus 2. */
    HPV2("HPV", 2);

    private final String series;
    private final int doseNumber;

    Antigen(String series, int doseNumber) {
      this.series = series;
      this.doseNumber = doseNumber;
    }

    /** The vaccine series, e.g. {@code OPV}. */
    public String series() {
      return series;
    }

    /** Dose number within the series (0 for HB0). */
    public int doseNumber() {
      return doseNumber;
    }
  }

  /** The dose given. */
  public abstract Antigen antigen();

  /** Vaccine batch (lot) number, if recorded. */
  @Size(max = 40)
  public abstract Optional<String> batchNumber();

  /** {@link SpmArea#KESEHATAN}. */
  @Override
  public final SpmArea area() {
    return SpmArea.KESEHATAN;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Immunization}. */
  public static final class Builder extends ImmutableImmunization.Builder {}
}
