package id.posyandu.json.internal;

/** JSON pointers (RFC 6901). */
public final class Pointers {

  private Pointers() {}

  /** Escapes one reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The JSON pointer of a bean-validation property path: {@code services[2].weightKg} becomes
   * {@code /services/2/weightKg}; map keys in brackets become tokens; {@code <list element>}-style
   * node names are dropped.
   */
  public static String fromPropertyPath(String path) {
    if (path == null || path.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    StringBuilder tok = new StringBuilder();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        flush(out, tok);
        i++;
      } else if (c == '[') {
        flush(out, tok);
        int end = path.indexOf(']', i);
        if (end < 0) {
          end = path.length();
        }
        tok.append(path, i + 1, end);
        flush(out, tok);
        i = end + 1;
      } else {
        tok.append(c);
        i++;
      }
    }
    flush(out, tok);
    return out.toString();
  }

  private static void flush(StringBuilder out, StringBuilder tok) {
    if (tok.length() > 0) {
      String t = tok.toString();
      if (!(t.startsWith("<") && t.endsWith(">"))) {
        out.append('/').append(escape(t));
      }
      tok.setLength(0);
    }
  }
}
