package id.posyandu.rules.anthro;

import id.posyandu.rules.Citation;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Permenkes 2/2020 category of one index for one child, or "not assessed" with the reason the
 * z-score is missing (never "normal" by default). Says which cut-off and which source it used.
 */
public final class NutritionStatus {

  private final PermenkesIndex index;
  private final ZScore zScore;
  private final NutritionCategory category;
  private final String labelId;
  private final String labelEn;
  private final String cutOff;
  private final Set<NutritionCondition> countsAs;
  private final Citation citation;

  NutritionStatus(PermenkesIndex index, ZScore zScore, NutritionCategory category, String labelId,
      String labelEn, String cutOff, Set<NutritionCondition> countsAs, Citation citation) {
    this.index = Objects.requireNonNull(index);
    this.zScore = Objects.requireNonNull(zScore);
    this.category = category;
    this.labelId = labelId;
    this.labelEn = labelEn;
    this.cutOff = cutOff;
    this.countsAs = Set.copyOf(countsAs);
    this.citation = citation;
  }

  /** The index. */
  public PermenkesIndex index() {
    return index;
  }

  /** The WHO z-score the category was read from (possibly not computed). */
  public ZScore zScore() {
    return zScore;
  }

  /** Whether a category was assigned. */
  public boolean isAssessed() {
    return category != null;
  }

  /** The category; empty when not assessed. */
  public Optional<NutritionCategory> category() {
    return Optional.ofNullable(category);
  }

  /** Why no category was assigned; empty when assessed. */
  public Optional<NotComputedReason> notAssessedReason() {
    return zScore.reason();
  }

  /**
   * Whether WHO flags the z-score as implausible (a likely measuring or recording error); the
   * category is still given, as Permenkes 2/2020 prescribes none for this case.
   */
  public boolean isImplausible() {
    return zScore.isFlagged();
  }

  /** The label in Indonesian, e.g. {@code Pendek}, or {@code Tidak dinilai: ...}. */
  public String labelId() {
    return labelId;
  }

  /** The label in English, e.g. {@code Stunted}, or {@code Not assessed: ...}. */
  public String labelEn() {
    return labelEn;
  }

  /** The cut-off of the category, e.g. {@code -3 SD <= z < -2 SD}; empty when not assessed. */
  public String cutOff() {
    return cutOff;
  }

  /** The named conditions the category counts towards (e.g. stunting). */
  public Set<NutritionCondition> countsAs() {
    return countsAs;
  }

  /** The source of the cut-offs. */
  public Citation citation() {
    return citation;
  }

  /**
   * One line, e.g. {@code PB/U atau TB/U: Pendek / Stunted (zlen=-2.41; -3 SD <= z < -2 SD;
   * Permenkes 2/2020 ... [3P])}.
   */
  @Override
  public String toString() {
    return index.label() + ": " + labelId + " / " + labelEn + " (" + zScore
        + (cutOff.isEmpty() ? "" : "; " + cutOff) + "; " + citation + ")";
  }
}
