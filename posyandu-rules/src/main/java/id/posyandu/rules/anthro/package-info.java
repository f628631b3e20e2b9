/**
 * WHO growth standard z-scores exact to WHO Anthro and AnthroPlus, and child nutrition status per
 * Permenkes 2/2020 (Standar Antropometri Anak).
 *
 * <p>Z-scores: {@link id.posyandu.rules.anthro.WhoGrowthStandards} computes every indicator of the
 * WHO Child Growth Standards (2006, 0-5 years; WHO Anthro) and of the WHO Reference 2007 (5-19
 * years; WHO AnthroPlus) from an {@link id.posyandu.rules.anthro.AnthroInput}, one child at a time or
 * a whole dataset at once ({@link id.posyandu.rules.anthro.AnthroBatch}). Each result is a
 * {@link id.posyandu.rules.anthro.ZScore}: the value, the value rounded as WHO prints it, the
 * implausibility flag, or the {@link id.posyandu.rules.anthro.NotComputedReason reason} nothing was
 * computed.
 *
 * <p>Nutrition status: {@link id.posyandu.rules.anthro.Permenkes2020} puts the z-scores in the
 * categories of Permenkes 2/2020 (BB/U, PB/U or TB/U, BB/PB or BB/TB, IMT/U) and names stunting,
 * wasting, underweight and overweight.
 *
 * <p>Credit: the reference tables are WHO's (WHO Child Growth Standards 2006; WHO Reference 2007),
 * as distributed with WHO's R packages {@code anthro} and {@code anthroplus}.
 *
 * <p>Public API of posyandu-rules (exported by its module {@code id.posyandu.rules}); types marked
 * {@code @API} give their status. Subpackages named {@code internal} are not API.
 */
@PosyanduStyle
package id.posyandu.rules.anthro;

import id.posyandu.core.PosyanduStyle;
