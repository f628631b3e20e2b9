package id.posyandu.rules.spm;

import id.posyandu.core.record.ServiceRecord;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A service record with the day of the visit that holds it and the resident it was recorded for.
 *
 * @param date the visit day
 * @param residentId the resident of the visit (for household records: the member it was recorded at)
 * @param record the record
 * @param <T> the record type
 */
public record DatedRecord<T extends ServiceRecord>(LocalDate date, String residentId, T record) {

  /** Checks that nothing is null. */
  public DatedRecord {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(residentId, "residentId");
    Objects.requireNonNull(record, "record");
  }
}
