package id.posyandu.core.record;

/** Where a {@link Visit} took place. */
public enum VisitSetting {
  /** At a Posyandu opening day (hari buka Posyandu), through its tables (meja). */
  POSYANDU_SESSION,
  /** A home visit by a kader (kunjungan rumah). */
  HOME_VISIT,
  /**
   * A service given at a health facility (Puskesmas, Pustu, a midwife's practice) that the kader
   * records from the Buku KIA or the facility's register, e.g. an immunization given at the
   * Puskesmas; the date is the day the service was given.
   */
  HEALTH_FACILITY
}
