package id.posyandu.core.validation.internal;

import id.posyandu.core.code.Nik;
import id.posyandu.core.validation.ValidNik;

/** Validates {@link ValidNik} with {@link Nik#parse}. */
public final class NikValidator extends CodeValidator<ValidNik> {
  @Override
  boolean accepts(String text) {
    return Nik.isValid(text);
  }

  @Override
  void parse(String text) {
    Nik.parse(text);
  }
}
