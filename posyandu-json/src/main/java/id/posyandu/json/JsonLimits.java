package id.posyandu.json;

/**
 * Limits that keep hostile or broken input from exhausting memory or stack. Applied through Jackson's
 * {@code StreamReadConstraints} to every document and every NDJSON line, plus the NDJSON line length.
 *
 * <p>The {@link #DEFAULTS} are generous for Posyandu records (a visit with all its service records is
 * a few kilobytes, nested four or five levels) and small enough that a bad file cannot exhaust a
 * small server:
 *
 * <table>
 *   <caption>Default limits</caption>
 *   <tr><th>limit</th><th>default</th><th>exceeded gives</th></tr>
 *   <tr><td>document length (one JSON document)</td><td>16 MiB</td><td>{@code JSON.LIMIT}</td></tr>
 *   <tr><td>NDJSON line length</td><td>2 MiB (bytes)</td><td>{@code JSON.LINE_TOO_LONG}</td></tr>
 *   <tr><td>nesting depth</td><td>32</td><td>{@code JSON.LIMIT}</td></tr>
 *   <tr><td>string length</td><td>1 MiB (1,048,576 chars)</td><td>{@code JSON.LIMIT}</td></tr>
 *   <tr><td>number length</td><td>64 characters</td><td>{@code JSON.LIMIT}</td></tr>
 *   <tr><td>property name length</td><td>256 characters</td><td>{@code JSON.LIMIT}</td></tr>
 * </table>
 */
public final class JsonLimits {

  /** The defaults described in the class comment. */
  public static final JsonLimits DEFAULTS =
      new JsonLimits(16L << 20, 2 << 20, 32, 1 << 20, 64, 256);

  private final long maxDocumentBytes;
  private final int maxLineBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;

  private JsonLimits(long maxDocumentBytes, int maxLineBytes, int maxNestingDepth,
      int maxStringLength, int maxNumberLength, int maxNameLength) {
    this.maxDocumentBytes = positive(maxDocumentBytes, "maxDocumentBytes");
    this.maxLineBytes = (int) positive(maxLineBytes, "maxLineBytes");
    this.maxNestingDepth = (int) positive(maxNestingDepth, "maxNestingDepth");
    this.maxStringLength = (int) positive(maxStringLength, "maxStringLength");
    this.maxNumberLength = (int) positive(maxNumberLength, "maxNumberLength");
    this.maxNameLength = (int) positive(maxNameLength, "maxNameLength");
  }

  private static long positive(long v, String name) {
    if (v <= 0) {
      throw new IllegalArgumentException(name + " must be positive: " + v);
    }
    return v;
  }

  /** Maximum length of one JSON document in bytes. */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** Maximum length of one NDJSON line in bytes, without its line terminator. */
  public int maxLineBytes() {
    return maxLineBytes;
  }

  /** Maximum nesting depth of arrays and objects. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** Maximum length of one string value, in chars. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** Maximum length of one number, in chars. */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** Maximum length of one property name, in chars. */
  public int maxNameLength() {
    return maxNameLength;
  }

  /** A copy with another document length limit. */
  public JsonLimits withMaxDocumentBytes(long v) {
    return new JsonLimits(v, maxLineBytes, maxNestingDepth, maxStringLength, maxNumberLength,
        maxNameLength);
  }

  /** A copy with another NDJSON line length limit. */
  public JsonLimits withMaxLineBytes(int v) {
    return new JsonLimits(maxDocumentBytes, v, maxNestingDepth, maxStringLength, maxNumberLength,
        maxNameLength);
  }

  /** A copy with another nesting depth limit. */
  public JsonLimits withMaxNestingDepth(int v) {
    return new JsonLimits(maxDocumentBytes, maxLineBytes, v, maxStringLength, maxNumberLength,
        maxNameLength);
  }

  /** A copy with another string length limit. */
  public JsonLimits withMaxStringLength(int v) {
    return new JsonLimits(maxDocumentBytes, maxLineBytes, maxNestingDepth, v, maxNumberLength,
        maxNameLength);
  }

  /** A copy with another number length limit. */
  public JsonLimits withMaxNumberLength(int v) {
    return new JsonLimits(maxDocumentBytes, maxLineBytes, maxNestingDepth, maxStringLength, v,
        maxNameLength);
  }

  /** A copy with another property name length limit. */
  public JsonLimits withMaxNameLength(int v) {
    return new JsonLimits(maxDocumentBytes, maxLineBytes, maxNestingDepth, maxStringLength,
        maxNumberLength, v);
  }

  @Override
  public String toString() {
    return "JsonLimits[document=" + maxDocumentBytes + "B, line=" + maxLineBytes + "B, depth="
        + maxNestingDepth + ", string=" + maxStringLength + ", number=" + maxNumberLength
        + ", name=" + maxNameLength + "]";
  }
}
