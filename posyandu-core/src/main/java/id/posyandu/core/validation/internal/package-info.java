/**
 * Constraint validator implementations of posyandu-core's constraints; not exported. They are
 * registered with Hibernate Validator through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}, so the public annotations do not
 * depend on this package.
 */
package id.posyandu.core.validation.internal;
