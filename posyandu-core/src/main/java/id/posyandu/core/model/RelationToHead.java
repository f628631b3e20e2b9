package id.posyandu.core.model;

/**
 * Relation of a household member to the head of the family (status hubungan dalam keluarga, SHDK),
 * with the codes of the Dukcapil family card (Kartu Keluarga) form.
 */
public enum RelationToHead {
  /** Kepala keluarga (head of the family), SHDK 1. */
  KEPALA_KELUARGA(1),
  /** Suami (husband), SHDK 2. */
  SUAMI(2),
  /** Istri (wife), SHDK 3. */
  ISTRI(3),
  /** Anak (child), SHDK 4. */
  ANAK(4),
  /** Menantu (child-in-law), SHDK 5. */
  MENANTU(5),
  /** Cucu (grandchild), SHDK 6. */
  CUCU(6),
  /** Orang tua (parent), SHDK 7. */
  ORANG_TUA(7),
  /** Mertua (parent-in-law), SHDK 8. */
  MERTUA(8),
  /** Famili lain (other relative), SHDK 9. */
  FAMILI_LAIN(9),
  /** Pembantu (household helper), SHDK 10. */
  PEMBANTU(10),
  /** Lainnya (other), SHDK 11. */
  LAINNYA(11);

  private final int shdkCode;

  RelationToHead(int shdkCode) {
    this.shdkCode = shdkCode;
  }

  /** The SHDK code on the Kartu Keluarga. */
  public int shdkCode() {
    return shdkCode;
  }
}
