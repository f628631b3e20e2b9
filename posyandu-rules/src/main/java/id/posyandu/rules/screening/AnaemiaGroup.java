package id.posyandu.rules.screening;

import id.posyandu.core.Age;
import id.posyandu.core.Sex;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * The population groups of the haemoglobin thresholds for anaemia (WHO 2011, as adopted by Kemenkes
 * 2016; VERIFIED.md section 5.1). Each group has its own bands in {@code anaemia.tsv}.
 */
public enum AnaemiaGroup {
  /** Children 6-59 months. */
  CHILD_6_59_MONTHS("KES.BALITA.ANEMIA"),
  /** Children 5-11 years. */
  CHILD_5_11_YEARS("KES.ANAK.ANEMIA"),
  /** Children 12-14 years. */
  CHILD_12_14_YEARS("KES.REMAJA.ANEMIA"),
  /** Non-pregnant women 15 years and older (WUS, adolescent girls from 15). */
  WOMAN_15_PLUS("KES.PEREMPUAN.ANEMIA"),
  /** Pregnant women. */
  PREGNANT("KES.BUMIL.ANEMIA"),
  /** Men 15 years and older. */
  MAN_15_PLUS("KES.LAKI.ANEMIA");

  /** Youngest age with a threshold: 6 months (WHO 2011: "children 6-59 months"). */
  public static final Period MIN_AGE = Period.ofMonths(6);

  /** Start of the 5-11 years group: the 5th birthday, i.e. 60 months (WHO 2011). */
  public static final Period SCHOOL_AGE_FROM = Period.ofYears(5);

  /** Start of the 12-14 years group: the 12th birthday (WHO 2011). */
  public static final Period YOUNG_TEEN_FROM = Period.ofYears(12);

  /** Start of the adult groups: the 15th birthday (WHO 2011: "women/men 15 years and above"). */
  public static final Period ADULT_FROM = Period.ofYears(15);

  private final String code;

  AnaemiaGroup(String code) {
    this.code = code;
  }

  /** The finding code, e.g. {@code KES.BUMIL.ANEMIA}. */
  public String code() {
    return code;
  }

  /**
   * The group of a person on a date: {@link #PREGNANT} for a pregnant woman at any age, otherwise
   * by age in whole calendar periods from the birth date (the 6-month, 5th, 12th and 15th birthdays
   * start a group), and by sex from 15.
   *
   * @return the group, or empty when the child is younger than 6 months (no threshold)
   * @throws IllegalArgumentException when {@code asOf} is before {@code birthDate}, or a man is
   *     said to be pregnant
   */
  public static Optional<AnaemiaGroup> of(
      Sex sex, LocalDate birthDate, LocalDate asOf, boolean pregnant) {
    Objects.requireNonNull(sex, "sex");
    if (asOf.isBefore(birthDate)) {
      throw new IllegalArgumentException("as-of date " + asOf + " is before the birth date");
    }
    if (pregnant) {
      if (sex != Sex.FEMALE) {
        throw new IllegalArgumentException("only a woman can be pregnant");
      }
      return Optional.of(PREGNANT);
    }
    if (asOf.isBefore(Age.reachedOn(birthDate, MIN_AGE))) {
      return Optional.empty();
    }
    if (asOf.isBefore(Age.reachedOn(birthDate, SCHOOL_AGE_FROM))) {
      return Optional.of(CHILD_6_59_MONTHS);
    }
    if (asOf.isBefore(Age.reachedOn(birthDate, YOUNG_TEEN_FROM))) {
      return Optional.of(CHILD_5_11_YEARS);
    }
    if (asOf.isBefore(Age.reachedOn(birthDate, ADULT_FROM))) {
      return Optional.of(CHILD_12_14_YEARS);
    }
    return Optional.of(sex == Sex.FEMALE ? WOMAN_15_PLUS : MAN_15_PLUS);
  }
}
