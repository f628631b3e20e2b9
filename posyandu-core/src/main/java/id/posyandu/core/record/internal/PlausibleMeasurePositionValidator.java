package id.posyandu.core.record.internal;

import id.posyandu.core.Age;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.core.record.ResidentRecords;
import id.posyandu.core.record.ServiceRecord;
import id.posyandu.core.record.Visit;
import id.posyandu.core.validation.PlausibleMeasurePosition;
import id.posyandu.core.internal.ConstraintReports;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.List;

/** Validates {@link PlausibleMeasurePosition}. */
public final class PlausibleMeasurePositionValidator
    implements ConstraintValidator<PlausibleMeasurePosition, ResidentRecords> {

  @Override
  public boolean isValid(ResidentRecords r, ConstraintValidatorContext context) {
    if (r == null) {
      return true;
    }
    boolean valid = true;
    LocalDate birth = r.resident().birthDate();
    List<Visit> visits = r.visits();
    for (int i = 0; i < visits.size(); i++) {
      Visit v = visits.get(i);
      if (v.date().isBefore(birth)) {
        continue; // VISIT.BEFORE_BIRTH reports it
      }
      long days = Age.days(birth, v.date());
      long months = Age.completedMonths(birth, v.date());
      List<ServiceRecord> records = v.records();
      for (int j = 0; j < records.size(); j++) {
        if (!(records.get(j) instanceof Anthropometry)) {
          continue;
        }
        Anthropometry a = (Anthropometry) records.get(j);
        if (a.lengthOrHeightCm().isEmpty() || a.position().isEmpty()) {
          continue;
        }
        MeasurePosition position = a.position().get();
        if (position == MeasurePosition.STANDING
            && months < PlausibleMeasurePosition.STANDING_FROM_MONTHS) {
          ConstraintReports.reportAtElement(context, "ANTHRO.STANDING_UNDER_9_MONTHS", "visits", i,
              "records", j);
          valid = false;
        } else if (position == MeasurePosition.RECUMBENT
            && days >= PlausibleMeasurePosition.STANDING_STANDARD_FROM_DAYS) {
          ConstraintReports.reportAtElement(context, "ANTHRO.RECUMBENT_FROM_24_MONTHS", "visits", i,
              "records", j);
          valid = false;
        }
      }
    }
    return valid;
  }
}
