/** Implementation details of posyandu-core shared by its packages; not exported. */
package id.posyandu.core.internal;
