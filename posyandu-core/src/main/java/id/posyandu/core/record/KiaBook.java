package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import org.immutables.value.Value;

/**
 * Whether the resident has a Buku KIA (Buku Kesehatan Ibu dan Anak, which holds the KMS growth
 * chart) or an older KMS card, as the kader saw or was told at the visit. It is the K of SKDN: "balita
 * in the area who have a KMS or Buku KIA" (POSYANDU-6SPM.md §4.1 [C]); the Buku KIA check is also a
 * service for pregnant women (§5.1 [C]).
 *
 * <p>Record it when it is checked (at registration, when a book is handed out or lost); the state on a
 * day is the latest such record on or before it. Without any record, ownership is unknown, not "no".
 */
@Value.Immutable
public abstract class KiaBook implements ServiceRecord {

  /** Whether the resident has a Buku KIA or KMS. */
  public abstract boolean owned();

  /** {@link SpmArea#KESEHATAN}. */
  @Override
  public final SpmArea area() {
    return SpmArea.KESEHATAN;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KiaBook}. */
  public static final class Builder extends ImmutableKiaBook.Builder {}
}
