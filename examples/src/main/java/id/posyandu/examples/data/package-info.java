/**
 * Population data on disk for the command line tool: a directory of NDJSON files written and read
 * back ({@link id.posyandu.examples.data.PopulationFiles}), and the six-SPM subject views of a
 * population ({@link id.posyandu.examples.data.PopulationSubjects}).
 */
package id.posyandu.examples.data;
