package id.posyandu.core.code;

import java.time.LocalDate;
import java.util.Random;

/** Seeded generators of valid codes for the property tests. */
final class CodeGenerators {
  private CodeGenerators() {}

  static String province(Random r) {
    return "" + (1 + r.nextInt(9)) + (1 + r.nextInt(9));
  }

  static String regency(Random r) {
    int v = r.nextBoolean() ? 1 + r.nextInt(69) : 71 + r.nextInt(29);
    return String.format("%02d", v);
  }

  static String district(Random r) {
    return String.format("%02d", 1 + r.nextInt(99));
  }

  static String village(Random r) {
    return (1 + r.nextInt(3)) + String.format("%03d", r.nextInt(1000));
  }

  static String kecamatan(Random r) {
    return province(r) + regency(r) + district(r);
  }

  /** A valid kode wilayah of a random level, plain. */
  static String kodeWilayah(Random r) {
    String full = kecamatan(r) + village(r);
    int[] lengths = {2, 4, 6, 10};
    return full.substring(0, lengths[r.nextInt(lengths.length)]);
  }

  /** A random date between 1900-01-01 and 2099-12-31. */
  static LocalDate date(Random r) {
    long from = LocalDate.of(1900, 1, 1).toEpochDay();
    long to = LocalDate.of(2099, 12, 31).toEpochDay();
    return LocalDate.ofEpochDay(from + (long) (r.nextDouble() * (to - from)));
  }

  static String serial(Random r) {
    return String.format("%04d", 1 + r.nextInt(9999));
  }

  static String nik(Random r, LocalDate birth, boolean female) {
    return kecamatan(r) + String.format("%02d%02d%02d",
        birth.getDayOfMonth() + (female ? Nik.FEMALE_DAY_OFFSET : 0), birth.getMonthValue(),
        birth.getYear() % 100) + serial(r);
  }

  static String nik(Random r) {
    return nik(r, date(r), r.nextBoolean());
  }

  static String nomorKk(Random r) {
    LocalDate d = date(r);
    return kecamatan(r) + String.format("%02d%02d%02d", d.getDayOfMonth(), d.getMonthValue(),
        d.getYear() % 100) + serial(r);
  }

  /** {@code s} with one random edit: a digit changed, a char inserted or deleted, or a typo. */
  static String mutate(Random r, String s) {
    String alphabet = "0123456789 .-Oo\u0663\uff11x";
    int i = s.isEmpty() ? 0 : r.nextInt(s.length());
    char c = alphabet.charAt(r.nextInt(alphabet.length()));
    switch (r.nextInt(4)) {
      case 0:
        return s.isEmpty() ? s : s.substring(0, i) + c + s.substring(i + 1);
      case 1:
        return s.substring(0, i) + c + s.substring(i);
      case 2:
        return s.isEmpty() ? s : s.substring(0, i) + s.substring(i + 1);
      default:
        // Structural edits on the date and serial of a 16-digit number.
        if (s.length() != 16) {
          return s + c;
        }
        String[] bad = {"00", "13", "32", "40", "72", "99"};
        int at = new int[] {6, 8, 12}[r.nextInt(3)];
        return at == 12 ? s.substring(0, 12) + "0000"
            : s.substring(0, at) + bad[r.nextInt(bad.length)] + s.substring(at + 2);
    }
  }
}
