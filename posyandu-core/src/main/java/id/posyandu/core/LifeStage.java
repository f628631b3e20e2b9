package id.posyandu.core;

/**
 * The life-cycle groups (sasaran siklus hidup) of the Posyandu under Integrasi Layanan Primer
 * (KMK HK.01.07/MENKES/2015/2023, Petunjuk Teknis Integrasi Pelayanan Kesehatan Primer) and the
 * SPM Kesehatan (Permenkes 6/2024).
 *
 * <p>Groups overlap: a child of 10 months is bayi, baduta and balita at once; a pregnant woman of 25
 * is ibu hamil and usia produktif. {@link LifeStages#of} computes the set for a person on a date, and
 * names the boundaries it uses as constants with their sources.
 */
public enum LifeStage {
  /** Ibu hamil: a woman who is pregnant on the as-of date. */
  IBU_HAMIL("Ibu hamil", "Pregnant woman",
      "KMK HK.01.07/MENKES/2015/2023 (ILP), Klaster 2; Permenkes 6/2024 (SPM pelayanan ibu hamil)"),
  /** Ibu nifas: a woman within 42 days after delivery. */
  IBU_NIFAS("Ibu nifas", "Postpartum woman (up to 42 days)",
      "Permenkes 21/2021 (masa nifas 6 jam sampai 42 hari pasca persalinan); ILP KF1-KF4"),
  /** Bayi: a child aged 0-11 completed months. */
  BAYI("Bayi (0-11 bulan)", "Infant (0-11 months)",
      "Permenkes 25/2014 tentang Upaya Kesehatan Anak, Pasal 1 angka 4"),
  /** Baduta: a child under two years (under 731 days as WHO counts 24 months). */
  BADUTA("Baduta (di bawah dua tahun)", "Child under two",
      "WHO Child Growth Standards 2006 (24 months = 730.5 days; under 731 days)"),
  /** Balita: a child aged 0-59 completed months. */
  BALITA("Balita (0-59 bulan)", "Child under five (0-59 months)",
      "Permenkes 6/2024 (SPM pelayanan kesehatan balita 0-59 bulan)"),
  /** Apras: a pre-school child aged 60-71 completed months. */
  APRAS("Anak prasekolah (60-71 bulan)", "Pre-school child (60-71 months)",
      "Permenkes 25/2014 tentang Upaya Kesehatan Anak, Pasal 1 angka 6 (60-72 bulan)"),
  /** Usia sekolah dan remaja: aged 6 to under 18 years. */
  USIA_SEKOLAH_REMAJA("Usia sekolah dan remaja (6-17 tahun)",
      "School-age child and adolescent (6-17 years)",
      "Permenkes 25/2014, Pasal 1 angka 7 dan 8; UU 35/2014 (anak: belum 18 tahun)"),
  /** Usia produktif: aged 15-59 years. */
  USIA_PRODUKTIF("Usia produktif (15-59 tahun)", "Productive age (15-59 years)",
      "Permenkes 6/2024 (SPM pelayanan kesehatan usia produktif 15-59 tahun)"),
  /** Lansia: aged 60 years or more. */
  LANSIA("Lanjut usia (60 tahun ke atas)", "Older person (60 years and over)",
      "UU 13/1998 tentang Kesejahteraan Lanjut Usia, Pasal 1 angka 2; Permenkes 6/2024");

  private final String nameId;
  private final String nameEn;
  private final String source;

  LifeStage(String nameId, String nameEn, String source) {
    this.nameId = nameId;
    this.nameEn = nameEn;
    this.source = source;
  }

  /** Name in Indonesian. */
  public String nameId() {
    return nameId;
  }

  /** Name in English. */
  public String nameEn() {
    return nameEn;
  }

  /** The regulation or standard that defines the group and its age boundaries. */
  public String source() {
    return source;
  }
}
