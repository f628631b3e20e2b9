package id.posyandu.core.record.internal;

import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.validation.ConsistentAnthropometry;
import id.posyandu.core.internal.ConstraintReports;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ConsistentAnthropometry}. */
public final class ConsistentAnthropometryValidator
    implements ConstraintValidator<ConsistentAnthropometry, Anthropometry> {

  @Override
  public boolean isValid(Anthropometry a, ConstraintValidatorContext context) {
    if (a == null) {
      return true;
    }
    boolean any = a.weightKg().isPresent() || a.lengthOrHeightCm().isPresent()
        || a.headCircumferenceCm().isPresent() || a.muacCm().isPresent() || a.waistCm().isPresent()
        || a.tricepsSkinfoldMm().isPresent() || a.subscapularSkinfoldMm().isPresent()
        || a.oedema().isPresent();
    if (!any) {
      ConstraintReports.report(context, "ANTHRO.EMPTY", null);
      return false;
    }
    if (a.lengthOrHeightCm().isPresent() && a.position().isEmpty()) {
      ConstraintReports.report(context, "ANTHRO.POSITION_MISSING", "position");
      return false;
    }
    return true;
  }
}
