package id.posyandu.rules.anthro.internal;

/**
 * The inputs of one child as primitives, and the values WHO derives from them before looking up
 * the tables. A mutable scratch object: the bulk path reuses one per thread, so computing a dataset
 * allocates nothing per child. {@code NaN} marks an absent number and 0 an absent code; these never
 * leave the internal package.
 */
public final class Child {

  /** Code of an unknown measuring position. */
  public static final int POSITION_UNKNOWN = 0;
  /** Code of a recumbent length ("l"). */
  public static final int RECUMBENT = 1;
  /** Code of a standing height ("h"). */
  public static final int STANDING = 2;

  /** 1 male, 2 female, 0 unknown. */
  public int sex;
  /** Age in days as WHO uses it (months times 30.4375 when the age was given in months). */
  public double ageDays = Double.NaN;
  /** Age in months as WHO uses it (unrounded). */
  public double ageMonths = Double.NaN;
  /** Weight in kg. */
  public double weight = Double.NaN;
  /** Length or height in cm, as measured. */
  public double lenhei = Double.NaN;
  /** {@link #RECUMBENT}, {@link #STANDING} or {@link #POSITION_UNKNOWN}. */
  public int measure;
  /** Head circumference in cm. */
  public double headc = Double.NaN;
  /** Mid-upper arm circumference in cm. */
  public double armc = Double.NaN;
  /** Triceps skinfold in mm. */
  public double triskin = Double.NaN;
  /** Subscapular skinfold in mm. */
  public double subskin = Double.NaN;
  /** Bilateral pitting oedema. */
  public boolean oedema;

  /** Derived: standing measure below 9 months (WHO's {@code c9mo_flag}). */
  public boolean c9mo;
  /** Derived: the cleaned position ({@code cmeasure}). */
  public int cmeasure;
  /** Derived: the age in days rounded half up, the table key ({@code -1} when absent). */
  public int day;
  /** Derived: length/height after the 0.7 cm standardisation ({@code clenhei}). */
  public double clenhei;
  /** Derived: BMI from {@link #clenhei} ({@code cbmi}). */
  public double cbmi;

  /** Clears every input, for reuse. */
  public void clear() {
    sex = 0;
    ageDays = Double.NaN;
    ageMonths = Double.NaN;
    weight = Double.NaN;
    lenhei = Double.NaN;
    measure = POSITION_UNKNOWN;
    headc = Double.NaN;
    armc = Double.NaN;
    triskin = Double.NaN;
    subskin = Double.NaN;
    oedema = false;
  }
}
