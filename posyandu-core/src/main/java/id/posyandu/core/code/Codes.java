package id.posyandu.core.code;

import id.posyandu.core.MessageValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Helpers shared by the code parsers: ASCII digit checks, masking, the region-part rules of the
 * kode wilayah, and raising a {@link CodeFormatException} or returning {@code null} (for
 * {@code isValid}, which must not pay for an exception).
 */
final class Codes {
  private Codes() {}

  /** Whether every char is an ASCII digit {@code 0-9} (Unicode digits such as '٣' are not). */
  static boolean isAsciiDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The two ASCII digits at {@code i} as a number. */
  static int twoDigits(String s, int i) {
    return (s.charAt(i) - '0') * 10 + (s.charAt(i + 1) - '0');
  }

  /** A masked form of personal data, as {@link MessageValue#maskRun} gives it. */
  static String mask(String s) {
    return MessageValue.maskRun(s);
  }

  /**
   * A kode wilayah or Posyandu number in its dotted form (already checked to have that shape), as a
   * message may show it: as written, because a NIK, KK or phone number never has that shape; an
   * undotted one is masked (ten digits may be a telephone number).
   */
  static MessageValue shownDotted(String s) {
    return s.indexOf('.') >= 0 ? MessageValue.safe(s) : MessageValue.masked(s);
  }

  /** Any input as a message may show it: {@link MessageValue#masked}. */
  static MessageValue shown(String s) {
    return MessageValue.masked(s);
  }

  /**
   * Throws a {@link CodeFormatException} when {@code throwing}, otherwise returns {@code null}.
   *
   * @param keyValues parameter names and values, alternating; a value is a {@link MessageValue}
   *     or a string that is safe to show (a code part, a length)
   */
  static <T> T fail(boolean throwing, String code, Object... keyValues) {
    if (!throwing) {
      return null;
    }
    Map<String, MessageValue> params = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      Object v = keyValues[i + 1];
      params.put((String) keyValues[i],
          v instanceof MessageValue ? (MessageValue) v : MessageValue.safe(String.valueOf(v)));
    }
    throw CodeFormatException.of(code, params);
  }

  /**
   * The first broken rule of the kode wilayah digits {@code plain} (2, 4, 6 or 10 ASCII digits), as
   * a code suffix ({@code PROVINCE}, {@code REGENCY}, {@code DISTRICT}, {@code VILLAGE},
   * {@code VILLAGE_TYPE}) followed by the offending part after a space, or {@code null} when it
   * follows them all. See {@link KodeWilayah} for the rules and their sources.
   */
  static String regionError(String plain) {
    int len = plain.length();
    char p0 = plain.charAt(0);
    char p1 = plain.charAt(1);
    if (p0 == '0' || p1 == '0') {
      return "PROVINCE " + plain.substring(0, 2);
    }
    if (len >= 4) {
      int regency = twoDigits(plain, 2);
      if (regency == 0 || regency == KodeWilayah.FIRST_KOTA - 1) {
        return "REGENCY " + plain.substring(2, 4);
      }
    }
    if (len >= 6 && twoDigits(plain, 4) == 0) {
      return "DISTRICT " + plain.substring(4, 6);
    }
    if (len == 10) {
      String village = plain.substring(6, 10);
      if ("0000".equals(village)) {
        return "VILLAGE " + village;
      }
      if (VillageType.fromDigit(village.charAt(0)) == null) {
        return "VILLAGE_TYPE " + village;
      }
    }
    return null;
  }

  /**
   * Raises (or returns {@code null} for) a region error found by {@link #regionError}, under the
   * code prefix {@code prefix} (e.g. {@code NIK}), with {@code shown} as the {@code value}
   * parameter.
   */
  static <T> T failRegion(boolean throwing, String prefix, String error, Object shown) {
    int space = error.indexOf(' ');
    return fail(throwing, prefix + "." + error.substring(0, space), "value", shown,
        "part", error.substring(space + 1));
  }

  /**
   * The digits of a dotted code whose parts have the lengths {@code partLengths} (at least
   * {@code minParts} of them, at most all), or {@code null} when it is not of that shape.
   */
  static String undot(String s, int[] partLengths, int minParts) {
    String[] parts = s.split("\\.", -1);
    if (parts.length < minParts || parts.length > partLengths.length) {
      return null;
    }
    StringBuilder b = new StringBuilder(16);
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].length() != partLengths[i] || !isAsciiDigits(parts[i])) {
        return null;
      }
      b.append(parts[i]);
    }
    return b.toString();
  }

  /** Length of month {@code month} (1-12) in a year that is leap when {@code leap}. */
  static int monthLength(int month, boolean leap) {
    switch (month) {
      case 2:
        return leap ? 29 : 28;
      case 4: case 6: case 9: case 11:
        return 30;
      default:
        return 31;
    }
  }
}
