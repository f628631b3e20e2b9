package id.posyandu.rules.growth;

import id.posyandu.core.record.KiaBook;
import id.posyandu.core.record.ServiceRecord;
import id.posyandu.core.record.Visit;
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

  /**
   * Whether a child counts in K on a day: its latest {@link KiaBook} record on or before the day
   * says it has a KMS or Buku KIA (POSYANDU-6SPM.md §4.1 [C]). Without any record the answer is
   * false: ownership unknown is not counted.
   *
   * @param visitsOldestFirst the child's visits, sorted by date (as {@code Population} gives them)
   * @param onOrBefore the last day whose records count
   */
  public static boolean hasKiaBook(List<Visit> visitsOldestFirst, LocalDate onOrBefore) {
    for (int i = visitsOldestFirst.size() - 1; i >= 0; i--) {
      Visit v = visitsOldestFirst.get(i);
      if (v.date().isAfter(onOrBefore)) {
        continue;
      }
      List<ServiceRecord> rs = v.records();
      for (int j = rs.size() - 1; j >= 0; j--) {
        if (rs.get(j) instanceof KiaBook k) {
          return k.owned();
        }
      }
    }
    return false;
  }
}
