package id.posyandu.rules.anthro.internal;

import java.util.Arrays;

/** The inputs of many children, one primitive array per column ({@code NaN}/0 = absent). */
public final class BatchData {
  /** Number of children. */
  public final int size;
  /** 1 male, 2 female, 0 unknown. */
  public final byte[] sex;
  /** Age in days as WHO uses it. */
  public final double[] ageDays;
  /** Age in months as WHO uses it. */
  public final double[] ageMonths;
  /** Weight in kg. */
  public final double[] weight;
  /** Length or height in cm as measured. */
  public final double[] lenhei;
  /** Position code ({@link Child#RECUMBENT}...). */
  public final byte[] measure;
  /** Head circumference in cm. */
  public final double[] headc;
  /** Arm circumference in cm. */
  public final double[] armc;
  /** Triceps skinfold in mm. */
  public final double[] triskin;
  /** Subscapular skinfold in mm. */
  public final double[] subskin;
  /** Oedema. */
  public final boolean[] oedema;

  /** Allocates a batch of absent values. */
  public BatchData(int size) {
    this.size = size;
    sex = new byte[size];
    ageDays = nan(size);
    ageMonths = nan(size);
    weight = nan(size);
    lenhei = nan(size);
    measure = new byte[size];
    headc = nan(size);
    armc = nan(size);
    triskin = nan(size);
    subskin = nan(size);
    oedema = new boolean[size];
  }

  private static double[] nan(int size) {
    double[] a = new double[size];
    Arrays.fill(a, Double.NaN);
    return a;
  }
}
