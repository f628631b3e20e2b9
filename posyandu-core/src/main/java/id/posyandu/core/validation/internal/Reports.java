package id.posyandu.core.validation.internal;

import jakarta.validation.ConstraintValidatorContext;

/** Helpers to report a specific code from a class-level validator. */
final class Reports {

  private Reports() {}

  /** Reports {@code {posyandu.<code>}} on the bean, or on {@code property} when given. */
  static void report(ConstraintValidatorContext context, String code, String property) {
    context.disableDefaultConstraintViolation();
    var builder = context.buildConstraintViolationWithTemplate("{posyandu." + code + "}");
    if (property == null) {
      builder.addConstraintViolation();
    } else {
      builder.addPropertyNode(property).addConstraintViolation();
    }
  }

  /** Reports {@code {posyandu.<code>}} on {@code list[index].property}. */
  static void reportAt(ConstraintValidatorContext context, String code, String list, int index,
      String property) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate("{posyandu." + code + "}")
        .addPropertyNode(list)
        .addPropertyNode(property).inIterable().atIndex(index)
        .addConstraintViolation();
  }

  /** Reports {@code {posyandu.<code>}} on the element {@code list[index].inner[innerIndex]}. */
  static void reportAtElement(ConstraintValidatorContext context, String code, String list,
      int index, String inner, int innerIndex) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate("{posyandu." + code + "}")
        .addPropertyNode(list)
        .addPropertyNode(inner).inIterable().atIndex(index)
        .addBeanNode().inIterable().atIndex(innerIndex)
        .addConstraintViolation();
  }
}
