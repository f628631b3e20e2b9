/**
 * Validation of the model: the Jakarta constraint annotations of the Posyandu domain (ranges,
 * {@code @ValidNik}, {@code @ValidKodeWilayah}, class-level consistency checks), the
 * {@link id.posyandu.core.validation.PosyanduValidator} facade and its
 * {@link id.posyandu.core.validation.Violation}s (stable code, path, masked value, severity, message
 * in Indonesian and English).
 *
 * <p>Public API of posyandu-core (exported by its module {@code id.posyandu.core}); types marked
 * {@code @API} give their status. Subpackages named {@code internal} are not API.
 */
package id.posyandu.core.validation;
