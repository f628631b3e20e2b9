package id.posyandu.spring;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;

/**
 * In a servlet web application, answers a request whose {@code @Valid @RequestBody} posyandu record
 * is invalid with an RFC 9457 problem detail ({@link PosyanduProblemDetails}). Off with
 * {@code posyandu.problem-details.enabled=false}; {@code posyandu.validation.zone} (default: the
 * system's) is the zone whose today dates are judged against.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ProblemDetail.class, MethodArgumentNotValidException.class})
@ConditionalOnProperty(name = "posyandu.problem-details.enabled", matchIfMissing = true)
public class PosyanduProblemDetailsAutoConfiguration {

  /** The controller advice that writes the problem details. */
  @Bean
  @ConditionalOnMissingBean
  public PosyanduProblemDetails posyanduProblemDetails(
      @Value("${posyandu.validation.zone:}") String zone) {
    return new PosyanduProblemDetails(zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone));
  }
}
