package id.posyandu.json.internal;

import java.nio.charset.StandardCharsets;

/**
 * Finds the top-level string members that route an NDJSON record to its partition ({@code type},
 * {@code id}, {@code posyandu}, {@code householdId}, {@code residentId}, {@code kaderId}) in one
 * pass over the bytes, without a parser object or any allocation but the values it returns.
 *
 * <p>It is not a validator: the record is read strictly later. It gives up (returns false) on
 * anything it does not need to understand exactly (an escape in a member name or in a value it
 * keeps, a line that is not one object), and the caller then reads the line with the strict reader,
 * which reports its problem.
 */
public final class RouteScan {

  /** Index of {@code type} in {@link #values()}. */
  public static final int TYPE = 0;
  /** Index of {@code id}. */
  public static final int ID = 1;
  /** Index of {@code posyandu}. */
  public static final int POSYANDU = 2;
  /** Index of {@code householdId}. */
  public static final int HOUSEHOLD_ID = 3;
  /** Index of {@code residentId}. */
  public static final int RESIDENT_ID = 4;
  /** Index of {@code kaderId}. */
  public static final int KADER_ID = 5;

  private static final byte[][] NAMES = {
      ascii("type"), ascii("id"), ascii("posyandu"), ascii("householdId"), ascii("residentId"),
      ascii("kaderId")};

  private final String[] values = new String[NAMES.length];
  private byte[] b;
  private int p;
  private int end;

  /** The values found by the last {@link #scan} (null where absent). */
  public String[] values() {
    return values;
  }

  /** Scans one line; false when it cannot be scanned (read it strictly instead). */
  public boolean scan(byte[] bytes, int off, int len) {
    java.util.Arrays.fill(values, null);
    b = bytes;
    p = off;
    end = off + len;
    if (len >= 3 && (b[p] & 0xff) == 0xEF && (b[p + 1] & 0xff) == 0xBB
        && (b[p + 2] & 0xff) == 0xBF) {
      p += 3;
    }
    ws();
    if (p >= end || b[p] != '{') {
      return false;
    }
    p++;
    ws();
    if (p < end && b[p] == '}') {
      p++;
      return rest();
    }
    while (true) {
      ws();
      if (p >= end || b[p] != '"') {
        return false;
      }
      int nameStart = ++p;
      while (p < end && b[p] != '"') {
        if (b[p] == '\\') {
          return false;
        }
        p++;
      }
      if (p >= end) {
        return false;
      }
      int nameEnd = p++;
      int which = which(nameStart, nameEnd - nameStart);
      ws();
      if (p >= end || b[p] != ':') {
        return false;
      }
      p++;
      ws();
      if (p >= end) {
        return false;
      }
      if (b[p] == '"') {
        int s = ++p;
        boolean escaped = false;
        while (p < end && b[p] != '"') {
          if (b[p] == '\\') {
            escaped = true;
            p += 2;
          } else {
            p++;
          }
        }
        if (p >= end) {
          return false;
        }
        if (which >= 0) {
          if (escaped) {
            return false;
          }
          values[which] = new String(b, s, p - s, StandardCharsets.UTF_8);
        }
        p++;
      } else if (b[p] == '{' || b[p] == '[') {
        if (!skipNested()) {
          return false;
        }
      } else {
        while (p < end && b[p] != ',' && b[p] != '}' && b[p] != ' ' && b[p] != '\t') {
          p++;
        }
      }
      ws();
      if (p >= end) {
        return false;
      }
      if (b[p] == ',') {
        p++;
        continue;
      }
      if (b[p] == '}') {
        p++;
        return rest();
      }
      return false;
    }
  }

  private boolean rest() {
    ws();
    return p == end;
  }

  private boolean skipNested() {
    int depth = 0;
    while (p < end) {
      byte c = b[p];
      if (c == '"') {
        p++;
        while (p < end && b[p] != '"') {
          p += b[p] == '\\' ? 2 : 1;
        }
        if (p >= end) {
          return false;
        }
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == 0) {
          p++;
          return true;
        }
      }
      p++;
    }
    return false;
  }

  private void ws() {
    while (p < end && (b[p] == ' ' || b[p] == '\t' || b[p] == '\r' || b[p] == '\n')) {
      p++;
    }
  }

  private int which(int s, int n) {
    outer:
    for (int i = 0; i < NAMES.length; i++) {
      byte[] name = NAMES[i];
      if (name.length != n) {
        continue;
      }
      for (int j = 0; j < n; j++) {
        if (name[j] != b[s + j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
