/**
 * The Posyandu 6 SPM domain: the six SPM areas ({@link id.posyandu.core.SpmArea}), sex, life stage,
 * and the project's Immutables style ({@link id.posyandu.core.PosyanduStyle}).
 */
package id.posyandu.core;
