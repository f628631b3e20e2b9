package id.posyandu.core.model.internal;

import id.posyandu.core.model.Pregnancy;
import id.posyandu.core.validation.ConsistentPregnancy;
import id.posyandu.core.internal.ConstraintReports;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Validates {@link ConsistentPregnancy}. */
public final class ConsistentPregnancyValidator
    implements ConstraintValidator<ConsistentPregnancy, Pregnancy> {

  @Override
  public boolean isValid(Pregnancy p, ConstraintValidatorContext context) {
    if (p == null) {
      return true;
    }
    if (p.lastMenstrualPeriod().isEmpty() && p.estimatedDeliveryDate().isEmpty()) {
      ConstraintReports.report(context, "PREGNANCY.NO_DATES", null);
      return false;
    }
    if (p.lastMenstrualPeriod().isPresent() && p.estimatedDeliveryDate().isPresent()
        && !p.estimatedDeliveryDate().get().isAfter(p.lastMenstrualPeriod().get())) {
      ConstraintReports.report(context, "PREGNANCY.HPL_NOT_AFTER_HPHT", "estimatedDeliveryDate");
      return false;
    }
    if (p.outcome().isPresent() != p.outcomeDate().isPresent()) {
      ConstraintReports.report(context, "PREGNANCY.OUTCOME_INCOMPLETE",
          p.outcome().isPresent() ? "outcomeDate" : "outcome");
      return false;
    }
    if (p.outcomeDate().isPresent()) {
      LocalDate start = p.start().orElseThrow();
      if (!p.outcomeDate().get().isAfter(start)) {
        ConstraintReports.report(context, "PREGNANCY.OUTCOME_BEFORE_START", "outcomeDate");
        return false;
      }
    }
    return true;
  }
}
