package id.posyandu.core.internal;

import jakarta.validation.ConstraintValidatorContext;

/** Helpers to report a specific code from a class-level validator. */
public final class ConstraintReports {

  private ConstraintReports() {}

  /** Reports {@code {posyandu.<code>}} on the bean, or on {@code property} when given. */
  public static void report(ConstraintValidatorContext context, String code, String property) {
    context.disableDefaultConstraintViolation();
    var builder = context.buildConstraintViolationWithTemplate("{posyandu." + code + "}");
    if (property == null) {
      builder.addConstraintViolation();
    } else {
      builder.addPropertyNode(property).addConstraintViolation();
    }
  }

  /** Reports {@code {posyandu.<code>}} on {@code list[index].property}. */
  public static void reportAt(ConstraintValidatorContext context, String code, String list, int index,
      String property) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate("{posyandu." + code + "}")
        .addPropertyNode(list)
        .addPropertyNode(property).inIterable().atIndex(index)
        .addConstraintViolation();
  }

  /** Reports {@code {posyandu.<code>}} on the element {@code list[index].inner[innerIndex]}. */
  public static void reportAtElement(ConstraintValidatorContext context, String code, String list,
      int index, String inner, int innerIndex) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate("{posyandu." + code + "}")
        .addPropertyNode(list)
        .addPropertyNode(inner).inIterable().atIndex(index)
        .addBeanNode().inIterable().atIndex(innerIndex)
        .addConstraintViolation();
  }
}
