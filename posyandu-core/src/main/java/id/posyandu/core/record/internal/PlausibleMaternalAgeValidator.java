package id.posyandu.core.record.internal;

import id.posyandu.core.model.Pregnancy;
import id.posyandu.core.record.ResidentRecords;
import id.posyandu.core.validation.PlausibleMaternalAge;
import id.posyandu.core.internal.ConstraintReports;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Validates {@link PlausibleMaternalAge}. */
public final class PlausibleMaternalAgeValidator
    implements ConstraintValidator<PlausibleMaternalAge, ResidentRecords> {

  @Override
  public boolean isValid(ResidentRecords r, ConstraintValidatorContext context) {
    if (r == null) {
      return true;
    }
    boolean valid = true;
    List<Pregnancy> pregnancies = r.pregnancies();
    LocalDate birth = r.resident().birthDate();
    for (int i = 0; i < pregnancies.size(); i++) {
      Pregnancy p = pregnancies.get(i);
      Optional<LocalDate> start = p.start();
      if (start.isEmpty() || !p.residentId().equals(r.resident().id())) {
        continue;
      }
      long years = ChronoUnit.YEARS.between(birth, start.get());
      if (years < PlausibleMaternalAge.MIN_YEARS || years > PlausibleMaternalAge.MAX_YEARS) {
        ConstraintReports.reportAt(context, "PREGNANCY.MATERNAL_AGE", "pregnancies", i, "start");
        valid = false;
      }
    }
    return valid;
  }
}
