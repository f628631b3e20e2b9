/**
 * Prevalence of malnutrition with confidence intervals under a complex survey design (strata,
 * clusters, sampling weights), equal to WHO's own software: WHO Anthro's
 * {@code anthro_prevalence} and WHO AnthroPlus's {@code anthroplus_prevalence}, and the R
 * {@code survey} package they rely on (Taylor linearisation; {@code svymean},
 * {@code svyciprop(method = "logit")}, {@code svyvar}, {@code degf}).
 *
 * <p>Start with {@link id.posyandu.rules.prevalence.WhoPrevalence}: fill a
 * {@link id.posyandu.rules.prevalence.PrevalenceSurvey} with the children's measurements and the
 * design, and read WHO's table from the {@link id.posyandu.rules.prevalence.PrevalenceTable}.
 * {@link id.posyandu.rules.prevalence.StudentT} gives the t quantiles of the intervals.
 *
 * <p>Public API of posyandu-rules (exported by its module {@code id.posyandu.rules}); types marked
 * {@code @API} give their status. Subpackages named {@code internal} are not API.
 */
@PosyanduStyle
package id.posyandu.rules.prevalence;

import id.posyandu.core.PosyanduStyle;
