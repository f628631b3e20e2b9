/**
 * Service schedules as pure functions of history, birth date or HPHT and an as-of date:
 * immunization, vitamin A, deworming, iron-folic acid (TTD) and ANC contacts.
 */
package id.posyandu.rules.schedule;
