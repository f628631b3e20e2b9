package id.posyandu.rules.prevalence;

import id.posyandu.core.Sex;
import id.posyandu.rules.anthro.Age;
import id.posyandu.rules.anthro.AnthroBatch;
import id.posyandu.rules.anthro.AnthroBatchResult;
import id.posyandu.rules.anthro.Indicator;
import id.posyandu.rules.anthro.WhoGrowthStandards;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Prevalence estimates with a complex survey design, equal to WHO's: WHO Anthro's
 * {@code anthro_prevalence} (WHO Child Growth Standards 2006, 0-59 months) and WHO AnthroPlus's
 * {@code anthroplus_prevalence} (WHO Reference 2007, 61-228 months), over this library's z-scores
 * ({@link WhoGrowthStandards}, {@link AnthroBatch}).
 *
 * <p>Sources: the R packages {@code anthro} 1.1.0.9000 and {@code anthroplus} 1.0.0.9000
 * (github.com/WorldHealthOrganization/anthro, R/prevalence.R, R/prevalence-survey.R,
 * R/prevalence-simple.R, R/prevalence-hybrid-sw.R; .../anthroplus, R/prevalence.R) and the
 * {@code survey} package 4.1-1 they call (T. Lumley, "survey: analysis of complex survey samples";
 * Lumley, Complex Surveys, Wiley 2010). What WHO does, this does:
 *
 * <ul>
 *   <li>Children: 2006, age (rounded half up to days) at most 1826 days or missing; 2007, age
 *       60 to 228 months. Flagged z-scores are missing. With oedema a child's weight-for-age,
 *       BMI-for-age and weight-for-height count below -3 SD (z set to -3.1) in the prevalences and
 *       counts, and are missing in the mean (2007: weight-for-age only up to 120 months).
 *   <li>Indicators: prevalence below -3, -2, -1 and above +1, +2, +3 SD, mean z and its interval,
 *       standard deviation, weighted and unweighted counts; 2006 also stunted and wasted
 *       ({@code HA_2_WH_2}) and stunted and overweight ({@code HA_2_WH2}).
 *   <li>Groups: 2006, all, age group, sex, age and sex, and the optional groupings (type of
 *       residence, region, wealth quintile, mother's education, other) when not all missing;
 *       2007, all, sex, age in years, age in 5-year groups, age and sex. Groups with no children
 *       keep their row with counts 0 and the rest empty.
 *   <li>Design: sampling weights (missing set to 0), clusters nested in strata, children with a
 *       missing cluster or stratum left out. Means by {@code svymean}, proportions by
 *       {@code svyciprop(method = "logit")}, both with {@code df = degf(design)} (PSUs minus
 *       strata) and Taylor linearisation by domain; standard deviations by {@code svyvar}. Without
 *       a design, WHO's own closed forms with {@code df = n - 1}; with weights only, WHO's
 *       weighted forms for means and counts. Single-PSU strata: {@link LonelyPsu}; 2006 uses
 *       {@code adjust}, as {@code anthro_prevalence} sets it, 2007 R's default {@code fail}.
 *   <li>Boundaries: a prevalence of 0 gets the interval [0, 0]; where WHO tests {@code r == 1}
 *       on the percentage (a prevalence of exactly 1 %), the interval is [1, 1], as WHO's code
 *       does; a prevalence of 100 % gets the interval of R's non-converging logistic fit.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class WhoPrevalence {

  /** WHO's grouping column of the type of residence, labelled "Area". */
  public static final String TYPERES = "typeres";
  /** WHO's grouping column of the geographical region. */
  public static final String GREGION = "gregion";
  /** WHO's grouping column of the wealth quintile (1-5 or Q1-Q5). */
  public static final String WEALTHQ = "wealthq";
  /** WHO's grouping column of the mother's education. */
  public static final String MOTHERED = "mothered";
  /** WHO's grouping column of another variable. */
  public static final String OTHERGR = "othergr";

  private static final Map<String, String> WHO_GROUPS = new LinkedHashMap<>();

  static {
    WHO_GROUPS.put(TYPERES, "Area");
    WHO_GROUPS.put(GREGION, "Geographical region");
    WHO_GROUPS.put(WEALTHQ, "Wealth quintile");
    WHO_GROUPS.put(MOTHERED, "Maternal education");
    WHO_GROUPS.put(OTHERGR, "Other grouping");
  }

  private static final Cutoff[] CUTOFFS = Cutoff.values();
  private static final List<String> AGE_GROUPS_2006 =
      List.of("00-05 mo", "06-11 mo", "12-23 mo", "24-35 mo", "36-47 mo", "48-59 mo");
  private static final double[] AGE_BREAKS_2006 = {0, 6, 12, 24, 36, 48, 60};
  private static final List<String> SEXES = List.of("Female", "Male");
  private static final List<String> WEALTH =
      List.of("Q1: Poorest", "Q2", "Q3", "Q4", "Q5: Richest");
  private static final List<String> AGE_GROUPS_2007 = List.of("60-71 mo", "72-83 mo", "84-95 mo",
      "96-107 mo", "108-119 mo", "120-131 mo", "132-143 mo", "144-155 mo", "156-167 mo",
      "168-179 mo", "180-191 mo", "192-203 mo", "204-215 mo", "216-227 mo", "228-228 mo");
  private static final List<String> WIDE_AGE_GROUPS_2007 =
      List.of("60-119 mo", "120-179 mo", "180-228 mo");
  /** WHO's age limit of the 0-5 y prevalence: 1826 completed days. */
  static final int MAX_AGE_DAYS_2006 = 1826;
  /** WHO's weight-for-age age limit of the 2007 reference, in months. */
  static final double WFA_MAX_MONTHS_2007 = 120;
  /** The z-score WHO gives oedema in the weight-based prevalences. */
  static final double OEDEMA_Z = -3.1;

  private final boolean who2007;
  private final LonelyPsu lonelyPsu;

  private WhoPrevalence(boolean who2007, LonelyPsu lonelyPsu) {
    this.who2007 = who2007;
    this.lonelyPsu = lonelyPsu;
  }

  /** WHO Anthro's {@code anthro_prevalence}: WHO 2006, 0-59 months, lonely PSUs adjusted. */
  public static WhoPrevalence who2006() {
    return new WhoPrevalence(false, LonelyPsu.ADJUST);
  }

  /**
   * WHO AnthroPlus's {@code anthroplus_prevalence}: WHO 2007, 60-228 months, a single-PSU stratum
   * an error (R's default).
   */
  public static WhoPrevalence who2007() {
    return new WhoPrevalence(true, LonelyPsu.FAIL);
  }

  /** The same estimates with another rule for single-PSU strata. */
  public WhoPrevalence withLonelyPsu(LonelyPsu rule) {
    return new WhoPrevalence(who2007, Objects.requireNonNull(rule, "rule"));
  }

  /** The rule for single-PSU strata. */
  public LonelyPsu lonelyPsu() {
    return lonelyPsu;
  }

  /** Whether this is AnthroPlus's table (WHO 2007). */
  public boolean isWho2007() {
    return who2007;
  }

  private List<PrevalenceIndicator> indicators() {
    return who2007
        ? List.of(PrevalenceIndicator.HA, PrevalenceIndicator.WA, PrevalenceIndicator.BMI)
        : List.of(PrevalenceIndicator.HA, PrevalenceIndicator.WA, PrevalenceIndicator.BMI,
            PrevalenceIndicator.WH);
  }

  /** WHO's columns of the table, in WHO's order. */
  public List<String> columns() {
    List<String> cols = new ArrayList<>(List.of("Group"));
    if (who2007) {
      cols.add("Years");
      cols.add("Months");
    }
    cols.addAll(numericColumns());
    return cols;
  }

  private List<String> numericColumns() {
    List<String> cols = new ArrayList<>();
    for (PrevalenceIndicator ind : indicators()) {
      String p = ind.prefix();
      cols.add(p + "Z_pop");
      cols.add(p + "Z_unwpop");
      for (Cutoff c : CUTOFFS) {
        addEstimate(cols, p + c.suffix());
      }
      addEstimate(cols, p);
      cols.add(p + "_stdev");
    }
    if (!who2007) {
      cols.add("HA_2_WH_2_pop");
      cols.add("HA_2_WH_2_unwpop");
      addEstimate(cols, "HA_2_WH_2");
      addEstimate(cols, "HA_2_WH2");
    }
    return cols;
  }

  private static void addEstimate(List<String> cols, String name) {
    cols.add(name + "_r");
    cols.add(name + "_se");
    cols.add(name + "_ll");
    cols.add(name + "_ul");
  }

  /**
   * The prevalence table of a survey.
   *
   * @throws IllegalArgumentException when no child is left to analyse (WHO stops there too)
   * @throws IllegalStateException when a stratum has a single PSU and the rule is
   *     {@link LonelyPsu#FAIL}
   */
  public PrevalenceTable estimate(PrevalenceSurvey s) {
    List<String> warnings = new ArrayList<>();
    // 1. the children WHO keeps, by age
    int[] kept = keptByAge(s, warnings);
    // 2. children with a missing cluster or stratum
    int before = kept.length;
    kept = Arrays.stream(kept).filter(i -> (s.clusters == null || s.clusters[i] != null)
        && (s.strata == null || s.strata[i] != null)).toArray();
    if (kept.length < before) {
      int k = before - kept.length;
      warnings.add(k + " baris tidak dihitung karena cluster atau strata kosong / " + k
          + " row(s) will be excluded for the prevalence computation due to missing cluster and"
          + " strata.");
    }
    int n = kept.length;
    if (n == 0) {
      throw new IllegalArgumentException("Tidak ada anak yang tersisa untuk dianalisis / It seems"
          + " that all values have been removed from the analysis, due to specific exclusion"
          + " rules.");
    }
    // 3. the design
    double[] w = null;
    if (s.samplingWeights != null) {
      w = new double[n];
      int missing = 0;
      for (int j = 0; j < n; j++) {
        double v = s.samplingWeights[kept[j]];
        if (Double.isNaN(v)) {
          missing++;
          v = 0;
        }
        w[j] = v;
      }
      if (missing > 0) {
        warnings.add(missing + " baris tanpa bobot sampel, bobotnya 0 / " + missing
            + " row(s) had missing sampling weights and they will be set to 0.");
      }
    }
    Design design = Design.create(n, w, pick(s.clusters, kept), pick(s.strata, kept), lonelyPsu);
    // 4. z-scores, flagged ones missing, oedema as WHO
    double[][] z = new double[indicators().size()][];
    double[][] aux = new double[indicators().size()][];
    zScores(s, kept, z, aux);
    // 5. groupings
    List<Grouping> groupings = groupings(s, kept, design, warnings);
    // 6. estimates
    Estimator est = new Estimator(design);
    List<String> numeric = numericColumns();
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < numeric.size(); c++) {
      index.put(numeric.get(c), c);
    }
    double[] combinedWasting = null;
    double[] combinedOverweight = null;
    if (!who2007) {
      combinedWasting = combined(z[0], aux[3], false);
      combinedOverweight = combined(z[0], aux[3], true);
    }
    List<PrevalenceRow> rows = new ArrayList<>();
    for (Grouping g : groupings) {
      double[][] values = new double[g.size()][numeric.size()];
      for (double[] v : values) {
        Arrays.fill(v, Double.NaN);
      }
      List<PrevalenceIndicator> inds = indicators();
      for (int k = 0; k < inds.size(); k++) {
        String p = inds.get(k).prefix();
        Estimator.Prevalences prev = est.prevalences(aux[k], CUTOFFS, g);
        Estimator.Means means = est.means(z[k], g);
        for (int l = 0; l < g.size(); l++) {
          double[] v = values[l];
          v[index.get(p + "Z_pop")] = prev.pop[l];
          v[index.get(p + "Z_unwpop")] = prev.unwpop[l];
          for (int c = 0; c < CUTOFFS.length; c++) {
            String name = p + CUTOFFS[c].suffix();
            put(v, index, name, prev.r[c][l], prev.se[c][l], prev.ll[c][l], prev.ul[c][l]);
          }
          put(v, index, p, means.r[l], means.se[l], means.ll[l], means.ul[l]);
          v[index.get(p + "_stdev")] = means.stdev[l];
        }
      }
      if (!who2007) {
        Estimator.Prevalences sw = est.prevalences(combinedWasting, null, g);
        Estimator.Prevalences so = est.prevalences(combinedOverweight, null, g);
        for (int l = 0; l < g.size(); l++) {
          double[] v = values[l];
          v[index.get("HA_2_WH_2_pop")] = sw.pop[l];
          v[index.get("HA_2_WH_2_unwpop")] = sw.unwpop[l];
          put(v, index, "HA_2_WH_2", sw.r[0][l], sw.se[0][l], sw.ll[0][l], sw.ul[0][l]);
          put(v, index, "HA_2_WH2", so.r[0][l], so.se[0][l], so.ll[0][l], so.ul[0][l]);
        }
      }
      for (int l = 0; l < g.size(); l++) {
        String level = g.levels().get(l);
        String label = g.label().equals("All") ? level : g.label() + ": " + level;
        rows.add(new PrevalenceRow(label, textCells(g, l, rows.size()), index, values[l]));
      }
    }
    if (who2007) {
      // WHO: weight-for-age is defined to 120 months only; NA for "All" and the two "Sex" rows
      for (int r = 0; r < 3; r++) {
        for (String c : numeric) {
          if (c.startsWith("WA")) {
            rowValues(rows.get(r))[index.get(c)] = Double.NaN;
          }
        }
      }
    }
    return new PrevalenceTable(columns(), rows, warnings, design.df, n);
  }

  private static double[] rowValues(PrevalenceRow row) {
    return row.valuesForUpdate();
  }

  private static void put(double[] v, Map<String, Integer> index, String name, double r,
      double se, double ll, double ul) {
    v[index.get(name + "_r")] = r;
    v[index.get(name + "_se")] = se;
    v[index.get(name + "_ll")] = ll;
    v[index.get(name + "_ul")] = ul;
  }

  /** AnthroPlus's Years and Months columns (anthroplus R/prevalence.R, cbind_year_month_columns). */
  private Map<String, String> textCells(Grouping g, int level, int row) {
    if (!who2007) {
      return Map.of();
    }
    String years;
    String months;
    switch (g.label()) {
      case "All", "Sex" -> {
        years = "Total (5-19)";
        months = "(60-228)";
      }
      case "Age Group 1" -> {
        years = String.valueOf(5 + level);
        months = "(" + AGE_GROUPS_2007.get(level).replace(" mo", "") + ")";
      }
      case "Age Group 2", "Age + Sex" -> {
        int wide = g.label().equals("Age Group 2") ? level : level / 2;
        years = List.of("Total (5-9)", "Total (10-14)", "Total (15-19)").get(wide);
        months = "(" + WIDE_AGE_GROUPS_2007.get(wide).replace(" mo", "") + ")";
      }
      default -> {
        years = "";
        months = "";
      }
    }
    return Map.of("Years", years, "Months", months);
  }

  private static String[] pick(String[] column, int[] kept) {
    if (column == null) {
      return null;
    }
    String[] out = new String[kept.length];
    for (int j = 0; j < kept.length; j++) {
      out[j] = column[kept[j]];
    }
    return out;
  }

  /** WHO's round_up: half up, for non-negative numbers (anthro R/utils.R). */
  static double roundUp(double x) {
    double f = Math.floor(x);
    return x - f >= 0.5 ? f + 1 : f;
  }

  private int[] keptByAge(PrevalenceSurvey s, List<String> warnings) {
    int[] kept;
    if (who2007) {
      kept = java.util.stream.IntStream.range(0, s.size)
          .filter(i -> s.ageMonths[i] >= 60 && s.ageMonths[i] <= 228).toArray();
      if (kept.length == 0) {
        throw new IllegalArgumentException("Semua umur kosong atau di luar 60-228 bulan / All age"
            + " values are either NA or < 60 or > 228, which excludes all cases from the"
            + " analysis.");
      }
      int k = s.size - kept.length;
      if (k > 0) {
        warnings.add(k + " baris dengan umur kosong atau di luar 60-228 bulan tidak dihitung / "
            + k + " row(s) with age NA or age < 60 months or > 228 months were excluded from the"
            + " computation.");
      }
    } else {
      kept = java.util.stream.IntStream.range(0, s.size)
          .filter(i -> Double.isNaN(s.ageDays[i]) || roundUp(s.ageDays[i]) <= MAX_AGE_DAYS_2006)
          .toArray();
      int k = s.size - kept.length;
      if (k > 0) {
        warnings.add(k + " baris dengan umur > 1826 hari tidak dihitung / " + k + " row(s) will"
            + " be excluded for the prevalence computation due to missing age or age > 1826"
            + " days");
      }
    }
    return kept;
  }

  private void zScores(PrevalenceSurvey s, int[] kept, double[][] z, double[][] aux) {
    int n = kept.length;
    AnthroBatch batch = new AnthroBatch(n);
    for (int j = 0; j < n; j++) {
      int i = kept[j];
      if (s.sex[i] != 0) {
        batch.sex(j, s.sex[i] == 1 ? Sex.MALE : Sex.FEMALE);
      }
      if (!Double.isNaN(s.ageDays[i])) {
        batch.age(j, who2007 || s.ageInMonths[i] ? Age.ofMonths(s.ageMonths[i])
            : Age.ofDays(s.ageDays[i]));
      }
      if (!Double.isNaN(s.weight[i])) {
        batch.weightKg(j, s.weight[i]);
      }
      if (!Double.isNaN(s.lenhei[i])) {
        batch.lengthOrHeightCm(j, s.lenhei[i], who2007 ? null : s.measure[i]);
      }
      batch.oedema(j, s.oedema[i]);
    }
    List<PrevalenceIndicator> inds = indicators();
    Set<Indicator> wanted = EnumSet.noneOf(Indicator.class);
    for (PrevalenceIndicator p : inds) {
      wanted.add(p.zScore(who2007));
    }
    AnthroBatchResult res = n >= 1 << 15
        ? WhoGrowthStandards.standard().computeParallel(batch, wanted)
        : WhoGrowthStandards.standard().compute(batch, wanted);
    for (int k = 0; k < inds.size(); k++) {
      PrevalenceIndicator p = inds.get(k);
      Indicator ind = p.zScore(who2007);
      double[] zk = new double[n];
      double[] ak = new double[n];
      for (int j = 0; j < n; j++) {
        int i = kept[j];
        double v = res.isComputed(ind, j) && !res.isFlagged(ind, j) ? res.rounded(ind, j)
            : Double.NaN;
        boolean oedemaBelow = p != PrevalenceIndicator.HA && s.oedema[i]
            && (!who2007 || p != PrevalenceIndicator.WA || s.ageMonths[i] <= WFA_MAX_MONTHS_2007);
        if (oedemaBelow) {
          zk[j] = Double.NaN;
          ak[j] = OEDEMA_Z;
        } else {
          zk[j] = v;
          ak[j] = v;
        }
      }
      z[k] = zk;
      aux[k] = ak;
    }
  }

  /** WHO's stunted-and-wasted / stunted-and-overweight 0/1 column (NaN when either is missing). */
  private static double[] combined(double[] zlen, double[] zwflAux, boolean overweight) {
    double[] out = new double[zlen.length];
    for (int j = 0; j < out.length; j++) {
      if (Double.isNaN(zlen[j]) || Double.isNaN(zwflAux[j])) {
        out[j] = Double.NaN;
      } else {
        boolean wfl = overweight ? zwflAux[j] > 2 : zwflAux[j] < -2;
        out[j] = zlen[j] < -2 && wfl ? 1 : 0;
      }
    }
    return out;
  }

  private List<Grouping> groupings(PrevalenceSurvey s, int[] kept, Design design,
      List<String> warnings) {
    int n = kept.length;
    List<Grouping> out = new ArrayList<>();
    out.add(new Grouping("All", List.of("All"), new int[n]));
    int[] sex = new int[n];
    for (int j = 0; j < n; j++) {
      byte code = s.sex[kept[j]];
      sex[j] = code == 2 ? 0 : code == 1 ? 1 : -1;
    }
    if (who2007) {
      int[] age1 = new int[n];
      int[] age2 = new int[n];
      int[] ageSex = new int[n];
      for (int j = 0; j < n; j++) {
        double m = s.ageMonths[kept[j]];
        age1[j] = Math.min((int) Math.floor((m - 60) / 12), 14);
        age2[j] = m < 120 ? 0 : m < 180 ? 1 : 2;
        ageSex[j] = sex[j] < 0 ? -1 : sex[j] + 2 * age2[j];
      }
      List<String> ageSexLevels = new ArrayList<>();
      for (String a : WIDE_AGE_GROUPS_2007) {
        for (String x : SEXES) {
          ageSexLevels.add(x + "." + a);
        }
      }
      out.add(new Grouping("Sex", SEXES, sex));
      out.add(new Grouping("Age Group 1", AGE_GROUPS_2007, age1));
      out.add(new Grouping("Age Group 2", WIDE_AGE_GROUPS_2007, age2));
      out.add(new Grouping("Age + Sex", ageSexLevels, ageSex));
    } else {
      int[] age = new int[n];
      int[] ageSex = new int[n];
      for (int j = 0; j < n; j++) {
        double m = s.ageMonths[kept[j]];
        int a = -1;
        for (int b = 0; b < 6; b++) {
          if (m >= AGE_BREAKS_2006[b] && m < AGE_BREAKS_2006[b + 1]) {
            a = b;
          }
        }
        age[j] = a;
        ageSex[j] = a < 0 || sex[j] < 0 ? -1 : a + 6 * sex[j];
      }
      List<String> ageSexLevels = new ArrayList<>();
      for (String x : SEXES) {
        for (String a : AGE_GROUPS_2006) {
          ageSexLevels.add(a + "." + x);
        }
      }
      addIfAny(out, new Grouping("Age group", AGE_GROUPS_2006, age));
      addIfAny(out, new Grouping("Sex", SEXES, sex));
      addIfAny(out, new Grouping("Age + sex", ageSexLevels, ageSex));
      for (Map.Entry<String, String> who : WHO_GROUPS.entrySet()) {
        String[] col = s.groups.get(who.getKey());
        if (col == null) {
          continue;
        }
        String[] values = pick(col, kept);
        if (who.getKey().equals(WEALTHQ)) {
          addIfAny(out, wealth(values, warnings));
        } else {
          addIfAny(out, characterGrouping(who.getValue(), values, design));
        }
      }
    }
    for (Map.Entry<String, String[]> e : s.groups.entrySet()) {
      if (!who2007 && WHO_GROUPS.containsKey(e.getKey())) {
        continue;
      }
      String label = WHO_GROUPS.getOrDefault(e.getKey(), e.getKey());
      addIfAny(out, characterGrouping(label, pick(e.getValue(), kept), design));
    }
    return out;
  }

  private static void addIfAny(List<Grouping> out, Grouping g) {
    for (int l : g.level()) {
      if (l >= 0) {
        out.add(g);
        return;
      }
    }
  }

  private static Grouping wealth(String[] values, List<String> warnings) {
    int[] level = new int[values.length];
    int invalid = 0;
    for (int j = 0; j < values.length; j++) {
      String v = values[j] == null ? null : values[j].trim();
      level[j] = -1;
      if (v == null || v.isEmpty()) {
        continue;
      }
      for (int q = 1; q <= 5; q++) {
        if (v.equals(String.valueOf(q)) || v.equals("Q" + q)) {
          level[j] = q - 1;
        }
      }
      if (level[j] < 0) {
        invalid++;
      }
    }
    if (invalid > 0) {
      warnings.add("Sebagian wealthq di luar 1-5 atau Q1-Q5, dianggap kosong / Some entries in"
          + " wealthq are out of range. Allowed values are: NA, 1, 2, 3, 4, 5 or Q1, Q2, Q3, Q4,"
          + " Q5. All other values will be converted to NA");
    }
    return new Grouping("Wealth quintile", WEALTH, level);
  }

  /**
   * A grouping of free values: the survey backend lists the levels sorted (R's
   * {@code levels(as.factor(x))}: numerically when every value is a number, else by the text's
   * code points, as R in the C locale), WHO's simple and weights-only backends in the order the
   * values first appear ({@code unique(x)}).
   */
  private static Grouping characterGrouping(String label, String[] values, Design design) {
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null) {
        seen.add(v);
      }
    }
    List<String> levels = new ArrayList<>(seen);
    if (design.kind == Design.Kind.SURVEY) {
      boolean numeric = levels.stream().allMatch(WhoPrevalence::isNumber);
      levels.sort(numeric ? Comparator.comparingDouble(Double::parseDouble)
          : Comparator.naturalOrder());
    }
    Map<String, Integer> idx = new HashMap<>();
    for (int l = 0; l < levels.size(); l++) {
      idx.put(levels.get(l), l);
    }
    int[] level = new int[values.length];
    for (int j = 0; j < values.length; j++) {
      level[j] = values[j] == null ? -1 : idx.get(values[j]);
    }
    return new Grouping(label, List.copyOf(levels), level);
  }

  private static boolean isNumber(String s) {
    try {
      return Double.isFinite(Double.parseDouble(s));
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
