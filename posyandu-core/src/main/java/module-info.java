/**
 * posyandu-core: the canonical Posyandu 6 SPM domain model, identity and area codes, and bilingual
 * validation. Exports only API packages; {@code internal} packages are implementation details.
 */
module id.posyandu.core {
  requires transitive jakarta.validation;
  requires static org.immutables.value.annotations;
  requires org.hibernate.validator;

  exports id.posyandu.core;
  exports id.posyandu.core.code;
  exports id.posyandu.core.validation;

  // The validators of the code constraints are services (Hibernate Validator loads them), so the
  // constraint annotations need not name them and the API package does not depend on internal.
  provides jakarta.validation.ConstraintValidator with
      id.posyandu.core.validation.internal.NikValidator,
      id.posyandu.core.validation.internal.NomorKkValidator,
      id.posyandu.core.validation.internal.KodeWilayahValidator,
      id.posyandu.core.validation.internal.PosyanduNumberValidator;
  opens id.posyandu.core.validation.internal to org.hibernate.validator;
}
