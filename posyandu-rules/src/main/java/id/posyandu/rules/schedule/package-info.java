/**
 * Service schedules as pure functions of history, birth date or HPHT and an as-of date:
 * immunization, vitamin A, deworming, iron-folic acid (TTD) and ANC contacts.
 *
 * <p>Public API of posyandu-rules (exported by its module {@code id.posyandu.rules}); types marked
 * {@code @API} give their status. Subpackages named {@code internal} are not API.
 */
package id.posyandu.rules.schedule;
