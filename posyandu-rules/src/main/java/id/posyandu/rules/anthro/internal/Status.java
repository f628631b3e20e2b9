package id.posyandu.rules.anthro.internal;

/**
 * Outcome codes of one z-score, as stored by the bulk path (one byte per child and indicator). The
 * API maps the reasons to {@code NotComputedReason} in this order.
 */
public final class Status {
  /** Computed, not flagged. */
  public static final byte OK = 0;
  /** Computed and flagged implausible. */
  public static final byte FLAGGED = 1;
  /** Not computed: sex, age or the measurement is absent. */
  public static final byte MISSING_INPUT = 2;
  /** Not computed: the measurement is zero or negative. */
  public static final byte INVALID_MEASUREMENT = 3;
  /** Not computed: the length/height lies outside the table (45-110 or 65-120 cm). */
  public static final byte OUT_OF_RANGE = 4;
  /** Not computed: oedema (weight-based indicators). */
  public static final byte OEDEMA = 5;
  /** Not computed: the age lies outside the indicator's validity range. */
  public static final byte AGE_OUT_OF_RANGE = 6;
  /** The first code that is a reason. */
  public static final byte FIRST_REASON = MISSING_INPUT;

  private Status() {}
}
