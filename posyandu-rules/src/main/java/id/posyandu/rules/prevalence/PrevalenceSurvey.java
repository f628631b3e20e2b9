package id.posyandu.rules.prevalence;

import id.posyandu.core.Sex;
import id.posyandu.core.record.MeasurePosition;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The children of a survey, column by column, and its design: what
 * {@link WhoPrevalence#estimate(PrevalenceSurvey)} takes, as WHO's {@code anthro_prevalence} takes
 * its arguments ({@code sex, age, weight, lenhei, measure, oedema, sw, cluster, strata, typeres,
 * gregion, wealthq, mothered, othergr}). A value never set is missing ({@code NA}).
 *
 * <p>The design columns are optional, as in WHO's function: without sampling weights, clusters
 * and strata the children are a simple random sample. Grouping columns are named: WHO's own names
 * ({@value WhoPrevalence#TYPERES}, {@value WhoPrevalence#GREGION}, {@value WhoPrevalence#WEALTHQ},
 * {@value WhoPrevalence#MOTHERED}, {@value WhoPrevalence#OTHERGR}) get WHO's labels and places;
 * any other name is a further grouping labelled by its name.
 *
 * <p>Not thread-safe while being filled.
 */
public final class PrevalenceSurvey {

  final int size;
  final byte[] sex;
  final double[] ageDays;
  final double[] ageMonths;
  final double[] weight;
  final double[] lenhei;
  final MeasurePosition[] measure;
  final boolean[] oedema;
  final boolean[] ageInMonths;
  double[] samplingWeights;
  String[] clusters;
  String[] strata;
  final Map<String, String[]> groups = new LinkedHashMap<>();

  /** A survey of {@code size} children with every value missing and no design. */
  public PrevalenceSurvey(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size " + size);
    }
    this.size = size;
    sex = new byte[size];
    ageDays = nan(size);
    ageMonths = nan(size);
    weight = nan(size);
    lenhei = nan(size);
    measure = new MeasurePosition[size];
    oedema = new boolean[size];
    ageInMonths = new boolean[size];
  }

  private static double[] nan(int n) {
    double[] a = new double[n];
    Arrays.fill(a, Double.NaN);
    return a;
  }

  /** The number of children. */
  public int size() {
    return size;
  }

  /** Sets child {@code i}'s sex. */
  public PrevalenceSurvey sex(int i, Sex sex) {
    this.sex[i] = (byte) Objects.requireNonNull(sex, "sex").whoCode();
    return this;
  }

  /** Sets child {@code i}'s age in days (WHO Anthro's {@code age}). */
  public PrevalenceSurvey ageDays(int i, double days) {
    check(days, "age");
    ageDays[i] = days;
    ageMonths[i] = days / id.posyandu.rules.anthro.Age.DAYS_PER_MONTH;
    ageInMonths[i] = false;
    return this;
  }

  /** Sets child {@code i}'s age in months ({@code is_age_in_month = TRUE}; AnthroPlus). */
  public PrevalenceSurvey ageMonths(int i, double months) {
    check(months, "age");
    ageMonths[i] = months;
    ageDays[i] = months * id.posyandu.rules.anthro.Age.DAYS_PER_MONTH;
    ageInMonths[i] = true;
    return this;
  }

  /** Sets child {@code i}'s weight in kg. */
  public PrevalenceSurvey weightKg(int i, double kg) {
    check(kg, "weight");
    weight[i] = kg;
    return this;
  }

  /** Sets child {@code i}'s length/height in cm and how it was measured (null when unknown). */
  public PrevalenceSurvey lengthOrHeightCm(int i, double cm, MeasurePosition position) {
    check(cm, "lenhei");
    lenhei[i] = cm;
    measure[i] = position;
    return this;
  }

  /** Sets whether child {@code i} has bilateral pitting oedema. */
  public PrevalenceSurvey oedema(int i, boolean oedema) {
    this.oedema[i] = oedema;
    return this;
  }

  /**
   * The sampling weights ({@code sw}), one per child; NaN is a missing weight, which WHO sets to 0
   * (the child then counts in no weighted estimate).
   *
   * @throws IllegalArgumentException when the length differs or a weight is negative or infinite
   */
  public PrevalenceSurvey samplingWeights(double[] weights) {
    if (weights.length != size) {
      throw new IllegalArgumentException("sw: " + weights.length + " values for " + size);
    }
    for (double w : weights) {
      if (w < 0 || Double.isInfinite(w)) {
        throw new IllegalArgumentException("Bobot sampel negatif tidak diizinkan / negative "
            + "sampling weights are not allowed: " + w);
      }
    }
    this.samplingWeights = weights.clone();
    return this;
  }

  /** The cluster (PSU) of each child; null is missing (the child is left out, as WHO does). */
  public PrevalenceSurvey clusters(String[] clusters) {
    this.clusters = column("cluster", clusters);
    return this;
  }

  /** The stratum of each child; null is missing (the child is left out, as WHO does). */
  public PrevalenceSurvey strata(String[] strata) {
    this.strata = column("strata", strata);
    return this;
  }

  /**
   * A grouping column: WHO's {@code typeres}, {@code gregion}, {@code wealthq}, {@code mothered},
   * {@code othergr}, or any other name; null is missing.
   */
  public PrevalenceSurvey group(String name, String[] values) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("group name is blank");
    }
    groups.put(name, column(name, values));
    return this;
  }

  private String[] column(String name, String[] values) {
    if (values.length != size) {
      throw new IllegalArgumentException(name + ": " + values.length + " values for " + size);
    }
    return values.clone();
  }

  private static void check(double v, String what) {
    if (!Double.isFinite(v) || v < 0) {
      throw new IllegalArgumentException("Nilai tidak valid / invalid " + what + ": " + v);
    }
  }
}
