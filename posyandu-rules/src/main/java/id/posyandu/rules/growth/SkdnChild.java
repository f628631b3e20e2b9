package id.posyandu.rules.growth;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One child living in a Posyandu's area, as SKDN needs it.
 *
 * @param birthDate the birth date
 * @param hasKms whether the child has a KMS or Buku KIA (counted in K)
 * @param weighings all the child's weighings
 * @param weightForAge the child's weight-for-age z-scores (for BGM), or {@link WeightForAge#NONE}
 */
public record SkdnChild(LocalDate birthDate, boolean hasKms, List<Weighing> weighings,
    WeightForAge weightForAge) {

  /** Checks that nothing is null and copies the list. */
  public SkdnChild {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(weightForAge, "weightForAge");
    weighings = List.copyOf(weighings);
  }
}
