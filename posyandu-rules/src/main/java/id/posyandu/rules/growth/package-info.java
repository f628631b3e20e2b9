/**
 * Child growth monitoring as the Buku KIA and SKDN define it: the KBM table, N/T/O/B, 2T, the chart's
 * referral lines (garis merah, garis oranye) and the monthly SKDN counts of a Posyandu.
 *
 * <p>Entry points: {@link id.posyandu.rules.growth.GrowthMonitor} (per child) and
 * {@link id.posyandu.rules.growth.Skdn} (per Posyandu and month).
 *
 * <p>Public API of posyandu-rules (exported by its module {@code id.posyandu.rules}); types marked
 * {@code @API} give their status. Subpackages named {@code internal} are not API.
 */
package id.posyandu.rules.growth;
