package id.posyandu.rules.prevalence;

/**
 * The six cut-offs of WHO's prevalence tables: below -3, -2, -1 and above +1, +2, +3 SD, with the
 * column infix WHO uses ({@code HA_2_r} is the prevalence of height-for-age below -2 SD, stunting;
 * {@code WH2_r} of weight-for-height above +2 SD, overweight). Source: {@code generate_cutoffs} in
 * WHO's {@code anthro} R package, R/prevalence.R.
 */
public enum Cutoff {
  /** z &lt; -3 SD. */
  BELOW_MINUS_3(-3, "_3"),
  /** z &lt; -2 SD. */
  BELOW_MINUS_2(-2, "_2"),
  /** z &lt; -1 SD. */
  BELOW_MINUS_1(-1, "_1"),
  /** z &gt; +1 SD. */
  ABOVE_PLUS_1(1, "1"),
  /** z &gt; +2 SD. */
  ABOVE_PLUS_2(2, "2"),
  /** z &gt; +3 SD. */
  ABOVE_PLUS_3(3, "3");

  private final int sd;
  private final String suffix;

  Cutoff(int sd, String suffix) {
    this.sd = sd;
    this.suffix = suffix;
  }

  /** The cut-off in SD, negative below the median. */
  public int sd() {
    return sd;
  }

  /** WHO's column infix: {@code _3}, {@code _2}, {@code _1}, {@code 1}, {@code 2}, {@code 3}. */
  public String suffix() {
    return suffix;
  }

  /** Whether a z-score is beyond this cut-off (strictly, as WHO counts). */
  public boolean test(double z) {
    return sd < 0 ? z < sd : z > sd;
  }
}
