package id.posyandu.rules.anthro;

/** Why WHO's algorithm computes no z-score (where WHO Anthro prints an empty cell). */
public enum NotComputedReason {
  /** Sex, age or the measurement is absent. */
  MISSING_INPUT("Data tidak lengkap (jenis kelamin, umur atau hasil ukur tidak ada)",
      "Missing input (sex, age or the measurement is absent)"),
  /** The measurement is zero or negative. */
  INVALID_MEASUREMENT("Hasil ukur tidak valid (nol atau negatif)",
      "Invalid measurement (zero or negative)"),
  /** The length/height lies outside the weight-for-length (45-110 cm) or -height (65-120 cm) table. */
  OUT_OF_RANGE("Panjang/tinggi badan di luar rentang tabel WHO",
      "Length/height outside the WHO table's range"),
  /** Oedema: WHO computes no weight-based z-score (and counts the child below -3 SD in prevalence). */
  OEDEMA("Edema: z-score berbasis berat badan tidak dihitung",
      "Oedema: weight-based z-scores are not computed"),
  /** The age is outside the indicator's range (e.g. 60 months and over for WHO 2006). */
  AGE_OUT_OF_RANGE("Umur di luar rentang indikator", "Age outside the indicator's range");

  private final String messageId;
  private final String messageEn;

  NotComputedReason(String messageId, String messageEn) {
    this.messageId = messageId;
    this.messageEn = messageEn;
  }

  /** The reason in Indonesian. */
  public String messageId() {
    return messageId;
  }

  /** The reason in English. */
  public String messageEn() {
    return messageEn;
  }
}
