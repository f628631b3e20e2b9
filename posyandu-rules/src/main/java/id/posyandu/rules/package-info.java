/**
 * posyandu-rules: reference data, WHO anthropometry, growth monitoring, screening, schedules and the
 * six-SPM indicator engine. Every rule is a pure function of its inputs, versioned reference data and
 * an explicit as-of date.
 *
 * <p>Public API of posyandu-rules (exported by its module {@code id.posyandu.rules}); types marked
 * {@code @API} give their status. Subpackages named {@code internal} are not API.
 */
package id.posyandu.rules;
