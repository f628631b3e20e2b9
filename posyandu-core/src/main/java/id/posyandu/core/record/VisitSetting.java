package id.posyandu.core.record;

/** Where a {@link Visit} took place. */
public enum VisitSetting {
  /** At a Posyandu opening day (hari buka Posyandu), through its tables (meja). */
  POSYANDU_SESSION,
  /** A home visit by a kader (kunjungan rumah). */
  HOME_VISIT
}
