/** posyandu-json: canonical JSON of the Posyandu 6 SPM model. Exports only API packages. */
module id.posyandu.json {
  requires static transitive org.apiguardian.api;
  requires transitive id.posyandu.core;
  requires transitive id.posyandu.rules;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires java.logging;

  exports id.posyandu.json;

  provides com.fasterxml.jackson.databind.Module with id.posyandu.json.PosyanduModule;
}
