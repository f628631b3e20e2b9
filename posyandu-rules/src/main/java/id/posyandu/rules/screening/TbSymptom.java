package id.posyandu.rules.screening;

import id.posyandu.rules.LocalizedText;

/** The TB symptoms asked on the ILP kader form (VERIFIED.md section 5.9, [3P] list). */
public enum TbSymptom {
  /** Batuk 2 minggu atau lebih. */
  COUGH_2_WEEKS("batuk ≥ 2 minggu", "cough for 2 weeks or more"),
  /** Demam 2 minggu atau lebih. */
  FEVER_2_WEEKS("demam ≥ 2 minggu", "fever for 2 weeks or more"),
  /** Berat badan tetap atau turun dalam 2 bulan. */
  WEIGHT_LOSS("BB tetap/turun 2 bulan", "weight static or falling for 2 months"),
  /** Kontak erat dengan pasien TBC. */
  TB_CONTACT("kontak dengan pasien TBC", "contact with a TB patient"),
  /** Lesu atau malaise. */
  MALAISE("lesu/malaise", "malaise"),
  /** Berkeringat malam tanpa aktivitas. */
  NIGHT_SWEATS("keringat malam", "night sweats"),
  /** Batuk berdarah. */
  HAEMOPTYSIS("batuk berdarah", "coughing blood"),
  /** Sesak napas. */
  DYSPNOEA("sesak napas", "shortness of breath");

  private final String nameId;
  private final String nameEn;

  TbSymptom(String nameId, String nameEn) {
    this.nameId = nameId;
    this.nameEn = nameEn;
  }

  /** The symptom's name in Indonesian and English. */
  public LocalizedText label() {
    return LocalizedText.of(nameId, nameEn);
  }
}
