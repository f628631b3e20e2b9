package id.posyandu.rules.population;

import java.util.Objects;

/**
 * A referential problem in the records handed to {@link Population.Builder}: a record that names an
 * id no record of the population has, or an id used twice. Only caller-owned ids and Posyandu
 * registration numbers appear here, never a NIK, KK number or name.
 *
 * @param kind what is wrong
 * @param recordType the kind of record at fault, e.g. {@code "Visit"}
 * @param recordId the id of the record at fault (for a Posyandu, its registration number)
 * @param reference the id it refers to that is missing, or the duplicated id
 */
public record PopulationProblem(Kind kind, String recordType, String recordId, String reference) {

  /** What is wrong. */
  public enum Kind {
    /** Two records of one type share an id. */
    DUPLICATE_ID("id ganda", "duplicate id"),
    /** A household, kader, visit or service request names a Posyandu not in the population. */
    UNKNOWN_POSYANDU("Posyandu tidak dikenal", "unknown Posyandu"),
    /** A resident or service request names a household not in the population. */
    UNKNOWN_HOUSEHOLD("rumah tangga tidak dikenal", "unknown household"),
    /** A pregnancy, visit or service request names a resident not in the population. */
    UNKNOWN_RESIDENT("warga tidak dikenal", "unknown resident"),
    /** A visit names a kader not in the population. */
    UNKNOWN_KADER("kader tidak dikenal", "unknown kader");

    private final String indonesian;
    private final String english;

    Kind(String indonesian, String english) {
      this.indonesian = indonesian;
      this.english = english;
    }

    /** A short Indonesian label. */
    public String indonesian() {
      return indonesian;
    }

    /** A short English label. */
    public String english() {
      return english;
    }
  }

  /** Checks that nothing is null. */
  public PopulationProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recordType, "recordType");
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(reference, "reference");
  }

  /** The problem in Indonesian and English, e.g. {@code "Visit v1: warga tidak dikenal / unknown resident r9"}. */
  @Override
  public String toString() {
    return recordType + " " + recordId + ": " + kind.indonesian() + " / " + kind.english() + " "
        + reference;
  }
}
