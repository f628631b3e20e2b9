package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Social assistance (bantuan sosial) the household or person receives, as reported at the visit;
 * an empty set means none.
 */
@Value.Immutable
public abstract class SocialAssistance implements ServiceRecord {

  /** Programmes. */
  public enum Programme {
    /** Program Keluarga Harapan (conditional cash transfer). */
    PKH,
    /** Bantuan sembako / BPNT (food assistance). */
    SEMBAKO,
    /** Penerima Bantuan Iuran JKN (subsidised health insurance). */
    PBI_JKN,
    /** Bantuan Langsung Tunai Dana Desa. */
    BLT_DANA_DESA,
    /** Program Indonesia Pintar (education assistance). */
    PIP,
    /** Asistensi rehabilitasi sosial (ATENSI). */
    ATENSI,
    /** Other programme. */
    OTHER
  }

  /** Programmes received. */
  public abstract Set<Programme> programmes();

  /** {@link SpmArea#SOSIAL}. */
  @Override
  public final SpmArea area() {
    return SpmArea.SOSIAL;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SocialAssistance}. */
  public static final class Builder extends ImmutableSocialAssistance.Builder {}
}
