/**
 * The six-SPM indicators of the Posyandu 6 SPM model (Permendagri 13/2024): subject views over a
 * population ({@link id.posyandu.rules.spm.ResidentSubject}, {@link id.posyandu.rules.spm.HouseholdSubject},
 * {@link id.posyandu.rules.spm.PregnancySubject}, {@link id.posyandu.rules.spm.ServiceRequestSubject}),
 * the named criteria ({@link id.posyandu.rules.spm.SixSpmCriteria}), the built-in catalog covering
 * every indicator of the project's INDICATORS.md, and the {@link id.posyandu.rules.spm.SixSpm}
 * facade (tallies, reports, follow-up lists, scorecards, the home-visit list by risk).
 */
package id.posyandu.rules.spm;
