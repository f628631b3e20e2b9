package id.posyandu.core.code;

/**
 * Kind of a desa/kelurahan, read from the first of the four village digits of a kode wilayah
 * (Permendagri 58/2021 on kode wilayah: 1 = kelurahan, 2 = desa, 3 = desa adat; POSYANDU-6SPM.md
 * section 6.2).
 */
public enum VillageType {
  /** Kelurahan: an urban village headed by a civil servant (lurah). First village digit 1. */
  KELURAHAN('1', "Kelurahan", "Urban village (kelurahan)"),
  /** Desa: a self-governing village headed by an elected kepala desa. First village digit 2. */
  DESA('2', "Desa", "Village (desa)"),
  /** Desa adat: a customary village (e.g. nagari, desa pakraman). First village digit 3. */
  DESA_ADAT('3', "Desa adat", "Customary village (desa adat)");

  private final char digit;
  private final String nameId;
  private final String nameEn;

  VillageType(char digit, String nameId, String nameEn) {
    this.digit = digit;
    this.nameId = nameId;
    this.nameEn = nameEn;
  }

  /** The digit that starts the village part of the code: {@code 1}, {@code 2} or {@code 3}. */
  public char digit() {
    return digit;
  }

  /** Name in Indonesian. */
  public String nameId() {
    return nameId;
  }

  /** Name in English. */
  public String nameEn() {
    return nameEn;
  }

  /** The type whose {@link #digit()} is {@code d}, or {@code null}. */
  static VillageType fromDigit(char d) {
    for (VillageType t : values()) {
      if (t.digit == d) {
        return t;
      }
    }
    return null;
  }
}
