package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import id.posyandu.core.validation.ConsistentSchoolEnrolment;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * School participation of a child or adolescent (partisipasi sekolah; SPM Pendidikan,
 * Permendikbudristek 32/2022): enrolled at a level, or out of school with a reason
 * ({@code SCHOOL.INCONSISTENT} when the two disagree).
 */
@Value.Immutable
@ConsistentSchoolEnrolment
public abstract class SchoolEnrolment implements ServiceRecord {

  /** Education levels and forms. */
  public enum Level {
    /** PAUD: Taman Kanak-kanak / Raudhatul Athfal. */
    PAUD_TK,
    /** PAUD: Kelompok Bermain, Taman Penitipan Anak, Satuan PAUD Sejenis. */
    PAUD_KB_TPA_SPS,
    /** Sekolah Dasar / Madrasah Ibtidaiyah. */
    SD,
    /** Sekolah Menengah Pertama / Madrasah Tsanawiyah. */
    SMP,
    /** Sekolah Menengah Atas / Madrasah Aliyah. */
    SMA,
    /** Sekolah Menengah Kejuruan. */
    SMK,
    /** Sekolah Luar Biasa (special education). */
    SLB,
    /** Pendidikan kesetaraan: Paket A, B or C. */
    KESETARAAN,
    /** Pesantren (Islamic boarding school) outside the levels above. */
    PESANTREN
  }

  /** Why a child is out of school. */
  public enum OutOfSchoolReason {
    /** Never enrolled. */
    NEVER_ENROLLED,
    /** Cost. */
    COST,
    /** Working or helping the family. */
    WORK,
    /** School too far or no transport. */
    DISTANCE,
    /** Disability without suitable school. */
    DISABILITY,
    /** Married. */
    MARRIAGE,
    /** Illness. */
    ILLNESS,
    /** Other reason. */
    OTHER
  }

  /** Whether the child is enrolled. */
  public abstract boolean enrolled();

  /** Level of enrolment; present exactly when {@link #enrolled()}. */
  public abstract Optional<Level> level();

  /** Reason for being out of school; present exactly when not {@link #enrolled()}. */
  public abstract Optional<OutOfSchoolReason> outOfSchoolReason();

  /** {@link SpmArea#PENDIDIKAN}. */
  @Override
  public final SpmArea area() {
    return SpmArea.PENDIDIKAN;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SchoolEnrolment}. */
  public static final class Builder extends ImmutableSchoolEnrolment.Builder {}
}
