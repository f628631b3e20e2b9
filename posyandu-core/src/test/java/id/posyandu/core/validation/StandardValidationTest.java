package id.posyandu.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.testing.InvalidInstances;
import id.posyandu.core.testing.ValidInstances;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Jakarta Validation bootstrapped with nothing configured ({@code Validation
 * .buildDefaultValidatorFactory()}, as an app or a framework does) finds exactly the violations of
 * {@link PosyanduValidator}: same paths, same messages, same codes, on generated valid and invalid
 * instances of every type, nested ones included. The only thing the app adds is an Expression
 * Language implementation (here Expressly, a test dependency), which Hibernate Validator's default
 * message interpolation needs; with {@link ParameterMessageInterpolator} configured instead it needs
 * none and the messages are the same.
 */
class StandardValidationTest {

  static final int SEEDS = 60;
  static Locale saved;

  @BeforeAll
  static void saveLocale() {
    saved = Locale.getDefault();
  }

  @AfterAll
  static void restoreLocale() {
    Locale.setDefault(saved);
  }

  /** Dates are judged against today, as the default clock of Jakarta Validation does. */
  static final LocalDate TODAY = LocalDate.now();

  static Validator defaultValidator(Locale locale) {
    Locale.setDefault(locale); // the default factory interpolates in the default locale
    ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
    return factory.getValidator();
  }

  static List<Object> items(long seed) {
    List<Object> all = new ArrayList<>();
    ValidInstances good = new ValidInstances(seed, TODAY);
    all.addAll(good.everyRecord());
    all.add(good.residentRecords());
    all.add(good.serviceRequest());
    all.add(good.posyandu());
    all.add(good.kader());
    all.add(good.household());
    InvalidInstances bad = new InvalidInstances(seed, TODAY);
    all.addAll(bad.everyRecord());
    all.add(bad.residentRecords());
    all.add(bad.visit());
    all.add(bad.serviceRequest());
    all.add(bad.posyandu());
    all.add(bad.kader());
    all.add(bad.household());
    return all;
  }

  static List<String> standard(Validator validator, Object item) {
    Set<ConstraintViolation<Object>> found = validator.validate(item);
    return found.stream().map(cv -> cv.getPropertyPath() + " | " + cv.getMessage() + " | "
        + ViolationCodes.code(cv.getMessageTemplate(),
            cv.getConstraintDescriptor().getAnnotation().annotationType()))
        .sorted().collect(Collectors.toList());
  }

  static List<String> library(List<Violation> vs, Function<Violation, String> message) {
    return vs.stream().map(v -> v.path() + " | " + message.apply(v) + " | " + v.code()).sorted()
        .collect(Collectors.toList());
  }

  void assertSameAsLibrary(Validator validator, Function<Violation, String> message) {
    PosyanduValidator library = PosyanduValidator.asOf(TODAY);
    int invalid = 0;
    int violations = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      for (Object item : items(seed)) {
        List<String> expected = library(library.validate(item), message);
        assertThat(standard(validator, item))
            .as("seed %d, %s", seed, item.getClass().getSuperclass().getSimpleName())
            .isEqualTo(expected);
        invalid += expected.isEmpty() ? 0 : 1;
        violations += expected.size();
      }
    }
    // the comparison is not vacuous: many records are invalid, with nested violations among them
    assertThat(invalid).isGreaterThan(SEEDS * 20);
    assertThat(violations).isGreaterThan(SEEDS * 50);
  }

  @Test
  void theDefaultFactoryFindsTheLibrarysViolationsWithEnglishMessages() {
    assertSameAsLibrary(defaultValidator(Locale.ENGLISH), Violation::messageEn);
  }

  @Test
  void theDefaultFactoryFindsTheLibrarysViolationsWithIndonesianMessages() {
    assertSameAsLibrary(defaultValidator(Locale.forLanguageTag("id-ID")), Violation::messageId);
  }

  @Test
  void withoutExpressionLanguageParameterMessageInterpolatorGivesTheSameMessages() {
    Locale.setDefault(Locale.ENGLISH);
    Validator v = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()
        .getValidator();
    assertSameAsLibrary(v, Violation::messageEn);
  }

  @Test
  void aNestedRecordIsReachedThroughTheVisit() {
    Validator v = defaultValidator(Locale.ENGLISH);
    InvalidInstances bad = new InvalidInstances(7, TODAY);
    List<String> paths = standard(v, bad.residentRecords()).stream()
        .map(s -> s.substring(0, s.indexOf(' '))).collect(Collectors.toList());
    assertThat(paths).anyMatch(p -> p.matches("visits\\[\\d+\\]\\.records\\[\\d+\\]\\..+"));
  }
}
