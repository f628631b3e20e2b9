package id.posyandu.rules;

/**
 * Where a {@link Finding} sends the person: the next level of the Indonesian primary-care chain as
 * the ILP juknis (KMK HK.01.07/MENKES/2015/2023) names it.
 */
public enum ReferralTarget {
  /** A health worker (nakes) at the Posyandu or the Pustu (village health post). */
  NAKES_PUSTU("tenaga kesehatan di Posyandu/Pustu", "a health worker at the Posyandu or Pustu"),
  /** The Puskesmas (community health centre), for diagnosis and management. */
  PUSKESMAS("Puskesmas", "the Puskesmas (community health centre)"),
  /** A doctor (at the Puskesmas). */
  DOCTOR("dokter", "a doctor"),
  /** An advanced referral facility (FKRTL, a hospital), e.g. for spirometry. */
  FKRTL("fasilitas kesehatan rujukan tingkat lanjut (FKRTL)", "a hospital (FKRTL)");

  private final String nameId;
  private final String nameEn;

  ReferralTarget(String nameId, String nameEn) {
    this.nameId = nameId;
    this.nameEn = nameEn;
  }

  /** The target's name in Indonesian and English. */
  public LocalizedText label() {
    return LocalizedText.of(nameId, nameEn);
  }

  /**
   * The target with this name, case-insensitively.
   *
   * @throws IllegalArgumentException naming the known targets
   */
  public static ReferralTarget parse(String name) {
    for (ReferralTarget t : values()) {
      if (t.name().equalsIgnoreCase(name.trim())) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown referral target '" + name + "'");
  }
}
