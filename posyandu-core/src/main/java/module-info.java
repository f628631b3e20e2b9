/**
 * posyandu-core: the canonical Posyandu 6 SPM domain model, identity and area codes, and bilingual
 * validation. Exports only API packages; {@code internal} packages are implementation details.
 */
module id.posyandu.core {
  requires static transitive org.apiguardian.api;
  requires transitive jakarta.validation;
  requires static org.immutables.value.annotations;
  requires static org.immutables.annotate;
  requires org.hibernate.validator;

  exports id.posyandu.core;
  exports id.posyandu.core.code;
  exports id.posyandu.core.model;
  exports id.posyandu.core.record;
  exports id.posyandu.core.validation;

  opens id.posyandu.core.model to org.hibernate.validator;
  opens id.posyandu.core.record to org.hibernate.validator;
  opens id.posyandu.core.validation.internal to org.hibernate.validator;
  opens id.posyandu.core.model.internal to org.hibernate.validator;
  opens id.posyandu.core.record.internal to org.hibernate.validator;

  // The validators are services (Hibernate Validator loads them), so the constraint annotations
  // need not name them and the API package does not depend on internal. A test keeps this list
  // and META-INF/services/jakarta.validation.ConstraintValidator equal.
  provides jakarta.validation.ConstraintValidator with
      id.posyandu.core.validation.internal.PlausibleRangeValidator,
      id.posyandu.core.record.internal.ConsistentAnthropometryValidator,
      id.posyandu.core.record.internal.ConsistentBloodPressureValidator,
      id.posyandu.core.model.internal.ConsistentPregnancyValidator,
      id.posyandu.core.record.internal.VisitsOfResidentValidator,
      id.posyandu.core.record.internal.PregnancyOfWomanValidator,
      id.posyandu.core.record.internal.PlausibleMaternalAgeValidator,
      id.posyandu.core.record.internal.PlausibleMeasurePositionValidator,
      id.posyandu.core.record.internal.ConsistentSchoolEnrolmentValidator,
      id.posyandu.core.record.internal.ConsistentDtsenRegistrationValidator,
      id.posyandu.core.model.internal.OrderedStatusHistoryValidator,
      id.posyandu.core.validation.internal.NikValidator,
      id.posyandu.core.validation.internal.NomorKkValidator,
      id.posyandu.core.validation.internal.KodeWilayahValidator,
      id.posyandu.core.validation.internal.PosyanduNumberValidator,
      id.posyandu.core.model.internal.DesaLevelValidator,
      id.posyandu.core.model.internal.NikMatchesResidentValidator;
}
