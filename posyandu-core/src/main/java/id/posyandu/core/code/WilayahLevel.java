package id.posyandu.core.code;

/**
 * Level of a kode wilayah in the Kemendagri administrative hierarchy (Permendagri 58/2021; the
 * current dataset is Kepmendagri 300.2.2-2138/2025): each level adds digits to its parent's code.
 */
public enum WilayahLevel {
  /** Provinsi (province): 2 digits, e.g. {@code 31}. */
  PROVINSI(2, "Provinsi", "Province"),
  /** Kabupaten or kota (regency or city): 4 digits, e.g. {@code 31.74}. */
  KABUPATEN_KOTA(4, "Kabupaten/Kota", "Regency/City"),
  /** Kecamatan (district): 6 digits, e.g. {@code 31.74.01}. */
  KECAMATAN(6, "Kecamatan", "District"),
  /** Desa or kelurahan (village): 10 digits, e.g. {@code 31.74.01.1001}. */
  DESA_KELURAHAN(10, "Desa/Kelurahan", "Village");

  private final int digits;
  private final String nameId;
  private final String nameEn;

  WilayahLevel(int digits, String nameId, String nameEn) {
    this.digits = digits;
    this.nameId = nameId;
    this.nameEn = nameEn;
  }

  /** Number of digits of a code at this level in its plain form (2, 4, 6 or 10). */
  public int digits() {
    return digits;
  }

  /** Name in Indonesian. */
  public String nameId() {
    return nameId;
  }

  /** Name in English. */
  public String nameEn() {
    return nameEn;
  }

  /** The level whose plain code has {@code digits} digits, or {@code null}. */
  static WilayahLevel ofDigits(int digits) {
    for (WilayahLevel l : values()) {
      if (l.digits == digits) {
        return l;
      }
    }
    return null;
  }
}
