package id.posyandu.spring;

import id.posyandu.core.validation.PosyanduValidator;
import id.posyandu.core.validation.Violation;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Writes the violations of an invalid posyandu record received with {@code @Valid @RequestBody} as
 * an RFC 9457 problem detail ({@code application/problem+json}, status 400):
 *
 * <pre>{@code
 * {"type": "urn:posyandu:problem:invalid-record", "title": "Invalid record", "status": 400,
 *  "detail": "must be between 0.5 and 250 kg", "instance": "/visits",
 *  "violations": [{"code": "RANGE", "path": "records[0].weightKg", "severity": "ERROR",
 *                  "messageId": "harus antara 0.5 dan 250 kg",
 *                  "messageEn": "must be between 0.5 and 250 kg", "value": "790.0"}]}
 * }</pre>
 *
 * <p>The violations are {@link PosyanduValidator}'s on the same object (the same constraints that
 * Spring's validator checked), so they carry the library's stable codes, severity and both
 * languages; title and detail follow the request's locale (Indonesian for {@code id}, English
 * otherwise). Personal values (NIK, KK number, names) are masked as in {@link Violation}. A record
 * that is not a posyandu type keeps Spring's own problem detail.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PosyanduProblemDetails {

  /** The problem type of an invalid posyandu record. */
  public static final URI TYPE = URI.create("urn:posyandu:problem:invalid-record");

  private final Clock clock;

  /** Judges dates against today in {@code zone}. */
  public PosyanduProblemDetails(ZoneId zone) {
    this(Clock.system(zone));
  }

  PosyanduProblemDetails(Clock clock) {
    this.clock = clock;
  }

  /** The problem detail of an invalid request body. */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e,
      Locale locale) {
    Object target = e.getBindingResult().getTarget();
    if (target == null || !LibraryTypes.isLibraryType(target.getClass())) {
      return ResponseEntity.status(e.getStatusCode()).body(e.getBody());
    }
    List<Violation> violations = PosyanduValidator.asOf(LocalDate.now(clock)).validate(target);
    boolean indonesian = locale != null && "id".equals(locale.getLanguage());
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setType(TYPE);
    problem.setTitle(indonesian ? "Rekaman tidak sah" : "Invalid record");
    List<Map<String, Object>> list = new ArrayList<>();
    List<String> details = new ArrayList<>();
    for (Violation v : violations) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", v.code());
      m.put("path", v.path());
      m.put("severity", v.severity().name());
      m.put("messageId", v.messageId());
      m.put("messageEn", v.messageEn());
      v.invalidValue().ifPresent(x -> m.put("value", x));
      list.add(m);
      details.add(v.path() + ": " + (indonesian ? v.messageId() : v.messageEn()));
    }
    problem.setDetail(String.join("; ", details));
    problem.setProperty("violations", list);
    return ResponseEntity.badRequest().body(problem);
  }
}
