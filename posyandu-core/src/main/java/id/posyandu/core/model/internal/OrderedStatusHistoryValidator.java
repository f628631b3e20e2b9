package id.posyandu.core.model.internal;

import id.posyandu.core.model.ServiceRequest;
import id.posyandu.core.model.ServiceRequest.StatusChange;
import id.posyandu.core.validation.OrderedStatusHistory;
import id.posyandu.core.internal.ConstraintReports;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link OrderedStatusHistory}. */
public final class OrderedStatusHistoryValidator
    implements ConstraintValidator<OrderedStatusHistory, ServiceRequest> {

  @Override
  public boolean isValid(ServiceRequest r, ConstraintValidatorContext context) {
    if (r == null || r.history().isEmpty()) {
      return true; // @NotEmpty reports an empty history
    }
    List<StatusChange> h = r.history();
    boolean valid = true;
    if (h.get(0).status() != ServiceRequest.Status.RECEIVED) {
      ConstraintReports.reportAt(context, "REQUEST.FIRST_NOT_RECEIVED", "history", 0, "status");
      valid = false;
    }
    for (int i = 0; i < h.size(); i++) {
      if (i > 0 && h.get(i).date().isBefore(h.get(i - 1).date())) {
        ConstraintReports.reportAt(context, "REQUEST.HISTORY_ORDER", "history", i, "date");
        valid = false;
      }
      if (h.get(i).status() == ServiceRequest.Status.FORWARDED
          && h.get(i).forwardedTo().map(String::isBlank).orElse(true)) {
        ConstraintReports.reportAt(context, "REQUEST.FORWARD_WITHOUT_DESTINATION", "history", i,
            "forwardedTo");
        valid = false;
      }
    }
    return valid;
  }
}
