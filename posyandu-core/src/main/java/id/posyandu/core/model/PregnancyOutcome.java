package id.posyandu.core.model;

/** How a pregnancy ended (hasil kehamilan). */
public enum PregnancyOutcome {
  /** Lahir hidup (live birth). */
  LIVE_BIRTH,
  /** Lahir mati (stillbirth, from 22 weeks). */
  STILLBIRTH,
  /** Keguguran / abortus (pregnancy loss before 22 weeks). */
  MISCARRIAGE
}
