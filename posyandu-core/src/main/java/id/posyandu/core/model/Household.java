package id.posyandu.core.model;

import id.posyandu.core.code.NomorKk;
import id.posyandu.core.code.PosyanduRegistrationNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A household (rumah tangga / keluarga) in the area of a Posyandu. The id is the caller's; the KK
 * number is optional (not every household has one, and families are recorded before Dukcapil
 * updates the card) and personal data: {@code toString()} masks it.
 */
@Value.Immutable
public abstract class Household {

  /** Caller-owned identifier. */
  @NotBlank
  @Size(max = 64)
  public abstract String id();

  /** Family card number (nomor Kartu Keluarga), if known. */
  @Value.Redacted
  public abstract Optional<NomorKk> kkNumber();

  /** Address with RT, RW and kode desa. */
  @Valid
  public abstract Address address();

  /** The Posyandu whose area the household is in. */
  public abstract PosyanduRegistrationNumber posyandu();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Household}. */
  public static final class Builder extends ImmutableHousehold.Builder {}
}
