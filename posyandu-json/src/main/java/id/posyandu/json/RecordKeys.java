package id.posyandu.json;

import id.posyandu.json.internal.RouteScan;
import java.io.Serializable;
import org.apiguardian.api.API;

/**
 * The members that route one NDJSON record to its partition ({@code type}, {@code id},
 * {@code posyandu}, {@code householdId}, {@code residentId}, {@code kaderId}), read from a line
 * without binding it: the keys {@link PopulationPartitions} routes by, for a distributed engine that
 * routes the same way (posyandu-spark).
 *
 * <p>Not a validator: the line is read strictly later. {@link #scan} gives {@code null} when the line
 * cannot be scanned (an escape in a member it keeps, not one object...); read such a line with the
 * strict reader, which reports its problem.
 *
 * @param type the {@code type} member, or null
 * @param id the {@code id} member, or null
 * @param posyandu the {@code posyandu} member as written, or null
 * @param householdId the {@code householdId} member, or null
 * @param residentId the {@code residentId} member, or null
 * @param kaderId the {@code kaderId} member, or null
 */
@API(status = API.Status.EXPERIMENTAL)
public record RecordKeys(String type, String id, String posyandu, String householdId,
    String residentId, String kaderId) implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final ThreadLocal<RouteScan> SCANS = ThreadLocal.withInitial(RouteScan::new);

  /** The routing members of {@code len} bytes of a line at {@code off}, or null (see above). */
  public static RecordKeys scan(byte[] line, int off, int len) {
    RouteScan scan = SCANS.get();
    if (!scan.scan(line, off, len)) {
      return null;
    }
    String[] v = scan.values();
    return new RecordKeys(v[RouteScan.TYPE], v[RouteScan.ID], v[RouteScan.POSYANDU],
        v[RouteScan.HOUSEHOLD_ID], v[RouteScan.RESIDENT_ID], v[RouteScan.KADER_ID]);
  }

  /** The routing members of a whole line (see {@link #scan(byte[], int, int)}). */
  public static RecordKeys scan(byte[] line) {
    return scan(line, 0, line.length);
  }
}
