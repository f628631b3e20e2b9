package id.posyandu.rules.indicator;

import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The three time zones of Indonesia (Keppres 41/1987), which decide what "this month" means for a
 * Posyandu: an evaluation at 23:30 WIB on 31 October is still October in Jakarta but already
 * November in Jayapura.
 */
public enum IndonesianTimeZone {
  /** Waktu Indonesia Barat, UTC+7 (Asia/Jakarta). */
  WIB("Asia/Jakarta"),
  /** Waktu Indonesia Tengah, UTC+8 (Asia/Makassar). */
  WITA("Asia/Makassar"),
  /** Waktu Indonesia Timur, UTC+9 (Asia/Jayapura). */
  WIT("Asia/Jayapura");

  private final ZoneId zone;

  IndonesianTimeZone(String zoneId) {
    this.zone = ZoneId.of(zoneId);
  }

  /** The IANA zone. */
  public ZoneId zoneId() {
    return zone;
  }

  /** The local date of an instant in this zone. */
  public LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  /** Today's date in this zone by the given clock (the caller owns the clock). */
  public LocalDate today(Clock clock) {
    return dateOf(clock.instant());
  }

  /**
   * The zone of a province by its two-digit Kemendagri code (e.g. {@code "31"} DKI Jakarta → WIB,
   * {@code "51"} Bali → WITA, {@code "91"} Papua → WIT), from reference data
   * ({@code province_time_zones.tsv}, Keppres 41/1987). Empty for an unknown code.
   */
  public static Optional<IndonesianTimeZone> ofProvince(String provinceCode) {
    return Optional.ofNullable(ByProvince.MAP.get(provinceCode));
  }

  private static final class ByProvince {
    static final Map<String, IndonesianTimeZone> MAP = load();

    private static Map<String, IndonesianTimeZone> load() {
      ReferenceTable t = ReferenceTable.load(IndonesianTimeZone.class, "province_time_zones.tsv")
          .requireColumns("province", "zone").requireUniqueKey("province");
      Map<String, IndonesianTimeZone> m = new HashMap<>();
      for (ReferenceTable.Row r : t.rows()) {
        String code = r.text("province");
        if (!code.matches("[1-9][0-9]")) {
          throw new ReferenceDataException(r + ": province code must be two digits");
        }
        try {
          m.put(code, IndonesianTimeZone.valueOf(r.text("zone")));
        } catch (IllegalArgumentException e) {
          throw new ReferenceDataException(r + ": zone must be WIB, WITA or WIT");
        }
      }
      return Collections.unmodifiableMap(m);
    }
  }
}
