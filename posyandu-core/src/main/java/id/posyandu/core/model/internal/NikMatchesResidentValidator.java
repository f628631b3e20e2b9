package id.posyandu.core.model.internal;

import id.posyandu.core.code.Nik;
import id.posyandu.core.internal.ConstraintReports;
import id.posyandu.core.model.Resident;
import id.posyandu.core.validation.NikMatchesResident;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link NikMatchesResident}. */
public final class NikMatchesResidentValidator
    implements ConstraintValidator<NikMatchesResident, Resident> {

  @Override
  public boolean isValid(Resident r, ConstraintValidatorContext context) {
    if (r == null || r.nik().isEmpty()) {
      return true;
    }
    Nik nik = r.nik().get();
    if (nik.sex() != r.sex()) {
      ConstraintReports.report(context, "NIK.SEX_MISMATCH", "nik");
      return false;
    }
    if (!nik.matchesBirthDate(r.birthDate())) {
      ConstraintReports.report(context, "NIK.BIRTH_DATE_MISMATCH", "nik");
      return false;
    }
    return true;
  }
}
