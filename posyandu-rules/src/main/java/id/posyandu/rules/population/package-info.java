/**
 * A population's records as one immutable, indexed dataset
 * ({@link id.posyandu.rules.population.Population}), the input of the six-SPM engine, with its
 * reference checks. A synthetic population for tests is in posyandu-testkit
 * ({@code id.posyandu.testkit.SyntheticPopulation}).
 */
package id.posyandu.rules.population;
