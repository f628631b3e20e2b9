package id.posyandu.rules.indicator;

import id.posyandu.core.code.WilayahLevel;
import java.util.Locale;
import java.util.Optional;

/**
 * The level a report aggregates to: each Posyandu, or the kode wilayah hierarchy above it
 * (desa/kelurahan, kecamatan, kabupaten/kota, provinsi), the Tim Pembina levels of Permendagri
 * 13/2024.
 */
public enum ReportLevel {
  /** Each Posyandu. */
  POSYANDU(null, "posyandu"),
  /** Desa or kelurahan. */
  DESA(WilayahLevel.DESA_KELURAHAN, "desa"),
  /** Kecamatan. */
  KECAMATAN(WilayahLevel.KECAMATAN, "kecamatan"),
  /** Kabupaten or kota. */
  KABKOTA(WilayahLevel.KABUPATEN_KOTA, "kabkota"),
  /** Provinsi. */
  PROVINSI(WilayahLevel.PROVINSI, "provinsi");

  private final WilayahLevel wilayah;
  private final String code;

  ReportLevel(WilayahLevel wilayah, String code) {
    this.wilayah = wilayah;
    this.code = code;
  }

  /** The kode wilayah level, empty for {@link #POSYANDU}. */
  public Optional<WilayahLevel> wilayahLevel() {
    return Optional.ofNullable(wilayah);
  }

  /** The lower-case code used on the command line: posyandu, desa, kecamatan, kabkota, provinsi. */
  public String code() {
    return code;
  }

  /**
   * The level of a code (case-insensitive).
   *
   * @throws IllegalArgumentException listing the codes when unknown
   */
  public static ReportLevel parse(String code) {
    String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    for (ReportLevel l : values()) {
      if (l.code.equals(c)) {
        return l;
      }
    }
    throw new IllegalArgumentException("Tingkat laporan tidak dikenal / unknown report level '"
        + code + "' (posyandu, desa, kecamatan, kabkota, provinsi)");
  }
}
