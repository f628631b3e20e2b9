package id.posyandu.rules.anthro;

import java.util.Locale;

/**
 * Named nutrition problems, each the union of Permenkes 2/2020 categories marked in the reference
 * data ({@code counts_as}): stunting = PB/U or TB/U below -2 SD; wasting = BB/PB or BB/TB below
 * -2 SD; underweight = BB/U below -2 SD; overweight = BB/PB or BB/TB above +2 SD (0-60 months) or
 * IMT/U above +1 SD (5-18 years).
 */
public enum NutritionCondition {
  /** Stunting (pendek or sangat pendek). */
  STUNTING("Stunting (pendek dan sangat pendek)", "Stunting"),
  /** Severe stunting (sangat pendek). */
  SEVERE_STUNTING("Sangat pendek", "Severe stunting"),
  /** Wasting (gizi kurang or gizi buruk by BB/PB or BB/TB). */
  WASTING("Wasting (gizi kurang dan gizi buruk)", "Wasting"),
  /** Severe wasting (gizi buruk). */
  SEVERE_WASTING("Gizi buruk", "Severe wasting"),
  /** Underweight (berat badan kurang or sangat kurang). */
  UNDERWEIGHT("Underweight (berat badan kurang dan sangat kurang)", "Underweight"),
  /** Severe underweight (berat badan sangat kurang). */
  SEVERE_UNDERWEIGHT("Berat badan sangat kurang", "Severe underweight"),
  /** Overweight (gizi lebih or obesitas). */
  OVERWEIGHT("Gizi lebih (termasuk obesitas)", "Overweight (including obesity)"),
  /** Obesity (obesitas). */
  OBESITY("Obesitas", "Obesity"),
  /** Thinness, 5-18 years (gizi kurang or gizi buruk by IMT/U). */
  THINNESS("Kurus (gizi kurang dan gizi buruk, IMT/U)", "Thinness"),
  /** Severe thinness, 5-18 years. */
  SEVERE_THINNESS("Sangat kurus (gizi buruk, IMT/U)", "Severe thinness");

  private final String nameId;
  private final String nameEn;

  NutritionCondition(String nameId, String nameEn) {
    this.nameId = nameId;
    this.nameEn = nameEn;
  }

  /** The code used in the reference data's {@code counts_as}, e.g. {@code severe_stunting}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Name in Indonesian. */
  public String nameId() {
    return nameId;
  }

  /** Name in English. */
  public String nameEn() {
    return nameEn;
  }
}
