package id.posyandu.core.record.internal;

import id.posyandu.core.Sex;
import id.posyandu.core.model.Pregnancy;
import id.posyandu.core.record.ResidentRecords;
import id.posyandu.core.validation.PregnancyOfWoman;
import id.posyandu.core.internal.ConstraintReports;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link PregnancyOfWoman}. */
public final class PregnancyOfWomanValidator
    implements ConstraintValidator<PregnancyOfWoman, ResidentRecords> {

  @Override
  public boolean isValid(ResidentRecords r, ConstraintValidatorContext context) {
    if (r == null) {
      return true;
    }
    boolean valid = true;
    List<Pregnancy> pregnancies = r.pregnancies();
    for (int i = 0; i < pregnancies.size(); i++) {
      if (!pregnancies.get(i).residentId().equals(r.resident().id())) {
        ConstraintReports.reportAt(context, "PREGNANCY.OTHER_RESIDENT", "pregnancies", i, "residentId");
        valid = false;
      } else if (r.resident().sex() != Sex.FEMALE) {
        ConstraintReports.reportAt(context, "PREGNANCY.NOT_FEMALE", "pregnancies", i, "residentId");
        valid = false;
      }
    }
    return valid;
  }
}
