/**
 * The indicator engine of the six SPM areas: reporting periods and the time zone that decides what
 * "this month" means, numerator/denominator tallies with Wilson intervals, and (growing) the
 * indicator definitions, catalog and reports.
 */
package id.posyandu.rules.indicator;
