/** posyandu-rules: the rule engine of the Posyandu 6 SPM model. Exports only API packages. */
module id.posyandu.rules {
  requires static transitive org.apiguardian.api;
  requires transitive id.posyandu.core;
  requires static org.immutables.value.annotations;
  requires com.fasterxml.jackson.databind;

  exports id.posyandu.rules;
  exports id.posyandu.rules.reference;
  exports id.posyandu.rules.schedule;
  exports id.posyandu.rules.screening;
  exports id.posyandu.rules.anthro;
  exports id.posyandu.rules.growth;
  exports id.posyandu.rules.indicator;
  exports id.posyandu.rules.population;
  exports id.posyandu.rules.spm;
  exports id.posyandu.rules.prevalence;
}
