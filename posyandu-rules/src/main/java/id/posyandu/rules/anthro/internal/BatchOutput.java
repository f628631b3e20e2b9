package id.posyandu.rules.anthro.internal;

/** The outputs for many children: per slot a column of rounded z and a column of {@link Status}. */
public final class BatchOutput {
  /** Which slots are computed. */
  public final boolean[] wanted;
  /** Rounded z per slot and child ({@code NaN} when not computed); null for slots not wanted. */
  public final double[][] z;
  /** {@link Status} per slot and child; null for slots not wanted. */
  public final byte[][] status;
  /** WHO's clenhei per child. */
  public final double[] clenhei;
  /** WHO's cbmi per child. */
  public final double[] cbmi;
  /** WHO's c9mo_flag per child. */
  public final boolean[] c9mo;

  /** Allocates the columns of the wanted slots. */
  public BatchOutput(int size, boolean[] wanted) {
    this.wanted = wanted.clone();
    z = new double[GrowthEngine.COUNT][];
    status = new byte[GrowthEngine.COUNT][];
    for (int k = 0; k < GrowthEngine.COUNT; k++) {
      if (wanted[k]) {
        z[k] = new double[size];
        status[k] = new byte[size];
      }
    }
    clenhei = new double[size];
    cbmi = new double[size];
    c9mo = new boolean[size];
  }
}
