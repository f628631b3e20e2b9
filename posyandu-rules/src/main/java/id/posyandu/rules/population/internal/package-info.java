/** Compact index structures behind {@link id.posyandu.rules.population.Population}. Not API. */
package id.posyandu.rules.population.internal;
