package id.posyandu.core.validation.internal;

import id.posyandu.core.code.KodeWilayah;
import id.posyandu.core.code.WilayahLevel;
import id.posyandu.core.validation.ValidKodeWilayah;

/**
 * Validates {@link ValidKodeWilayah} with {@link KodeWilayah#parse(String, WilayahLevel...)} at the
 * allowed levels.
 */
public final class KodeWilayahValidator extends CodeValidator<ValidKodeWilayah> {
  private WilayahLevel[] levels = new WilayahLevel[0];

  @Override
  public void initialize(ValidKodeWilayah constraint) {
    levels = constraint.level().clone();
  }

  @Override
  boolean accepts(String text) {
    return KodeWilayah.isValid(text, levels);
  }

  @Override
  void parse(String text) {
    KodeWilayah.parse(text, levels);
  }
}
