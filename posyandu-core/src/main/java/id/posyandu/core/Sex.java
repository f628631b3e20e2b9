package id.posyandu.core;

import java.util.Locale;

/**
 * Biological sex as recorded at birth (jenis kelamin), the way WHO growth standards and Dukcapil
 * identity data use it.
 *
 * <p>Codes follow WHO Anthro ({@code 1} = male, {@code 2} = female) and Indonesian forms
 * ({@code L} = laki-laki, {@code P} = perempuan).
 */
public enum Sex {
  /** Laki-laki (male). WHO code 1. */
  MALE(1, "L", "Laki-laki", "Male"),
  /** Perempuan (female). WHO code 2. */
  FEMALE(2, "P", "Perempuan", "Female");

  private final int whoCode;
  private final String indonesianCode;
  private final String nameId;
  private final String nameEn;

  Sex(int whoCode, String indonesianCode, String nameId, String nameEn) {
    this.whoCode = whoCode;
    this.indonesianCode = indonesianCode;
    this.nameId = nameId;
    this.nameEn = nameEn;
  }

  /** WHO Anthro code: 1 for male, 2 for female. */
  public int whoCode() {
    return whoCode;
  }

  /** Indonesian form code: {@code L} (laki-laki) or {@code P} (perempuan). */
  public String indonesianCode() {
    return indonesianCode;
  }

  /** Name in Indonesian. */
  public String nameId() {
    return nameId;
  }

  /** Name in English. */
  public String nameEn() {
    return nameEn;
  }

  /**
   * Reads the codes used in the field: {@code 1}/{@code 2}, {@code m}/{@code f}, {@code L}/{@code P}
   * and the words in either language, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted codes when {@code code} is none of them
   */
  public static Sex parse(String code) {
    if (code != null) {
      switch (code.trim().toLowerCase(Locale.ROOT)) {
        case "1": case "m": case "l": case "male": case "laki-laki": case "laki": case "lk":
          return MALE;
        case "2": case "f": case "p": case "female": case "perempuan": case "pr":
          return FEMALE;
        default:
          break;
      }
    }
    throw new IllegalArgumentException(
        "Jenis kelamin tidak dikenal / unknown sex code: "
            + (code == null ? "-" : MessageValue.masked(code).en())
            + " (gunakan / use 1, 2, m, f, L, P)");
  }
}
