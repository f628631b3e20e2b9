/**
 * The canonical model: Posyandu, kader, households, residents, pregnancies and service requests.
 * Residents, households and pregnancies are identified by ids the caller owns; NIK and KK numbers
 * are optional and, like names, personal data that {@code toString()} masks.
 *
 * <p>Public API of posyandu-core (exported by its module {@code id.posyandu.core}); types marked
 * {@code @API} give their status. Subpackages named {@code internal} are not API.
 */
@PosyanduStyle
@ConstraintsOnFields
package id.posyandu.core.model;

import id.posyandu.core.PosyanduStyle;
import id.posyandu.core.validation.internal.ConstraintsOnFields;
