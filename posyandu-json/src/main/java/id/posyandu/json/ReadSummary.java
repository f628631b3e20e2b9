package id.posyandu.json;

/**
 * The counts of an NDJSON read. Always {@code read == accepted + rejected} and
 * {@code lines == read + blank}: a line is a record (accepted or rejected) or blank, never lost.
 *
 * @param lines lines seen (a final line without terminator counts; a final terminator does not
 *     start a line)
 * @param read records read: the lines that were not blank
 * @param accepted records accepted (valid, maybe with warnings)
 * @param rejected records rejected with at least one error
 * @param blank blank lines (empty or only spaces and tabs), not records
 * @param warnings warnings on accepted records
 * @param bytes bytes of the lines, without terminators and byte order mark
 */
public record ReadSummary(long lines, long read, long accepted, long rejected, long blank,
    long warnings, long bytes) {

  /** Checks the invariants. */
  public ReadSummary {
    if (read != accepted + rejected || lines != read + blank) {
      throw new IllegalStateException("inconsistent summary: " + lines + " lines, " + read
          + " read, " + accepted + " accepted, " + rejected + " rejected, " + blank + " blank");
    }
  }

  /** True when no record was rejected. */
  public boolean allAccepted() {
    return rejected == 0;
  }
}
