/**
 * Validators of the class-level constraints on record types; not exported. They live beside the
 * records (not in {@code validation.internal}) so that the validation package, which the records'
 * annotations come from, never depends on the records: no package cycle. Hibernate Validator loads them through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
package id.posyandu.core.record.internal;
