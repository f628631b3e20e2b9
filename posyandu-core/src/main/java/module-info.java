/**
 * posyandu-core: the canonical Posyandu 6 SPM domain model, identity and area codes, and bilingual
 * validation. Exports only API packages; {@code internal} packages are implementation details.
 */
module id.posyandu.core {
  requires transitive jakarta.validation;
  requires static org.immutables.value.annotations;
  requires org.hibernate.validator;

  exports id.posyandu.core;
}
