package id.posyandu.core.code;

import org.apiguardian.api.API;

/**
 * Nomor registrasi Posyandu (English: Posyandu registration number) issued by Kemendagri under
 * Kepmendagri 100.3-2834/2025: the 10-digit kode wilayah of the Posyandu's desa/kelurahan followed
 * by a 3-digit sequence number 001-999, written {@code PP.KK.KC.DDDD.NNN}, e.g. {@code
 * 11.01.10.2001.001}.
 *
 * <p><b>Source: [3P].</b> That the number holds the kode wilayah and a Posyandu code is confirmed
 * (Ditjen Bina Pemdes, 2025); the exact format comes from a third-party design document
 * (POSYANDU-6SPM.md sections 1.4 and 6.3). A registration number is not personal data. Immutable;
 * equal by value; ordered by desa then sequence.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class PosyanduRegistrationNumber implements Comparable<PosyanduRegistrationNumber> {
  /** Digits of the plain form: 10 of the desa/kelurahan code and 3 of the sequence. */
  public static final int LENGTH = 13;

  private static final String PREFIX = "POSYANDU_NUMBER";
  private static final int[] DOTTED_PART_LENGTHS = {2, 2, 2, 4, 3};

  private final KodeWilayah desa;
  private final int sequence;

  private PosyanduRegistrationNumber(KodeWilayah desa, int sequence) {
    this.desa = desa;
    this.sequence = sequence;
  }

  /**
   * Parses a registration number, dotted ({@code 11.01.10.2001.001}) or as 13 plain digits
   * ({@code 1101102001001}); surrounding whitespace is ignored.
   *
   * @throws CodeFormatException with code {@code POSYANDU_NUMBER.EMPTY}, {@code FORMAT},
   *     {@code LENGTH}, {@code PROVINCE}, {@code REGENCY}, {@code DISTRICT}, {@code VILLAGE},
   *     {@code VILLAGE_TYPE} or {@code SEQUENCE}
   */
  public static PosyanduRegistrationNumber parse(String text) {
    return parse(text, true);
  }

  /** Whether {@link #parse} accepts {@code text}; never throws. */
  public static boolean isValid(String text) {
    return parse(text, false) != null;
  }

  private static PosyanduRegistrationNumber parse(String text, boolean throwing) {
    String s = text == null ? "" : text.strip();
    if (s.isEmpty()) {
      return Codes.fail(throwing, PREFIX + ".EMPTY");
    }
    String plain;
    if (s.indexOf('.') >= 0) {
      plain = Codes.undot(s, DOTTED_PART_LENGTHS, DOTTED_PART_LENGTHS.length);
      if (plain == null) {
        return Codes.fail(throwing, PREFIX + ".FORMAT", "value", Codes.shown(s));
      }
    } else {
      if (!Codes.isAsciiDigits(s)) {
        return Codes.fail(throwing, PREFIX + ".FORMAT", "value", Codes.shown(s));
      }
      if (s.length() != LENGTH) {
        return Codes.fail(throwing, PREFIX + ".LENGTH", "value", Codes.shown(s),
            "length", Integer.toString(s.length()));
      }
      plain = s;
    }
    String desaDigits = plain.substring(0, 10);
    String error = Codes.regionError(desaDigits);
    if (error != null) {
      return Codes.failRegion(throwing, PREFIX, error, Codes.shownDotted(s));
    }
    int sequence = Integer.parseInt(plain.substring(10));
    if (sequence == 0) {
      return Codes.fail(throwing, PREFIX + ".SEQUENCE", "value", Codes.shownDotted(s), "part", "000");
    }
    return new PosyanduRegistrationNumber(KodeWilayah.ofValidPlain(desaDigits), sequence);
  }

  /** The desa/kelurahan of the Posyandu (a {@link WilayahLevel#DESA_KELURAHAN} code). */
  public KodeWilayah desa() {
    return desa;
  }

  /** The Posyandu's sequence number within its desa/kelurahan, 1-999. */
  public int sequence() {
    return sequence;
  }

  /** The dotted form, e.g. {@code 11.01.10.2001.001}. */
  public String dotted() {
    return desa.dotted() + "." + threeDigits();
  }

  /** The 13 plain digits, e.g. {@code 1101102001001}. */
  public String plain() {
    return desa.plain() + threeDigits();
  }

  private String threeDigits() {
    return String.format("%03d", sequence);
  }

  @Override
  public int compareTo(PosyanduRegistrationNumber o) {
    int c = desa.compareTo(o.desa);
    return c != 0 ? c : Integer.compare(sequence, o.sequence);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PosyanduRegistrationNumber
        && ((PosyanduRegistrationNumber) o).desa.equals(desa)
        && ((PosyanduRegistrationNumber) o).sequence == sequence;
  }

  @Override
  public int hashCode() {
    return desa.hashCode() * 31 + sequence;
  }

  /** The dotted form, e.g. {@code 11.01.10.2001.001}. */
  @Override
  public String toString() {
    return dotted();
  }
}
