package id.posyandu.core.model;

import id.posyandu.core.code.KodeWilayah;
import id.posyandu.core.validation.DesaLevel;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A household's address: street text, RT and RW, and the kode wilayah of the desa/kelurahan
 * ({@code ADDRESS.NOT_DESA} when the code is at another level). Street text is free and may identify
 * a household; it is not printed in {@code toString()}.
 */
@Value.Immutable
public abstract class Address {

  /** Street, house number, dusun or hamlet, as written. */
  @Value.Redacted
  @Size(max = 300)
  public abstract Optional<String> street();

  /** Rukun tetangga: one to three digits, e.g. {@code 003}. */
  @Pattern(regexp = "[0-9]{1,3}", message = "{posyandu.ADDRESS.RT_RW}")
  public abstract String rt();

  /** Rukun warga: one to three digits, e.g. {@code 011}. */
  @Pattern(regexp = "[0-9]{1,3}", message = "{posyandu.ADDRESS.RT_RW}")
  public abstract String rw();

  /** Kode wilayah of the desa or kelurahan (10 digits). */
  @DesaLevel
  public abstract KodeWilayah kodeDesa();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Address}. */
  public static final class Builder extends ImmutableAddress.Builder {}
}
