package id.posyandu.json.internal;

import id.posyandu.core.MessageValue;

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
   * {@code pointer} with each reference token that is neither an array index (at most 6 digits)
   * nor like a property name ({@link MessageValue#name}) masked: digits as a NIK is masked, other
   * text as stars, so a key that holds a NIK or a name never reaches a message.
   */
  public static String masked(String pointer) {
    if (pointer == null || pointer.isEmpty()) {
      return pointer == null ? "" : pointer;
    }
    String[] tokens = pointer.split("/", -1);
    StringBuilder out = new StringBuilder(pointer.length());
    for (int i = 1; i < tokens.length; i++) {
      String t = tokens[i];
      out.append('/');
      boolean index = !t.isEmpty() && t.length() <= 6 && t.chars().allMatch(c -> c >= '0' && c <= '9');
      if (index || t.equals("-") || MessageValue.name(t.replace("~1", "/").replace("~0", "~"))
          .isQuoted()) {
        out.append(t);
      } else if (t.chars().allMatch(c -> c >= '0' && c <= '9')) {
        out.append(MessageValue.maskRun(t));
      } else {
        out.append("*".repeat(Math.min(Math.max(1, t.codePointCount(0, t.length())), 24)));
      }
    }
    return out.toString();
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
