package id.posyandu.core.code;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Nomor Kartu Keluarga (KK number; English: family card number), the 16-digit number of a
 * household's family card: {@code PPKKCC DDMMYY NNNN}, the kecamatan code where it was issued, the
 * issue date DDMMYY (no +40, unlike a NIK) and a serial number, never {@code 0000}.
 *
 * <p><b>Source: [B].</b> POSYANDU-6SPM.md section 6.1 marks this format as background knowledge not
 * checked against a regulation. The checks are therefore lenient where the format is least certain:
 * the region part follows the kode wilayah rules (see {@link KodeWilayah}), the serial is not
 * {@code 0000}, and the date is only checked for a day 01-31 and a month 01-12, not against the
 * calendar (a KK number reading 30 February is accepted; {@link #issueDate} then gives no date).
 *
 * <p><b>Personal data.</b> {@link #value()} returns the full number; {@link #toString()} and every
 * {@link CodeFormatException} message show only a masked form. Equal by value.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class NomorKk {
  /** Number of digits of a KK number. */
  public static final int LENGTH = 16;

  private static final String PREFIX = "KK";

  /** The 16 digits as a number (16 ASCII digits fit a long): 8 bytes instead of a String. */
  private final long digits;

  private NomorKk(String value) {
    this.digits = Long.parseLong(value);
  }

  /**
   * Parses a KK number: 16 ASCII digits, surrounding whitespace ignored.
   *
   * @throws CodeFormatException with code {@code KK.EMPTY}, {@code NOT_DIGITS}, {@code LENGTH},
   *     {@code PROVINCE}, {@code REGENCY}, {@code DISTRICT}, {@code DAY}, {@code MONTH} or
   *     {@code SERIAL}; its message masks the number
   */
  public static NomorKk parse(String text) {
    return parse(text, true);
  }

  /** Whether {@link #parse} accepts {@code text}; never throws. */
  public static boolean isValid(String text) {
    return parse(text, false) != null;
  }

  private static NomorKk parse(String text, boolean throwing) {
    String s = text == null ? "" : text.strip();
    String error = PersonalNumbers.check(s, false);
    if (error != null) {
      return PersonalNumbers.fail(throwing, PREFIX, error, s);
    }
    return new NomorKk(s);
  }

  /** The full 16 digits. <b>Personal data:</b> do not log or display it unmasked. */
  public String value() {
    String s = Long.toString(digits);
    return s.length() == 16 ? s : "0".repeat(16 - s.length()) + s;
  }

  /** The kecamatan where the card was issued (digits 1-6); not necessarily the current address. */
  public KodeWilayah region() {
    return KodeWilayah.ofValidPlain(value().substring(0, 6));
  }

  /**
   * The issue date with the century resolved against {@code referenceDate}: the latest date with
   * this number's day, month and two-digit year not after {@code referenceDate}; empty when the
   * digits name no calendar date (the format is [B], so such numbers are not rejected).
   */
  public Optional<LocalDate> issueDate(LocalDate referenceDate) {
    return Optional.ofNullable(PersonalNumbers.latestDateNotAfterOrNull(Codes.twoDigits(value(), 6),
        Codes.twoDigits(value(), 8), Codes.twoDigits(value(), 10), referenceDate));
  }

  /** The serial number, digits 13-16. */
  public String serial() {
    return value().substring(12);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NomorKk && ((NomorKk) o).digits == digits;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(digits);
  }

  /** The masked number: first 4 and last 2 digits, the others {@code *}. */
  @Override
  public String toString() {
    return Codes.mask(value());
  }
}
