/**
 * The indicator engine of the six SPM areas: reporting periods and the time zone that decides what
 * "this month" means, numerator/denominator tallies with Wilson intervals, and (growing) the
 * indicator definitions, catalog and reports.
 *
 * <p>Public API of posyandu-rules (exported by its module {@code id.posyandu.rules}); types marked
 * {@code @API} give their status. Subpackages named {@code internal} are not API.
 */
package id.posyandu.rules.indicator;
