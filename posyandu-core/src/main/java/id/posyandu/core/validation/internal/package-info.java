/**
 * Implementation of the constraints of {@code id.posyandu.core.validation}; not exported, not API.
 * The validators are registered with Hibernate Validator through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}, so the public annotations do not
 * depend on this package.
 */
package id.posyandu.core.validation.internal;
