package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Assessment of neglect (keterlantaran) for the SPM Sosial target groups of PP 2/2018 Pasal 10 and
 * Permensos 9/2018; an empty set means assessed and not neglected.
 */
@Value.Immutable
public abstract class NeglectAssessment implements ServiceRecord {

  /** SPM Sosial target groups (rehabilitasi sosial dasar di luar panti). */
  public enum Category {
    /** Anak telantar (neglected child, under 18). */
    ANAK_TELANTAR,
    /** Lanjut usia telantar (neglected older person, 60 and over). */
    LANSIA_TELANTAR,
    /** Penyandang disabilitas telantar (neglected person with severe disability). */
    DISABILITAS_TELANTAR,
    /** Gelandangan dan pengemis (homeless or beggar). */
    GELANDANGAN_PENGEMIS
  }

  /** The categories the person falls in. */
  public abstract Set<Category> categories();

  /** {@link SpmArea#SOSIAL}. */
  @Override
  public final SpmArea area() {
    return SpmArea.SOSIAL;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NeglectAssessment}. */
  public static final class Builder extends ImmutableNeglectAssessment.Builder {}
}
