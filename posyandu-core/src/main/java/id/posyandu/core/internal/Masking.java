package id.posyandu.core.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Masks personal data (UU 27/2022 tentang Pelindungan Data Pribadi): NIK, KK numbers and names never
 * appear in clear in {@code toString()}, violations or messages.
 */
public final class Masking {

  /** What a masked value prints as. */
  public static final String MASK = "****";

  /** Property names (leaf of a path) that hold personal data. */
  private static final Set<String> PERSONAL_PROPERTIES =
      Set.of("nik", "kknumber", "nomorkk", "name", "fullname", "nama");

  /** Simple names of types that are personal data whatever property holds them. */
  private static final Set<String> PERSONAL_TYPES = Set.of("Nik", "NomorKk");

  private Masking() {}

  /** Whether a property of this (leaf) name holds personal data. */
  public static boolean isPersonalProperty(String leafName) {
    return leafName != null && PERSONAL_PROPERTIES.contains(leafName.toLowerCase(Locale.ROOT));
  }

  /** Whether a value of this type is personal data. */
  public static boolean isPersonalType(Object value) {
    return value != null && PERSONAL_TYPES.contains(value.getClass().getSimpleName())
        || value != null && value.getClass().getSuperclass() != null
        && PERSONAL_TYPES.contains(value.getClass().getSuperclass().getSimpleName());
  }
}
