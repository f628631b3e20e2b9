/**
 * A population's records as one immutable, indexed dataset ({@link id.posyandu.rules.population.Population}),
 * and a deterministic synthetic population generator
 * ({@link id.posyandu.rules.population.SyntheticPopulation}) for tests, benchmarks and examples.
 */
package id.posyandu.rules.population;
