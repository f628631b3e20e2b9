package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import id.posyandu.core.validation.ConsistentDtsenRegistration;
import id.posyandu.core.validation.PlausibleRange;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Registration of the household in the Data Tunggal Sosial dan Ekonomi Nasional (DTSEN, Inpres
 * 4/2025; replaces DTKS), with the welfare decile when registered ({@code DTSEN.INCONSISTENT}
 * otherwise) and the date it was checked.
 */
@Value.Immutable
@ConsistentDtsenRegistration
public abstract class DtsenRegistration implements ServiceRecord {

  /** Whether the household is in DTSEN. */
  public abstract boolean registered();

  /** Welfare decile 1 (poorest) to 10; only when registered. */
  public abstract @PlausibleRange(min = "1", max = "10", unit = "decile") OptionalInt decile();

  /** When the registration was checked. */
  @PastOrPresent
  public abstract LocalDate checkedOn();

  /** {@link SpmArea#SOSIAL}. */
  @Override
  public final SpmArea area() {
    return SpmArea.SOSIAL;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DtsenRegistration}. */
  public static final class Builder extends ImmutableDtsenRegistration.Builder {}
}
