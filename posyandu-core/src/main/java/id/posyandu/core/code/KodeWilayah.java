package id.posyandu.core.code;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Kode wilayah: the Kemendagri code of an administrative area (English: area code), at one of four
 * levels ({@link WilayahLevel}): provinsi 2 digits, kabupaten/kota 2, kecamatan 2, desa/kelurahan
 * 4. Written dotted ({@code 31.74.01.1001}) or plain ({@code 3174011001}).
 *
 * <p>Coding rules, from Permendagri 58/2021 on kode dan data wilayah administrasi pemerintahan
 * (restated in the current dataset, Kepmendagri 300.2.2-2138/2025; POSYANDU-6SPM.md section 6.2):
 *
 * <ul>
 *   <li>Provinsi: first digit the island group (1 Sumatra … 9 Papua), second the order of
 *       formation; neither is 0, so codes run 11-99 without 20, 30… In use: 11-19, 21, 31-36,
 *     51-53,
 *       61-65, 71-76, 81-82 and 91-96. The Papua provinces were renumbered when Papua was split in
 *       2022 (Kepmendagri 100.1.1-6117/2022: 91 Papua, 92 Papua Barat, 93 Papua Selatan, 94 Papua
 *       Tengah, 95 Papua Pegunungan, 96 Papua Barat Daya; before, 91 was Papua Barat and 94 Papua),
 *       and NIKs keep the code of their time, so this class checks the structure only and does not
 *       hold a list of provinces: whether a code exists is a question for a versioned registry.
 *   <li>Kabupaten/kota: {@code 01-69} kabupaten (regency), {@code 71-99} kota (city); {@code 00}
 *       and {@code 70} are invalid.
 *   <li>Kecamatan: {@code 01-99}.
 *   <li>Desa/kelurahan: 4 digits whose first is the {@link VillageType}: 1 kelurahan, 2 desa, 3
 *       desa adat; {@code 0000} is invalid.
 * </ul>
 *
 * <p>Immutable; equal by value; ordered by the plain code, so a parent sorts just before its
 * children. {@link #toString()} is the dotted form. A kode wilayah is not personal data.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class KodeWilayah implements Comparable<KodeWilayah> {
  /** First kab/kota code of a kota (city); 01-69 are kabupaten (Permendagri 58/2021). */
  public static final int FIRST_KOTA = 71;
  /** Last kab/kota code of a kabupaten (regency) (Permendagri 58/2021). */
  public static final int LAST_KABUPATEN = 69;

  private static final String PREFIX = "KODE_WILAYAH";
  private static final int[] DOTTED_PART_LENGTHS = {2, 2, 2, 4};

  private final String plain;
  private final WilayahLevel level;

  private KodeWilayah(String plain, WilayahLevel level) {
    this.plain = plain;
    this.level = level;
  }

  /**
   * Parses a code of any level, dotted ({@code 11.01.01.2001}, 1 to 4 parts of 2, 2, 2 and 4
   * digits) or plain ({@code 1101012001}, 2, 4, 6 or 10 digits). Surrounding whitespace is ignored.
   *
   * @throws CodeFormatException with code {@code KODE_WILAYAH.EMPTY}, {@code FORMAT}, {@code
   *     LENGTH}, {@code PROVINCE}, {@code REGENCY}, {@code DISTRICT}, {@code VILLAGE} or {@code
   *     VILLAGE_TYPE}
   */
  public static KodeWilayah parse(String text) {
    return parse(text, true);
  }

  /**
   * Parses a code that must be at one of the {@code allowed} levels (any level when none is given).
   *
   * @throws CodeFormatException as {@link #parse(String)}, or {@code KODE_WILAYAH.LEVEL} when the
   *     code is well formed but at another level
   */
  public static KodeWilayah parse(String text, WilayahLevel... allowed) {
    KodeWilayah k = parse(text, true);
    checkLevel(k, allowed, true);
    return k;
  }

  /** Whether {@link #parse(String)} accepts {@code text}; never throws. */
  public static boolean isValid(String text) {
    return parse(text, false) != null;
  }

  /** Whether {@link #parse(String, WilayahLevel...)} accepts {@code text}; never throws. */
  public static boolean isValid(String text, WilayahLevel... allowed) {
    KodeWilayah k = parse(text, false);
    return k != null && checkLevel(k, allowed, false) != null;
  }

  private static KodeWilayah checkLevel(KodeWilayah k, WilayahLevel[] allowed, boolean throwing) {
    if (allowed.length == 0 || Arrays.asList(allowed).contains(k.level)) {
      return k;
    }
    if (!throwing) {
      return null;
    }
    Set<WilayahLevel> levels = EnumSet.copyOf(Arrays.asList(allowed));
    return Codes.fail(throwing, PREFIX + ".LEVEL", "value", k.dotted(),
        "levelId", k.level.nameId(), "levelEn", k.level.nameEn(),
        "expectedId", levels.stream().map(WilayahLevel::nameId).collect(Collectors.joining(" / ")),
        "expectedEn", levels.stream().map(WilayahLevel::nameEn).collect(Collectors.joining(" / ")));
  }

  private static KodeWilayah parse(String text, boolean throwing) {
    String s = text == null ? "" : text.strip();
    if (s.isEmpty()) {
      return Codes.fail(throwing, PREFIX + ".EMPTY");
    }
    String plain;
    if (s.indexOf('.') >= 0) {
      plain = Codes.undot(s, DOTTED_PART_LENGTHS, 2);
      if (plain == null) {
        return Codes.fail(throwing, PREFIX + ".FORMAT", "value", Codes.shown(s));
      }
    } else {
      if (!Codes.isAsciiDigits(s)) {
        return Codes.fail(throwing, PREFIX + ".FORMAT", "value", Codes.shown(s));
      }
      if (WilayahLevel.ofDigits(s.length()) == null) {
        return Codes.fail(throwing, PREFIX + ".LENGTH", "value", Codes.shown(s),
            "length", Integer.toString(s.length()));
      }
      plain = s;
    }
    String error = Codes.regionError(plain);
    if (error != null) {
      return Codes.failRegion(throwing, PREFIX, error, Codes.shownDotted(s));
    }
    return new KodeWilayah(plain, WilayahLevel.ofDigits(plain.length()));
  }

  /** Makes a code from digits already known to be valid (a prefix of a valid code). */
  static KodeWilayah ofValidPlain(String plain) {
    return new KodeWilayah(plain, WilayahLevel.ofDigits(plain.length()));
  }

  /** The level of this code. */
  public WilayahLevel level() {
    return level;
  }

  /** The plain form: 2, 4, 6 or 10 digits, e.g. {@code 3174011001}. */
  public String plain() {
    return plain;
  }

  /** The dotted form, e.g. {@code 31.74.01.1001}. */
  public String dotted() {
    StringBuilder b = new StringBuilder(13).append(plain, 0, 2);
    for (int end : new int[] {4, 6, 10}) {
      if (plain.length() >= end) {
        b.append('.').append(plain, end == 10 ? 6 : end - 2, end);
      }
    }
    return b.toString();
  }

  /** This code cut to {@code target}, or empty when {@code target} is below this code's level. */
  public Optional<KodeWilayah> at(WilayahLevel target) {
    if (target.digits() > plain.length()) {
      return Optional.empty();
    }
    return Optional.of(target == level ? this : ofValidPlain(plain.substring(0, target.digits())));
  }

  /** The enclosing area one level up; empty for a provinsi. */
  public Optional<KodeWilayah> parent() {
    if (level == WilayahLevel.PROVINSI) {
      return Optional.empty();
    }
    return at(WilayahLevel.values()[level.ordinal() - 1]);
  }

  /** The enclosing areas from the provinsi down to the {@link #parent()}; empty for a provinsi. */
  public List<KodeWilayah> ancestors() {
    List<KodeWilayah> list = new ArrayList<>(3);
    for (WilayahLevel l : WilayahLevel.values()) {
      if (l.ordinal() < level.ordinal()) {
        list.add(ofValidPlain(plain.substring(0, l.digits())));
      }
    }
    return Collections.unmodifiableList(list);
  }

  /** The provinsi of this code (itself when it is one). */
  public KodeWilayah provinsi() {
    return at(WilayahLevel.PROVINSI).orElseThrow();
  }

  /** The kabupaten/kota of this code; empty for a provinsi. */
  public Optional<KodeWilayah> kabupatenKota() {
    return at(WilayahLevel.KABUPATEN_KOTA);
  }

  /** The kecamatan of this code; empty above kecamatan level. */
  public Optional<KodeWilayah> kecamatan() {
    return at(WilayahLevel.KECAMATAN);
  }

  /** Whether {@code other} lies strictly inside this area (this is a parent, grandparent…). */
  public boolean isAncestorOf(KodeWilayah other) {
    return other.plain.length() > plain.length() && other.plain.startsWith(plain);
  }

  /** Whether the kab/kota part is a kota (city), 71-99; false for a provinsi. */
  public boolean isKota() {
    return level != WilayahLevel.PROVINSI && Codes.twoDigits(plain, 2) >= FIRST_KOTA;
  }

  /** Whether the kab/kota part is a kabupaten (regency), 01-69; false for a provinsi. */
  public boolean isKabupaten() {
    return level != WilayahLevel.PROVINSI && Codes.twoDigits(plain, 2) <= LAST_KABUPATEN;
  }

  /** For a desa/kelurahan code, its type (kelurahan, desa, desa adat); otherwise empty. */
  public Optional<VillageType> villageType() {
    if (level != WilayahLevel.DESA_KELURAHAN) {
      return Optional.empty();
    }
    return Optional.of(VillageType.fromDigit(plain.charAt(6)));
  }

  @Override
  public int compareTo(KodeWilayah o) {
    return plain.compareTo(o.plain);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KodeWilayah && ((KodeWilayah) o).plain.equals(plain);
  }

  @Override
  public int hashCode() {
    return plain.hashCode();
  }

  /** The dotted form, e.g. {@code 31.74.01.1001}. */
  @Override
  public String toString() {
    return dotted();
  }
}
