package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Disaster risk and preparedness of the household (SPM bencana, Permendagri 101/2018): whether it
 * lives in a disaster-prone area (kawasan rawan bencana) and for which hazards, whether it received
 * risk information (KIE), and the preparedness measures in place.
 */
@Value.Immutable
public abstract class DisasterPreparedness implements ServiceRecord {

  /** Hazards of Permendagri 101/2018 (informasi rawan bencana). */
  public enum Hazard {
    /** Gempa bumi. */
    EARTHQUAKE,
    /** Tsunami. */
    TSUNAMI,
    /** Banjir. */
    FLOOD,
    /** Tanah longsor. */
    LANDSLIDE,
    /** Letusan gunung api. */
    VOLCANO,
    /** Gelombang ekstrem dan abrasi. */
    EXTREME_WAVES,
    /** Cuaca ekstrem: angin topan, puting beliung. */
    EXTREME_WEATHER,
    /** Kekeringan. */
    DROUGHT,
    /** Kebakaran hutan dan lahan. */
    FOREST_FIRE,
    /** Kebakaran permukiman. */
    SETTLEMENT_FIRE,
    /** Epidemi, wabah penyakit, zoonosis prioritas. */
    EPIDEMIC
  }

  /** Preparedness measures. */
  public enum Measure {
    /** Ikut gladi / simulasi (joined a drill). */
    DRILL_JOINED,
    /** Rencana keluarga (family emergency plan). */
    FAMILY_PLAN,
    /** Tas siaga bencana (emergency kit). */
    EMERGENCY_KIT,
    /** Knows the evacuation route and assembly point. */
    EVACUATION_ROUTE_KNOWN
  }

  /** Whether the household lives in a disaster-prone area. */
  public abstract boolean inDisasterProneArea();

  /** Hazards of the area. */
  public abstract Set<Hazard> hazards();

  /** Whether the household received risk information (KIE rawan bencana). */
  public abstract boolean riskInformationReceived();

  /** Preparedness measures in place. */
  public abstract Set<Measure> measures();

  /** {@link SpmArea#TRANTIBUMLINMAS}. */
  @Override
  public final SpmArea area() {
    return SpmArea.TRANTIBUMLINMAS;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisasterPreparedness}. */
  public static final class Builder extends ImmutableDisasterPreparedness.Builder {}
}
