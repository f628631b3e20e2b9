package id.posyandu.rules.screening;

/**
 * The six intrinsic-capacity domains of SKILAS (Skrining Lansia Sederhana), juknis ILP [C]. The
 * items of each domain as an ILP Posyandu app asks them ([3P]) are listed per constant; a domain is
 * positive when any of its items is ticked.
 */
public enum SkilasDomain {
  /** Penurunan kognitif: orientation to time and place; recalling three words. */
  COGNITION,
  /** Keterbatasan mobilisasi: reported mobility limitation; chair-stand test. */
  MOBILITY,
  /** Malnutrisi: weight loss of 3 kg or more in 3 months; loss of appetite; LiLA &lt; 21 cm. */
  MALNUTRITION,
  /** Gangguan penglihatan: eye complaint; finger-count test. */
  VISION,
  /** Gangguan pendengaran: whisper test. */
  HEARING,
  /** Gejala depresi: sad or hopeless; loss of interest. */
  DEPRESSION
}
