/** Implementation of the screening rules: band tables, intervals, finding texts. Not API. */
package id.posyandu.rules.screening.internal;
