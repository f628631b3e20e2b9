package id.posyandu.rules.schedule;

import id.posyandu.rules.LocalizedText;

/**
 * The state of one scheduled dose for one child on the as-of date, in the colours of the Buku KIA
 * immunization table: white (recommended), yellow (allowed), orange (catch-up, kejar), grey (not
 * allowed).
 */
public enum DoseStatus {
  /** Given within the recommended or allowed window (KIA white or yellow). */
  GIVEN_ON_TIME("Diberikan tepat waktu", "Given on time"),
  /** Given in the catch-up window (KIA orange, imunisasi kejar). */
  GIVEN_LATE("Diberikan terlambat (kejar)", "Given late (catch-up)"),
  /**
   * Given outside the valid window: before the earliest age, too soon after the previous dose of
   * the series, or at or after the latest age (KIA grey); it does not count and needs review.
   */
  GIVEN_INVALID("Diberikan di luar rentang yang diperbolehkan", "Given outside the allowed window"),
  /** Not given; within its recommended window (KIA white): give now. */
  DUE("Jadwal sekarang", "Due"),
  /**
   * Not given; past its recommended window but still allowed or in catch-up: give as soon as
   * possible.
   */
  OVERDUE("Terlambat, masih dapat dikejar", "Overdue, catch-up possible"),
  /** Not given; not yet due (too young, or waiting for the previous dose and its interval). */
  NOT_YET_DUE("Belum waktunya", "Not yet due"),
  /** Not given and no longer allowed (at or past the latest age). */
  EXPIRED("Tidak dapat diberikan lagi (lewat batas umur)", "Expired (past the latest age)");

  private final String nameId;
  private final String nameEn;

  DoseStatus(String nameId, String nameEn) {
    this.nameId = nameId;
    this.nameEn = nameEn;
  }

  /** Whether the dose was given and counts (on time or late). */
  public boolean countsAsGiven() {
    return this == GIVEN_ON_TIME || this == GIVEN_LATE;
  }

  /** The status's name in Indonesian and English. */
  public LocalizedText label() {
    return LocalizedText.of(nameId, nameEn);
  }
}
