package id.posyandu.rules.prevalence;

import java.util.List;

/**
 * One disaggregation of WHO's table: its label ({@code "Age group"}), its levels in WHO's order
 * and each row's level ({@code -1}: no level, the row is in no group of it).
 */
record Grouping(String label, List<String> levels, int[] level) {

  int size() {
    return levels.size();
  }
}
