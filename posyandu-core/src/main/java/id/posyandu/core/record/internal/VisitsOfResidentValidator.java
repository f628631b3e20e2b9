package id.posyandu.core.record.internal;

import id.posyandu.core.record.ResidentRecords;
import id.posyandu.core.record.Visit;
import id.posyandu.core.validation.VisitsOfResident;
import id.posyandu.core.internal.ConstraintReports;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link VisitsOfResident}. */
public final class VisitsOfResidentValidator
    implements ConstraintValidator<VisitsOfResident, ResidentRecords> {

  @Override
  public boolean isValid(ResidentRecords r, ConstraintValidatorContext context) {
    if (r == null) {
      return true;
    }
    boolean valid = true;
    List<Visit> visits = r.visits();
    for (int i = 0; i < visits.size(); i++) {
      Visit v = visits.get(i);
      if (!v.residentId().equals(r.resident().id())) {
        ConstraintReports.reportAt(context, "VISIT.OTHER_RESIDENT", "visits", i, "residentId");
        valid = false;
      } else if (v.date().isBefore(r.resident().birthDate())) {
        ConstraintReports.reportAt(context, "VISIT.BEFORE_BIRTH", "visits", i, "date");
        valid = false;
      }
    }
    return valid;
  }
}
