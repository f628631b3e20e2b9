/**
 * posyandu-testkit, public API: test fixtures for this project's tests and for users who test
 * their own applications with the library. {@link id.posyandu.testkit.SyntheticPopulation} is a
 * deterministic synthetic population of one kabupaten (every record valid, the same seed giving the
 * same records) as a {@link id.posyandu.rules.population.Population}, the input of the six-SPM
 * engine of posyandu-rules.
 *
 * <p>Use it with {@code test} scope; it is not meant to run in production.
 *
 * <p>Public API of posyandu-testkit (exported by its module {@code id.posyandu.testkit}); types marked
 * {@code @API} give their status. Subpackages named {@code internal} are not API.
 */
package id.posyandu.testkit;
