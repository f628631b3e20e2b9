/**
 * posyandu-testkit: the synthetic population generator and other test fixtures for tests of this
 * project and of applications built on it. Exports only API packages.
 */
module id.posyandu.testkit {
  requires static transitive org.apiguardian.api;
  requires transitive id.posyandu.rules;

  exports id.posyandu.testkit;
  // the generator's rates are read by rules' public ReferenceTable loader from this package
  opens id.posyandu.testkit.internal to id.posyandu.rules;
}
