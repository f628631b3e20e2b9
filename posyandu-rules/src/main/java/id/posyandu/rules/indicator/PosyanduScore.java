package id.posyandu.rules.indicator;

import id.posyandu.core.SpmArea;
import id.posyandu.core.code.KodeWilayah;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One Posyandu's standing in a {@link Scorecard}: the score of each SPM area (0-100), the weighted
 * total, and its rank within its desa/kelurahan, kecamatan and kabupaten/kota (1 = best; equal
 * totals share a rank).
 *
 * @param posyanduId the Posyandu
 * @param desa its desa/kelurahan
 * @param areaScores per area, the mean achievement of its indicators against their targets, in
 *     percent; empty when no indicator of the area could be scored
 * @param total the weighted mean of the area scores that exist (0-100)
 * @param indicatorsScored how many indicators had both a value and a target
 * @param rankInDesa rank among the Posyandu of the same desa/kelurahan
 * @param rankInKecamatan rank within the kecamatan
 * @param rankInKabKota rank within the kabupaten/kota
 */
public record PosyanduScore(String posyanduId, KodeWilayah desa, Map<SpmArea, OptionalDouble> areaScores,
    double total, int indicatorsScored, int rankInDesa, int rankInKecamatan, int rankInKabKota) {

  /** Checks and copies. */
  public PosyanduScore {
    Objects.requireNonNull(posyanduId, "posyanduId");
    Objects.requireNonNull(desa, "desa");
    areaScores = Map.copyOf(areaScores);
  }
}
