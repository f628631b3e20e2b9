package id.posyandu.core.code;

import id.posyandu.core.Sex;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * NIK, Nomor Induk Kependudukan (English: national identity number), the 16-digit number Dukcapil
 * gives every resident: {@code PPKKCC DDMMYY NNNN} (POSYANDU-6SPM.md section 6.1, [C]).
 *
 * <ul>
 *   <li>digits 1-6: the kecamatan code ({@link KodeWilayah}) where the person was first registered;
 *   <li>digits 7-12: the birth date DD MM YY, with 40 added to DD for women (day 45 = the 5th,
 *       female);
 *   <li>digits 13-16: a serial number, never {@code 0000}.
 * </ul>
 *
 * <p>Rules checked by {@link #parse}: 16 ASCII digits; the region part follows the kode wilayah
 * rules (see {@link KodeWilayah}); day 01-31 or 41-71; month 01-12; the day exists in that month
 * for some century (29 February only when YY is a multiple of 4, 2000 being a leap year); serial
 * not {@code 0000}. A NIK is not checked against Dukcapil: a well-formed number may still not
 * exist, and Dukcapil's legacy data has errors, so cross-check sex and birth date but allow an
 * override.
 *
 * <p><b>Personal data.</b> {@link #value()} returns the full number; {@link #toString()} and every
 * {@link CodeFormatException} message show only a masked form ({@code 3174**********21}). Equal by
 * value.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Nik {
  /** Number of digits of a NIK. */
  public static final int LENGTH = 16;
  /** Added to the day of birth of women in a NIK (POSYANDU-6SPM.md section 6.1). */
  public static final int FEMALE_DAY_OFFSET = 40;

  private static final String PREFIX = "NIK";

  /** The 16 digits as a number (16 ASCII digits fit a long): 8 bytes instead of a String. */
  private final long digits;

  private Nik(String value) {
    this.digits = Long.parseLong(value);
  }

  /**
   * Parses a NIK: 16 ASCII digits, surrounding whitespace ignored.
   *
   * @throws CodeFormatException with code {@code NIK.EMPTY}, {@code NOT_DIGITS}, {@code LENGTH},
   *     {@code PROVINCE}, {@code REGENCY}, {@code DISTRICT}, {@code DAY}, {@code MONTH}, {@code
   *     DATE} or {@code SERIAL}; its message masks the number
   */
  public static Nik parse(String text) {
    return parse(text, true);
  }

  /** Whether {@link #parse} accepts {@code text}; never throws. */
  public static boolean isValid(String text) {
    return parse(text, false) != null;
  }

  private static Nik parse(String text, boolean throwing) {
    String s = text == null ? "" : text.strip();
    String error = PersonalNumbers.check(s, true);
    if (error != null) {
      return PersonalNumbers.fail(throwing, PREFIX, error, s);
    }
    return new Nik(s);
  }

  /** The full 16 digits. <b>Personal data:</b> do not log or display it unmasked. */
  public String value() {
    String s = Long.toString(digits);
    return s.length() == 16 ? s : "0".repeat(16 - s.length()) + s;
  }

  /**
   * The kecamatan where the person was first registered (digits 1-6). This is <b>not</b> the
   * current address: people move, and the NIK keeps its first region.
   */
  public KodeWilayah region() {
    return KodeWilayah.ofValidPlain(value().substring(0, 6));
  }

  /** The sex encoded in the day of birth: {@link Sex#FEMALE} when the day is above 40. */
  public Sex sex() {
    return rawDay() > FEMALE_DAY_OFFSET ? Sex.FEMALE : Sex.MALE;
  }

  /** Day of the month of birth, 1-31 (40 already removed for women). */
  public int birthDay() {
    int d = rawDay();
    return d > FEMALE_DAY_OFFSET ? d - FEMALE_DAY_OFFSET : d;
  }

  /** Month of birth, 1-12. */
  public int birthMonth() {
    return Codes.twoDigits(value(), 8);
  }

  /** The two last digits of the year of birth, 0-99: a NIK does not encode the century. */
  public int birthYearOfCentury() {
    return Codes.twoDigits(value(), 10);
  }

  /**
   * The birth date, with the century resolved against {@code referenceDate}: the latest date with
   * this NIK's day, month and two-digit year that is not after {@code referenceDate}. A person
   * whose NIK reads {@code 150690} is taken to be born on 15 June 1990 for any reference date from
   * 15 June 1990 up to 14 June 2090. Choose the reference date you know the person was alive on
   * (the date of the record, a visit date), never "today" by default; a centenarian's date resolves
   * a century late, so prefer a recorded birth date when there is one.
   *
   * @param referenceDate a date on or after the birth, for example the date of the record
   */
  public LocalDate birthDate(LocalDate referenceDate) {
    return PersonalNumbers.latestDateNotAfter(birthDay(), birthMonth(), birthYearOfCentury(),
        referenceDate);
  }

  /**
   * Whether {@code birthDate} agrees with the day, month and two-digit year of this NIK (the
   * century is not encoded, so it is not compared).
   */
  public boolean matchesBirthDate(LocalDate birthDate) {
    return birthDate.getDayOfMonth() == birthDay() && birthDate.getMonthValue() == birthMonth()
        && birthDate.getYear() % 100 == birthYearOfCentury();
  }

  /** The serial number, digits 13-16 (e.g. {@code 0001}). */
  public String serial() {
    return value().substring(12);
  }

  private int rawDay() {
    return Codes.twoDigits(value(), 6);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Nik && ((Nik) o).digits == digits;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(digits);
  }

  /**
   * The masked number: first 4 and last 2 digits, the others {@code *}
   * ({@code 3174**********21}).
   */
  @Override
  public String toString() {
    return Codes.mask(value());
  }
}
