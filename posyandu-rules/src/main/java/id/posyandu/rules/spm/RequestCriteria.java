package id.posyandu.rules.spm;

import id.posyandu.core.SpmArea;
import id.posyandu.rules.indicator.SubjectType;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The criteria on service requests: received in the period, area, and handled (forwarded or
 * resolved) within the deadline in working days (INDICATORS.md LAYANAN-SLA, Kab. Tegal flow [3P];
 * default 5 working days in {@code spm_thresholds.tsv}). Working days are Monday to Friday; public
 * holidays are not modelled yet (the library has no holiday calendar), so the deadline may be a day
 * or two short in a week with a holiday.
 */
final class RequestCriteria {

  private static final SubjectType Q = SubjectType.SERVICE_REQUEST;

  private RequestCriteria() {}

  static void register(SixSpmCriteria.Builder b) {
    b.<ServiceRequestSubject>add("RECEIVED_IN_PERIOD", Q, "Diterima dalam periode",
        "Received in the period", (q, c) -> c.inPeriod(q.received()));
    for (SpmArea a : SpmArea.values()) {
      b.<ServiceRequestSubject>add("REQUEST_AREA_" + a.code(), Q, "Bidang " + a.nameId(),
          "Area " + a.nameEn(), (q, c) -> q.request().area() == a);
    }
    b.<ServiceRequestSubject>add("HANDLED_WITHIN_DEADLINE", Q,
        "Diteruskan atau diselesaikan dalam batas hari kerja",
        "Forwarded or resolved within the working-day deadline",
        (q, c) -> q.handled().filter(h -> !h.isAfter(c.lastDay()))
            .map(h -> !h.isAfter(deadline(q.received()))).orElse(false));
    b.<ServiceRequestSubject>add("PENDING_NOT_YET_DUE", Q,
        "Belum ditangani tetapi belum melewati batas waktu",
        "Not handled yet but not yet past the deadline",
        (q, c) -> q.handled().filter(h -> !h.isAfter(c.lastDay())).isEmpty()
            && !deadline(q.received()).isBefore(c.lastDay()));
  }

  /** The last day a request received on a day may be handled: N working days later. */
  static LocalDate deadline(LocalDate received) {
    int n = (int) SixSpmCriteria.threshold("service_request_deadline_working_days");
    LocalDate d = received;
    while (n > 0) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        n--;
      }
    }
    return d;
  }
}
