package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import java.util.Set;
import org.immutables.value.Value;

/**
 * SKILAS (Skrining Lansia Sederhana, ILP juknis): the intrinsic-capacity items found positive for an
 * older person; an empty set means screened and none positive.
 */
@Value.Immutable
public abstract class SkilasScreening implements ServiceRecord {

  /** SKILAS items, each in one of six domains. */
  public enum Item {
    /** Cognition: orientation to time and place. */
    COGNITION_ORIENTATION,
    /** Cognition: recalling three words. */
    COGNITION_RECALL,
    /** Mobility: reported limitation. */
    MOBILITY_LIMITATION,
    /** Mobility: chair-stand test failed. */
    MOBILITY_CHAIR_STAND,
    /** Malnutrition: weight loss of 3 kg or more in 3 months. */
    MALNUTRITION_WEIGHT_LOSS,
    /** Malnutrition: loss of appetite. */
    MALNUTRITION_APPETITE,
    /** Malnutrition: LiLA under 21 cm. */
    MALNUTRITION_MUAC,
    /** Vision: eye complaint. */
    VISION_COMPLAINT,
    /** Vision: finger-count test failed. */
    VISION_FINGER_COUNT,
    /** Hearing: whisper test failed. */
    HEARING_WHISPER,
    /** Depression: sad or hopeless. */
    DEPRESSION_SAD,
    /** Depression: loss of interest. */
    DEPRESSION_INTEREST
  }

  /** Items found positive. */
  public abstract Set<Item> positiveItems();

  /** {@link SpmArea#KESEHATAN}. */
  @Override
  public final SpmArea area() {
    return SpmArea.KESEHATAN;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SkilasScreening}. */
  public static final class Builder extends ImmutableSkilasScreening.Builder {}
}
