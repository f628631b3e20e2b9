/**
 * Population data on disk for the command line tool: a directory of NDJSON files, one per record
 * type, written and read back ({@link id.posyandu.examples.data.PopulationFiles}).
 */
package id.posyandu.examples.data;
