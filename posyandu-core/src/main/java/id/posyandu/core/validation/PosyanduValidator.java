package id.posyandu.core.validation;

import id.posyandu.core.MessageValue;
import id.posyandu.core.internal.Masking;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;

/**
 * Validates posyandu model objects against their Jakarta constraints and returns {@link Violation}s
 * with stable codes and messages in Indonesian and English.
 *
 * <p>Dates are judged against the as-of date given to {@link #asOf(LocalDate)}: a date after it is
 * in the future ({@code FUTURE_DATE}). No clock is read. Hibernate Validator is bootstrapped once per
 * JVM with {@code ParameterMessageInterpolator} (no expression language); instances are immutable and
 * thread-safe.
 *
 * <p><b>Codes.</b> A violation's {@link Violation#code() code} is derived from its message template:
 * <ul>
 *   <li><code>{posyandu.code.<i>X</i>}</code> (identity and area codes such as NIK) gives {@code X}, e.g.
 *       {@code NIK.MONTH};</li>
 *   <li><code>{posyandu.<i>X</i>}</code> (the project's own constraints) gives {@code X}, e.g. {@code RANGE},
 *       {@code VISIT.BEFORE_BIRTH};</li>
 *   <li>a built-in Jakarta constraint gives a fixed code: {@code NOT_NULL}, {@code NOT_BLANK},
 *       {@code NOT_EMPTY}, {@code SIZE}, {@code PATTERN}, {@code RANGE} (Min, Max, DecimalMin,
 *       DecimalMax, Positive...), {@code FUTURE_DATE} (Past, PastOrPresent);</li>
 *   <li>any other constraint gives its annotation's simple name in upper snake case.</li>
 * </ul>
 *
 * <p><b>Severity.</b> {@link Severity#WARNING} when the constraint's payload holds
 * {@link Severity.Warning}, otherwise {@link Severity#ERROR}.
 *
 * <p><b>Personal data.</b> The invalid value of a property named {@code nik}, {@code kkNumber} or
 * {@code name}, and any value of type {@code Nik} or {@code NomorKk}, is masked as {@code ****};
 * other values follow {@link MessageValue#ofObject}: numbers, enum codes and dates as they are, text
 * masked by its length and kind.
 */
public final class PosyanduValidator {

  private static final class Holder {
    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new BilingualMessageInterpolator())
        .buildValidatorFactory();
  }

  private static final Comparator<Violation> ORDER = Comparator
      .comparingInt((Violation v) -> v.index().orElse(-1))
      .thenComparing(Violation::path)
      .thenComparing(Violation::code)
      .thenComparing(Violation::messageEn);

  private final LocalDate asOf;
  private final Validator validator;
  private final QuickCheck quick;

  private PosyanduValidator(LocalDate asOf) {
    this.asOf = asOf;
    Clock clock = Clock.fixed(asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    this.validator = Holder.FACTORY.usingContext().clockProvider(() -> clock).getValidator();
    this.quick = new QuickCheck(validator, asOf);
  }

  private PosyanduValidator(PosyanduValidator engine) {
    this.asOf = engine.asOf;
    this.validator = engine.validator;
    this.quick = null;
  }

  /**
   * The same validator without the quick check: every object goes through Hibernate Validator.
   * The violations are the same; this one is slower, and serves to compare and to diagnose.
   */
  public PosyanduValidator engineOnly() {
    return quick == null ? this : new PosyanduValidator(this);
  }

  /**
   * A validator that judges dates against {@code asOf} (the day of data entry or of the report).
   */
  public static PosyanduValidator asOf(LocalDate asOf) {
    return new PosyanduValidator(Objects.requireNonNull(asOf, "asOf"));
  }

  /** The engine behind this validator (for tests of the quick check). */
  Validator engineValidator() {
    return validator;
  }

  /** The as-of date dates are judged against. */
  public LocalDate asOfDate() {
    return asOf;
  }

  /**
   * Validates one object (and, through {@code @Valid}, what it holds).
   *
   * <p>An object is first run through a quick check of the same constraints with the same
   * validators, without the engine's per-call bookkeeping; only when that check cannot prove the
   * object valid does Hibernate Validator validate it and name the violations, so the result is
   * the engine's in every case.
   *
   * @return the violations ordered by path and code; empty when the object is valid
   */
  public List<Violation> validate(Object object) {
    Objects.requireNonNull(object, "object");
    if (quick != null && quick.certainlyValid(object)) {
      return List.of();
    }
    return toViolations(validator.validate(object), OptionalInt.empty());
  }

  /**
   * Validates every item of a batch; each violation carries the item's position in
   * {@link Violation#index()}. A bad item never stops the others from being validated.
   *
   * @return the violations ordered by item index, path and code
   */
  public List<Violation> validateAll(Iterable<?> items) {
    Objects.requireNonNull(items, "items");
    List<Violation> all = new ArrayList<>();
    int i = 0;
    for (Object item : items) {
      if (item != null && (quick == null || !quick.certainlyValid(item))) {
        all.addAll(toViolations(validator.validate(item), OptionalInt.of(i)));
      }
      i++;
    }
    all.sort(ORDER);
    return List.copyOf(all);
  }

  /** Whether {@code violations} holds at least one {@link Severity#ERROR}. */
  public static boolean hasErrors(List<Violation> violations) {
    return violations.stream().anyMatch(Violation::isError);
  }

  private static <T> List<Violation> toViolations(Set<ConstraintViolation<T>> found,
      OptionalInt index) {
    List<Violation> out = new ArrayList<>(found.size());
    for (ConstraintViolation<T> cv : found) {
      out.add(toViolation(cv, index));
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }

  private static Violation toViolation(ConstraintViolation<?> cv, OptionalInt index) {
    String[] messages = BilingualMessageInterpolator.split(cv.getMessage());
    return Violation.builder()
        .code(ViolationCodes.code(cv.getMessageTemplate(),
            cv.getConstraintDescriptor().getAnnotation().annotationType()))
        .path(cv.getPropertyPath().toString())
        .rootType(cv.getRootBeanClass().getSimpleName().replaceFirst("^Immutable", ""))
        .invalidValue(renderValue(cv))
        .severity(Severity.fromPayload(cv.getConstraintDescriptor().getPayload()))
        .messageId(messages[0])
        .messageEn(messages[1])
        .index(index)
        .build();
  }

  private static Optional<String> renderValue(ConstraintViolation<?> cv) {
    Object value = cv.getInvalidValue();
    if (value == null || value == cv.getLeafBean() || value == cv.getRootBean()) {
      return Optional.empty();
    }
    String leaf = null;
    for (Path.Node node : cv.getPropertyPath()) {
      if (node.getName() != null) {
        leaf = node.getName();
      }
    }
    if (Masking.isPersonalProperty(leaf) || Masking.isPersonalType(value)) {
      return Optional.of(Masking.MASK);
    }
    // the one rule of values in messages: numbers, codes and dates as they are, text masked
    return Optional.of(MessageValue.ofObject(value).en());
  }
}
