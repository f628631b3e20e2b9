/**
 * Validators of the class-level constraints on model types; not exported. They live beside the model
 * (not in {@code validation.internal}) so that the validation package, which the model's annotations
 * come from, never depends on the model: no package cycle. Hibernate Validator loads them through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
package id.posyandu.core.model.internal;
