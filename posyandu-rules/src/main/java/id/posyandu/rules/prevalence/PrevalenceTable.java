package id.posyandu.rules.prevalence;

import java.util.List;
import java.util.Optional;

/**
 * WHO's prevalence table: the columns WHO's {@code anthro_prevalence} (or
 * {@code anthroplus_prevalence}) returns, in WHO's order, and one row per group, in WHO's order;
 * with the warnings WHO would give (children left out, weights set to 0) and the design's degrees
 * of freedom.
 */
public final class PrevalenceTable {

  private final List<String> columns;
  private final List<PrevalenceRow> rows;
  private final List<String> warnings;
  private final double degreesOfFreedom;
  private final int children;

  PrevalenceTable(List<String> columns, List<PrevalenceRow> rows, List<String> warnings,
      double degreesOfFreedom, int children) {
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
    this.warnings = List.copyOf(warnings);
    this.degreesOfFreedom = degreesOfFreedom;
    this.children = children;
  }

  /** WHO's column names, {@code Group} first. */
  public List<String> columns() {
    return columns;
  }

  /** The rows, in WHO's order. */
  public List<PrevalenceRow> rows() {
    return rows;
  }

  /** The row of a group, by WHO's label ({@code "Sex: Female"}). */
  public Optional<PrevalenceRow> row(String group) {
    return rows.stream().filter(r -> r.group().equals(group)).findFirst();
  }

  /** WHO's warnings, in Indonesian and English: children left out, weights set to 0, ... */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * The degrees of freedom of the intervals: PSUs minus strata of the design
   * ({@code survey::degf}), or children minus 1 without a design.
   */
  public double degreesOfFreedom() {
    return degreesOfFreedom;
  }

  /** The number of children analysed (after WHO's exclusions by age, cluster and stratum). */
  public int children() {
    return children;
  }
}
