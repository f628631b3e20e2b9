/**
 * posyandu-rules: reference data, WHO anthropometry, growth monitoring, screening, schedules and the
 * six-SPM indicator engine. Every rule is a pure function of its inputs, versioned reference data and
 * an explicit as-of date.
 */
package id.posyandu.rules;
