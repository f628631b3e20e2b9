/**
 * posyandu-core: the canonical Posyandu 6 SPM domain model, identity and area codes, and bilingual
 * validation. Exports only API packages; {@code internal} packages are implementation details.
 */
module id.posyandu.core {
  requires transitive jakarta.validation;
  requires static org.immutables.value.annotations;
  requires org.hibernate.validator;

  exports id.posyandu.core;
  exports id.posyandu.core.model;
  exports id.posyandu.core.record;
  exports id.posyandu.core.validation;

  opens id.posyandu.core.model to org.hibernate.validator;
  opens id.posyandu.core.record to org.hibernate.validator;

  provides jakarta.validation.ConstraintValidator with
      id.posyandu.core.validation.internal.PlausibleRangeValidator,
      id.posyandu.core.validation.internal.ConsistentAnthropometryValidator,
      id.posyandu.core.validation.internal.ConsistentBloodPressureValidator,
      id.posyandu.core.validation.internal.ConsistentPregnancyValidator,
      id.posyandu.core.validation.internal.VisitsOfResidentValidator,
      id.posyandu.core.validation.internal.PregnancyOfWomanValidator,
      id.posyandu.core.validation.internal.PlausibleMaternalAgeValidator,
      id.posyandu.core.validation.internal.PlausibleMeasurePositionValidator,
      id.posyandu.core.validation.internal.ConsistentSchoolEnrolmentValidator,
      id.posyandu.core.validation.internal.ConsistentDtsenRegistrationValidator,
      id.posyandu.core.validation.internal.OrderedStatusHistoryValidator;
}
