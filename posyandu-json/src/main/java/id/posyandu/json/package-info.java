/**
 * posyandu-json: canonical JSON (Jackson) for the posyandu model and rule results, the JSON Schema,
 * and streaming NDJSON reading and writing.
 */
package id.posyandu.json;
