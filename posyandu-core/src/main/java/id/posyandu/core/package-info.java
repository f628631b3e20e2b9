/**
 * The Posyandu 6 SPM domain: the six SPM areas ({@link id.posyandu.core.SpmArea}), sex, life stage,
 * and the project's Immutables style ({@link id.posyandu.core.PosyanduStyle}).
 *
 * <p>Public API of posyandu-core (exported by its module {@code id.posyandu.core}); types marked
 * {@code @API} give their status. Subpackages named {@code internal} are not API.
 */
package id.posyandu.core;
