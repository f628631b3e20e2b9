package id.posyandu.core.model.internal;

import id.posyandu.core.code.KodeWilayah;
import id.posyandu.core.code.WilayahLevel;
import id.posyandu.core.validation.DesaLevel;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link DesaLevel}. */
public final class DesaLevelValidator implements ConstraintValidator<DesaLevel, KodeWilayah> {

  @Override
  public boolean isValid(KodeWilayah code, ConstraintValidatorContext context) {
    return code == null || code.level() == WilayahLevel.DESA_KELURAHAN;
  }
}
