package id.posyandu.core.validation.internal;

import id.posyandu.core.code.NomorKk;
import id.posyandu.core.validation.ValidNomorKk;

/** Validates {@link ValidNomorKk} with {@link NomorKk#parse}. */
public final class NomorKkValidator extends CodeValidator<ValidNomorKk> {
  @Override
  boolean accepts(String text) {
    return NomorKk.isValid(text);
  }

  @Override
  void parse(String text) {
    NomorKk.parse(text);
  }
}
