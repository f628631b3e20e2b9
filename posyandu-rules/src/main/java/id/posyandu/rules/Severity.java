package id.posyandu.rules;

/**
 * How much a {@link Finding} asks of the kader and the health worker, from nothing to act on to an
 * urgent referral. The levels are ordered ({@link #isAtLeast(Severity)}); {@link #NOT_ASSESSED}
 * stands outside the order: a screening that could not be done is never "normal".
 *
 * <p>The mapping of each screening category to a level is the project's reading of the follow-up
 * text of its source (e.g. the ILP juknis "edukasi", "pemantauan setiap bulan", "rujuk"), and is
 * itself reference data (the {@code severity} column of each screening table).
 */
public enum Severity {
  /**
   * The screening could not be assessed (a missing or invalid input, or outside the target group).
   */
  NOT_ASSESSED(-1, "Tidak dapat dinilai", "Not assessed"),
  /** Within the normal range: routine education only. */
  NORMAL(0, "Normal", "Normal"),
  /** Worth noting (e.g. a value the source leaves unclassified); no action beyond education. */
  INFO(1, "Informasi", "Information"),
  /** Education plus monitoring or a re-check at Posyandu or Pustu. */
  FOLLOW_UP(2, "Tindak lanjut/pemantauan", "Follow-up or monitoring"),
  /** Refer to a health worker or facility (see {@link Finding#referral()}). */
  REFER(3, "Rujuk", "Refer"),
  /** Refer without delay. */
  URGENT(4, "Rujuk segera", "Refer urgently");

  private final int rank;
  private final String nameId;
  private final String nameEn;

  Severity(int rank, String nameId, String nameEn) {
    this.rank = rank;
    this.nameId = nameId;
    this.nameEn = nameEn;
  }

  /** Whether the screening was assessed (every level but {@link #NOT_ASSESSED}). */
  public boolean isAssessed() {
    return this != NOT_ASSESSED;
  }

  /**
   * Whether this level is assessed and at least as serious as {@code other}.
   *
   * @throws IllegalArgumentException if {@code other} is {@link #NOT_ASSESSED}
   */
  public boolean isAtLeast(Severity other) {
    if (!other.isAssessed()) {
      throw new IllegalArgumentException("NOT_ASSESSED is not a level to compare with");
    }
    return isAssessed() && rank >= other.rank;
  }

  /** The level's name in Indonesian and English. */
  public LocalizedText label() {
    return LocalizedText.of(nameId, nameEn);
  }

  /**
   * The level with this name, case-insensitively.
   *
   * @throws IllegalArgumentException naming the known levels
   */
  public static Severity parse(String name) {
    for (Severity s : values()) {
      if (s.name().equalsIgnoreCase(name.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown severity '" + name + "'");
  }
}
