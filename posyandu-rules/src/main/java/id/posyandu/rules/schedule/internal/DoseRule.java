package id.posyandu.rules.schedule.internal;

import id.posyandu.rules.LocalizedText;
import java.time.Period;
import java.util.Optional;
import java.util.Set;

/**
 * One dose of an immunization schedule table: ages are periods from the birth date, every end
 * exclusive.
 *
 * @param slot the dose's code in this schedule
 * @param series the series it belongs to (doses of a series follow each other)
 * @param number its number in the series (1-based)
 * @param accepts the given-dose codes that fill it
 * @param earliest a dose before this age is invalid
 * @param recommended due from this age
 * @param dueUntil overdue from this age
 * @param onTimeUntil a dose from this age is late
 * @param latest no dose from this age
 * @param minInterval minimum interval after the previous dose of the series, if any
 * @param programme {@code IDL}, {@code IBL} or empty
 * @param condition a condition that must hold for the dose to apply (e.g. {@code JE_ENDEMIC})
 * @param label the dose's name
 */
public record DoseRule(
    String slot,
    String series,
    int number,
    Set<String> accepts,
    Period earliest,
    Period recommended,
    Period dueUntil,
    Period onTimeUntil,
    Period latest,
    Optional<Period> minInterval,
    Optional<String> programme,
    Optional<String> condition,
    LocalizedText label) {}
