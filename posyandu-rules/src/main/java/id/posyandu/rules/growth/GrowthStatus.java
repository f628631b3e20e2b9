package id.posyandu.rules.growth;

/**
 * The monthly growth status of a weighed child in SKDN (Buku KIA 2023 p.54; the decision order of
 * POSYANDU-6SPM.md §4.1): B, then O, then N or T. The four are mutually exclusive, so D = N + T + O + B.
 */
public enum GrowthStatus {
  /** Naik: weight gain at least the KBM since last month's weighing. */
  N("Naik", "Weight up (gain at least the KBM)"),
  /** Tidak naik: gain below the KBM (flat or falling curve). Refer. */
  T("Tidak naik", "Weight not up (gain below the KBM)"),
  /** Weighed this month but not weighed last month: N/T cannot be judged. */
  O("Tidak ditimbang bulan lalu", "Not weighed last month"),
  /** Baru: the first weighing ever recorded. */
  B("Baru pertama kali ditimbang", "First weighing");

  private final String labelId;
  private final String labelEn;

  GrowthStatus(String labelId, String labelEn) {
    this.labelId = labelId;
    this.labelEn = labelEn;
  }

  /** Label in Indonesian. */
  public String labelId() {
    return labelId;
  }

  /** Label in English. */
  public String labelEn() {
    return labelEn;
  }
}
