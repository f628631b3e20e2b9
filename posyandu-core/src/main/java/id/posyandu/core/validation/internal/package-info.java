/**
 * Implementation of the constraints of {@code id.posyandu.core.validation}; not exported, not API.
 */
package id.posyandu.core.validation.internal;
