package id.posyandu.rules.spm;

import id.posyandu.core.model.ServiceRequest;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A service request (a case raised at a Posyandu in any SPM area) as the six-SPM criteria see it.
 *
 * @param request the request
 * @param posyanduId the id of the Posyandu that received it
 */
public record ServiceRequestSubject(ServiceRequest request, String posyanduId) {

  /** Checks that nothing is null. */
  public ServiceRequestSubject {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(posyanduId, "posyanduId");
  }

  /** A view of a request, with the Posyandu named by the request. */
  public static ServiceRequestSubject of(ServiceRequest request) {
    return new ServiceRequestSubject(request, request.posyandu().plain());
  }

  /** The request's caller-owned id. */
  public String id() {
    return request.id();
  }

  /** The day the request was received: the date of the first status change. */
  public LocalDate received() {
    return request.history().get(0).date();
  }

  /** The first day the request was forwarded or resolved, if it was. */
  public Optional<LocalDate> handled() {
    return request.history().stream()
        .filter(c -> c.status() == ServiceRequest.Status.FORWARDED
            || c.status() == ServiceRequest.Status.RESOLVED)
        .map(ServiceRequest.StatusChange::date).min(LocalDate::compareTo);
  }
}
