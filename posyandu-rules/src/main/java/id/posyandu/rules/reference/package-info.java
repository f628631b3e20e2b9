/**
 * Versioned reference data (WHO tables, KBM, thresholds, schedules, the indicator catalog) in the
 * project's one format ({@link id.posyandu.rules.reference.ReferenceTable}), loaded once and checked
 * on load. Every table names its source and how confident the project is in it.
 */
package id.posyandu.rules.reference;
