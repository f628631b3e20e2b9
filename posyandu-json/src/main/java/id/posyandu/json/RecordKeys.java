package id.posyandu.json;

import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.json.internal.RouteScan;
import java.io.Serializable;
import java.util.Optional;

/**
 * The members of one NDJSON record line that say where the record belongs, read without binding the
 * record: its {@code type}, its {@code id}, and the ids it refers to ({@code posyandu} as a report id
 * in plain digits, {@code householdId}, {@code residentId}, {@code kaderId}). What a partitioned
 * or distributed reader routes by before it reads each record strictly (see
 * {@link PopulationPartitions} for the routing: a household by its Posyandu, a resident by its
 * household, a visit or pregnancy by its resident, a service request by its household, resident
 * or Posyandu).
 *
 * <p>Not a validation: a line whose keys are found may still be rejected when it is read strictly;
 * a line whose keys cannot be found (not one JSON object, an escape in a kept value, a malformed
 * Posyandu number) gives {@link Optional#empty()}, and should be read strictly to report why.
 *
 * @param type the record type name ({@link RecordTypes#core()}), or null
 * @param id the record's id, or null
 * @param posyandu the Posyandu it names, in plain digits, or null (absent or malformed)
 * @param householdId the household it names, or null
 * @param residentId the resident it names, or null
 * @param kaderId the kader it names, or null
 */
public record RecordKeys(String type, String id, String posyandu, String householdId,
    String residentId, String kaderId) implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ThreadLocal<RouteScan> SCAN = ThreadLocal.withInitial(RouteScan::new);

  /** The keys of a UTF-8 line, or empty when the line cannot be scanned. */
  public static Optional<RecordKeys> scan(byte[] line, int off, int len) {
    RouteScan s = SCAN.get();
    if (!s.scan(line, off, len)) {
      return Optional.empty();
    }
    String[] v = s.values();
    return Optional.of(new RecordKeys(v[RouteScan.TYPE], v[RouteScan.ID],
        plain(v[RouteScan.POSYANDU]), v[RouteScan.HOUSEHOLD_ID], v[RouteScan.RESIDENT_ID],
        v[RouteScan.KADER_ID]));
  }

  /** The keys of a line. */
  public static Optional<RecordKeys> scan(String line) {
    byte[] b = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return scan(b, 0, b.length);
  }

  /** A Posyandu number as written (dotted or plain) in plain digits, or null when malformed. */
  static String plain(String posyandu) {
    if (posyandu == null) {
      return null;
    }
    try {
      return PosyanduRegistrationNumber.parse(posyandu).plain();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
