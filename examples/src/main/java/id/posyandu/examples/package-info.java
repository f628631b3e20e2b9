/** Runnable examples of the posyandu library. */
package id.posyandu.examples;
