package id.posyandu.core;

import org.apiguardian.api.API;

/**
 * The six areas of the Standar Pelayanan Minimal (minimum service standards) that a Posyandu serves
 * under Permendagri 13/2024 on Posyandu, following PP 2/2018 on SPM (Pasal 5) and Permendagri 59/2021
 * on applying the SPM.
 *
 * <p>Each area names the regulation that holds its technical standard ({@link #technicalStandard()}).
 * The stable {@link #code()} is what JSON, CSV and indicator identifiers use.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum SpmArea {
  /** Kesehatan (health). */
  KESEHATAN("KES", "Kesehatan", "Health",
      "Permenkes 6/2024 tentang Standar Teknis Pemenuhan Standar Pelayanan Minimal Kesehatan"),
  /** Pendidikan (education). */
  PENDIDIKAN("PDD", "Pendidikan", "Education",
      "Permendikbudristek 32/2022 tentang Standar Teknis Pelayanan Minimal Pendidikan"),
  /** Sosial (social affairs). */
  SOSIAL("SOS", "Sosial", "Social affairs",
      "Permensos 9/2018 tentang Standar Teknis Pelayanan Dasar pada SPM Bidang Sosial"),
  /** Perumahan rakyat dan kawasan permukiman (housing and settlements). */
  PERUMAHAN_RAKYAT("PRKP", "Perumahan rakyat dan kawasan permukiman", "Housing and settlements",
      "Permen PUPR 29/2018 tentang Standar Teknis SPM Bidang Pekerjaan Umum dan Perumahan Rakyat"),
  /** Pekerjaan umum (public works: drinking water and domestic wastewater). */
  PEKERJAAN_UMUM("PU", "Pekerjaan umum", "Public works",
      "Permen PUPR 29/2018 tentang Standar Teknis SPM Bidang Pekerjaan Umum dan Perumahan Rakyat"),
  /**
   * Ketenteraman, ketertiban umum dan pelindungan masyarakat (peace, public order and community
   * protection, including disaster preparedness).
   */
  TRANTIBUMLINMAS("TRANTIB", "Ketenteraman, ketertiban umum dan pelindungan masyarakat",
      "Peace, public order and community protection",
      "Permendagri 121/2018 (ketenteraman dan ketertiban umum), Permendagri 101/2018 (bencana) dan "
          + "Permendagri 114/2018 (kebakaran)");

  private final String code;
  private final String nameId;
  private final String nameEn;
  private final String technicalStandard;

  SpmArea(String code, String nameId, String nameEn, String technicalStandard) {
    this.code = code;
    this.nameId = nameId;
    this.nameEn = nameEn;
    this.technicalStandard = technicalStandard;
  }

  /** Stable short code, e.g. {@code KES}; used as the prefix of indicator and finding codes. */
  public String code() {
    return code;
  }

  /** Official Indonesian name of the area. */
  public String nameId() {
    return nameId;
  }

  /** English name of the area. */
  public String nameEn() {
    return nameEn;
  }

  /** The regulation that holds the area's technical standard (standar teknis). */
  public String technicalStandard() {
    return technicalStandard;
  }

  /**
   * The area with this {@link #code()} or enum name, case-insensitively.
   *
   * @throws IllegalArgumentException listing the known codes when none matches
   */
  public static SpmArea fromCode(String code) {
    for (SpmArea a : values()) {
      if (a.code.equalsIgnoreCase(code) || a.name().equalsIgnoreCase(code)) {
        return a;
      }
    }
    throw new IllegalArgumentException("Bidang SPM tidak dikenal / unknown SPM area: '" + code
        + "' (KES, PDD, SOS, PRKP, PU, TRANTIB)");
  }
}
