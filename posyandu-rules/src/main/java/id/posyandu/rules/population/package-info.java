/**
 * A population's records as one immutable, indexed dataset
 * ({@link id.posyandu.rules.population.Population}), the input of the six-SPM engine, with its
 * reference checks. A synthetic population for tests is in posyandu-testkit
 * ({@code id.posyandu.testkit.SyntheticPopulation}).
 *
 * <p>Public API of posyandu-rules (exported by its module {@code id.posyandu.rules}); types marked
 * {@code @API} give their status. Subpackages named {@code internal} are not API.
 */
package id.posyandu.rules.population;
