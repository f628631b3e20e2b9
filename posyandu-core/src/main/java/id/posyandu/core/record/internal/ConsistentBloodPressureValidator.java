package id.posyandu.core.record.internal;

import id.posyandu.core.record.BloodPressure;
import id.posyandu.core.validation.ConsistentBloodPressure;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ConsistentBloodPressure}. */
public final class ConsistentBloodPressureValidator
    implements ConstraintValidator<ConsistentBloodPressure, BloodPressure> {

  @Override
  public boolean isValid(BloodPressure bp, ConstraintValidatorContext context) {
    return bp == null || bp.diastolicMmHg() < bp.systolicMmHg();
  }
}
