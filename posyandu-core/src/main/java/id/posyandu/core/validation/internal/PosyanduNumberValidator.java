package id.posyandu.core.validation.internal;

import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.core.validation.ValidPosyanduNumber;

/** Validates {@link ValidPosyanduNumber} with {@link PosyanduRegistrationNumber#parse}. */
public final class PosyanduNumberValidator extends CodeValidator<ValidPosyanduNumber> {
  @Override
  boolean accepts(String text) {
    return PosyanduRegistrationNumber.isValid(text);
  }

  @Override
  void parse(String text) {
    PosyanduRegistrationNumber.parse(text);
  }
}
