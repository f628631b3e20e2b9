/**
 * Screening and referral rules of the Posyandu (KEK, anaemia, blood pressure, glucose, BMI, waist,
 * child MUAC, head circumference, PUMA, TB symptoms, SRQ-20, PHQ-4, ADL, SKILAS, KPSP): see {@link
 * id.posyandu.rules.screening.Screening}. Each rule returns a {@link id.posyandu.rules.Finding} and
 * reads its thresholds from versioned reference tables bundled in this package.
 *
 * <p>Public API of posyandu-rules (exported by its module {@code id.posyandu.rules}); types marked
 * {@code @API} give their status. Subpackages named {@code internal} are not API.
 */
package id.posyandu.rules.screening;
