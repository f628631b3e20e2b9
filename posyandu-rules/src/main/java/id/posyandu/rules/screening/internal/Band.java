package id.posyandu.rules.screening.internal;

import id.posyandu.rules.LocalizedText;
import id.posyandu.rules.ReferralTarget;
import id.posyandu.rules.Severity;
import java.util.Optional;

/**
 * One row of a band table: a range of the measured value and what falling in it means.
 *
 * @param group the population the band applies to ({@code *} for everyone)
 * @param range the range of the value
 * @param category the stable result code, e.g. {@code KEK}
 * @param severity how serious the result is
 * @param referral where to refer, if anywhere
 * @param label the category's name
 * @param advice the follow-up the source prescribes, in words
 * @param line the line of the table it was read from
 */
public record Band(
    String group,
    Interval range,
    String category,
    Severity severity,
    Optional<ReferralTarget> referral,
    LocalizedText label,
    LocalizedText advice,
    int line) {}
