/**
 * posyandu-json: canonical JSON (Jackson) for the posyandu model and rule results, the JSON Schema,
 * and streaming NDJSON reading and writing.
 *
 * <p>Public API of posyandu-json (exported by its module {@code id.posyandu.json}); types marked
 * {@code @API} give their status. Subpackages named {@code internal} are not API.
 */
package id.posyandu.json;
