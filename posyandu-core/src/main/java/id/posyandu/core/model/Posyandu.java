package id.posyandu.core.model;

import id.posyandu.core.code.KodeWilayah;
import id.posyandu.core.code.PosyanduRegistrationNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Posyandu (pos pelayanan terpadu), a village community institution (LKD/LKK) serving the six SPM
 * areas under Permendagri 13/2024, identified by its Kemendagri registration number (Kepmendagri
 * 2834/2025: the kode desa plus a three-digit sequence).
 *
 * <p>Its kode wilayah is the desa/kelurahan of its registration number, so the two cannot disagree;
 * {@link #timPembinaChain()} gives the areas of the Tim Pembina Posyandu that guide it, from the desa
 * up to the provinsi.
 */
@Value.Immutable
public abstract class Posyandu {

  /** Kemendagri registration number (nomor registrasi Posyandu). */
  public abstract PosyanduRegistrationNumber registrationNumber();

  /** Name of the Posyandu, e.g. "Posyandu Melati 3". Not personal data. */
  @NotBlank
  @Size(max = 200)
  public abstract String name();

  /**
   * An older identifier kept next to the registration number, e.g. the Kemenkes/Puskesmas Posyandu
   * code or a SATUSEHAT Location id.
   */
  @Size(min = 1, max = 100)
  public abstract Optional<String> legacyId();

  /** The desa/kelurahan of the Posyandu: the kode wilayah inside its registration number. */
  public final KodeWilayah kodeWilayah() {
    return registrationNumber().desa();
  }

  /**
   * The areas of the Tim Pembina Posyandu tiers that guide this Posyandu (Permendagri 13/2024): desa,
   * kecamatan, kabupaten/kota, provinsi, in that order. The national tier has no area code.
   */
  public final List<KodeWilayah> timPembinaChain() {
    List<KodeWilayah> chain = new ArrayList<>(4);
    Optional<KodeWilayah> area = Optional.of(kodeWilayah());
    while (area.isPresent()) {
      chain.add(area.get());
      area = area.get().parent();
    }
    return Collections.unmodifiableList(chain);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Posyandu}. */
  public static final class Builder extends ImmutablePosyandu.Builder {}
}
