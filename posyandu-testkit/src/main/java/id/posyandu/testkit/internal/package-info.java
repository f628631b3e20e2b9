/** The engine and reference data of {@link id.posyandu.testkit.SyntheticPopulation}. Not API. */
package id.posyandu.testkit.internal;
