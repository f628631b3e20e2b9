package id.posyandu.rules.prevalence;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One row of WHO's prevalence table: a group ({@code "All"}, {@code "Sex: Female"},
 * {@code "Age group: 12-23 mo"}, ...) and its cells by WHO's column names; a cell WHO leaves NA is
 * empty, never 0 or NaN.
 */
public final class PrevalenceRow {

  private final String group;
  private final Map<String, String> text;
  private final Map<String, Integer> index;
  private final double[] values;

  PrevalenceRow(String group, Map<String, String> text, Map<String, Integer> index,
      double[] values) {
    this.group = group;
    this.text = text;
    this.index = index;
    this.values = values;
  }

  /** The group, as WHO labels it in the {@code Group} column. */
  public String group() {
    return group;
  }

  /** A text column: {@code Years} and {@code Months} of AnthroPlus's table. */
  public Optional<String> text(String column) {
    return Optional.ofNullable(text.get(column));
  }

  /**
   * A numeric cell by WHO's column name ({@code HA_2_r}, {@code WAZ_pop}, ...); empty where WHO
   * prints NA.
   *
   * @throws IllegalArgumentException when the table has no such numeric column
   */
  public OptionalDouble value(String column) {
    Integer i = index.get(column);
    if (i == null) {
      throw new IllegalArgumentException("no numeric column " + column);
    }
    return Estimate.of(values[i]);
  }

  double[] valuesForUpdate() {
    return values;
  }

  double raw(String column) {
    return values[index.get(column)];
  }

  /** The prevalence (%) beyond a cut-off, with its standard error and 95 % interval. */
  public Optional<Estimate> prevalence(PrevalenceIndicator indicator, Cutoff cutoff) {
    return estimate(indicator.prefix() + cutoff.suffix());
  }

  /** The mean z-score with its standard error and 95 % interval. */
  public Optional<Estimate> meanZ(PrevalenceIndicator indicator) {
    return estimate(indicator.prefix());
  }

  /** The standard deviation of the z-scores. */
  public OptionalDouble standardDeviation(PrevalenceIndicator indicator) {
    return value(indicator.prefix() + "_stdev");
  }

  /** The weighted number of children with a value of the indicator ({@code _pop}). */
  public OptionalDouble weightedN(PrevalenceIndicator indicator) {
    return value(indicator.prefix() + "Z_pop");
  }

  /** The unweighted number of children with a value of the indicator ({@code _unwpop}). */
  public OptionalDouble unweightedN(PrevalenceIndicator indicator) {
    return value(indicator.prefix() + "Z_unwpop");
  }

  /** Stunted and wasted (HA &lt; -2 and WH &lt; -2 SD, {@code HA_2_WH_2}); WHO 2006 only. */
  public Optional<Estimate> stuntedAndWasted() {
    return index.containsKey("HA_2_WH_2_r") ? estimate("HA_2_WH_2") : Optional.empty();
  }

  /** Stunted and overweight (HA &lt; -2 and WH &gt; +2 SD, {@code HA_2_WH2}); WHO 2006 only. */
  public Optional<Estimate> stuntedAndOverweight() {
    return index.containsKey("HA_2_WH2_r") ? estimate("HA_2_WH2") : Optional.empty();
  }

  private Optional<Estimate> estimate(String prefix) {
    if (!index.containsKey(prefix + "_r")) {
      return Optional.empty();
    }
    double r = raw(prefix + "_r");
    if (Double.isNaN(r)) {
      return Optional.empty();
    }
    return Optional.of(new Estimate(r, value(prefix + "_se"), value(prefix + "_ll"),
        value(prefix + "_ul")));
  }

  @Override
  public String toString() {
    return "PrevalenceRow[" + group + "]";
  }
}
