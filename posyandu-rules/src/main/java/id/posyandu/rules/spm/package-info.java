/**
 * The six-SPM indicators of the Posyandu 6 SPM model (Permendagri 13/2024): subject views over a
 * population ({@link id.posyandu.rules.spm.ResidentSubject}, {@link id.posyandu.rules.spm.HouseholdSubject},
 * {@link id.posyandu.rules.spm.PregnancySubject}, {@link id.posyandu.rules.spm.ServiceRequestSubject}),
 * the named criteria ({@link id.posyandu.rules.spm.SixSpmCriteria}), the built-in catalog
 * ({@code six-spm-catalog.json}) and the {@link id.posyandu.rules.spm.SixSpm} facade (tallies,
 * reports, follow-up lists, scorecards, the home-visit list by risk).
 *
 * <h2>Coverage of the project's INDICATORS.md</h2>
 * Every indicator is in the catalog (49 definitions, the six areas and LAYANAN-SLA per area). K of
 * SKDN (KES-SKDN-K, KES-KS) counts the balita whose latest
 * {@link id.posyandu.core.record.KiaBook} record says they have a KMS/Buku KIA; without a record a
 * child is not counted. Partial proxies, said in each definition's source locator: PU-AIR-MINUM does not test the
 * 60 L/person/day quantity (not in the model); SOS-DTSEN counts households whose DTSEN status was
 * checked (the model holds no poverty assessment besides the DTSEN record); the service-request
 * deadline counts Monday-Friday working days without public holidays.
 *
 * <p>Public API of posyandu-rules (exported by its module {@code id.posyandu.rules}); types marked
 * {@code @API} give their status. Subpackages named {@code internal} are not API.
 */
package id.posyandu.rules.spm;
