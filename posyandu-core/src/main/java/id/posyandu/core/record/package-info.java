/**
 * Records: dated facts. A {@link id.posyandu.core.record.Visit} is an encounter of a resident at a
 * Posyandu session or at home, holding typed {@link id.posyandu.core.record.ServiceRecord}s, each
 * tagged with its {@link id.posyandu.core.SpmArea}.
 *
 * <p>Measurements keep what was measured (value, unit in the name, position); derived values such
 * as z-scores, BMI or classifications are computed by {@code posyandu-rules}, never stored.
 *
 * <p>Public API of posyandu-core (exported by its module {@code id.posyandu.core}); types marked
 * {@code @API} give their status. Subpackages named {@code internal} are not API.
 */
@PosyanduStyle
@ConstraintsOnFields
package id.posyandu.core.record;

import id.posyandu.core.PosyanduStyle;
import id.posyandu.core.validation.internal.ConstraintsOnFields;
