/**
 * Versioned reference data (WHO tables, KBM, thresholds, schedules, the indicator catalog) in the
 * project's one format ({@link id.posyandu.rules.reference.ReferenceTable}), loaded once and checked
 * on load. Every table names its source and how confident the project is in it.
 *
 * <p>Public API of posyandu-rules (exported by its module {@code id.posyandu.rules}); types marked
 * {@code @API} give their status. Subpackages named {@code internal} are not API.
 */
package id.posyandu.rules.reference;
