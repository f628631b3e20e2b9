package id.posyandu.rules.schedule;

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
}
