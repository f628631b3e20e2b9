package id.posyandu.rules.schedule;

import id.posyandu.core.record.Immunization;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One vaccine dose given to a child: the dose code and the date. Dose codes are those of the
 * schedule tables: {@code HB0}, {@code BCG}, {@code OPV1}-{@code OPV4}, {@code DPT_HB_HIB1}-{@code
 * DPT_HB_HIB4}, {@code HEXA1}-{@code HEXA3}, {@code PCV1}-{@code PCV3}, {@code RV1}-{@code RV3},
 * {@code IPV1}, {@code IPV2}, {@code MR1}, {@code MR2}, {@code JE}.
 *
 * @param dose the dose code (case-insensitive; "-" is read as "_", so {@code DPT-HB-Hib1} works)
 * @param given the date it was given
 */
public record GivenDose(String dose, LocalDate given) {

  /** Normalises the code to upper case with underscores. */
  public GivenDose {
    Objects.requireNonNull(dose, "dose");
    Objects.requireNonNull(given, "given");
    dose = dose.trim().toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /** A dose given on a date. */
  public static GivenDose of(String dose, LocalDate given) {
    return new GivenDose(dose, given);
  }

  /**
   * A dose recorded as a core {@link Immunization.Antigen}, under its schedule code (see {@link
   * #code(Immunization.Antigen)}).
   */
  public static GivenDose of(Immunization.Antigen antigen, LocalDate given) {
    return new GivenDose(code(antigen), given);
  }

  /**
   * The schedule dose code of a core antigen: {@code DPT_HB_HIB_n} is {@code DPT_HB_HIBn}, {@code
   * HEXAVALENT_n} is {@code HEXAn}, every other antigen keeps its name. Antigens outside the child
   * schedule (DT, Td, HPV) get a code that {@link ImmunizationSchedule#knownDoses()} does not
   * contain.
   */
  public static String code(Immunization.Antigen antigen) {
    return switch (antigen.series()) {
      case "DPT_HB_HIB" -> "DPT_HB_HIB" + antigen.doseNumber();
      case "HEXAVALENT" -> "HEXA" + antigen.doseNumber();
      default -> antigen.name();
    };
  }
}
