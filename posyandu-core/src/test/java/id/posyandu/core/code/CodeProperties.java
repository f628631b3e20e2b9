package id.posyandu.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import id.posyandu.core.Sex;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Properties of the code types over seeded random inputs; the seed is in every message. */
class CodeProperties {
  private static final long SEED = 20261125L;
  private static final int RUNS = 2_000;
  /** Longest run of a personal number's digits a message or a masked form may show. */
  private static final int MAX_VISIBLE_RUN = 4;

  @Test
  void validNiksRoundTripAndDecodeTheirBirthDateAndSex() {
    Random r = new Random(SEED);
    for (int i = 0; i < RUNS; i++) {
      LocalDate birth = CodeGenerators.date(r);
      boolean female = r.nextBoolean();
      String text = CodeGenerators.nik(r, birth, female);
      String ctx = "seed " + SEED + " run " + i + " nik " + text;
      Nik nik = Nik.parse(text);
      assertThat(nik.value()).as(ctx).isEqualTo(text);
      assertThat(Nik.parse(nik.value())).as(ctx).isEqualTo(nik);
      assertThat(nik.sex()).as(ctx).isEqualTo(female ? Sex.FEMALE : Sex.MALE);
      assertThat(nik.matchesBirthDate(birth)).as(ctx).isTrue();
      // A reference date within 100 years after the birth recovers the birth date exactly.
      LocalDate ref = birth.plusDays(r.nextInt(36_500));
      if (ChronoUnit.YEARS.between(birth, ref) < 100) {
        assertThat(nik.birthDate(ref)).as(ctx + " ref " + ref).isEqualTo(birth);
      }
      // Whatever the reference, the resolved date is not after it and not 400 years before it.
      LocalDate anyRef = CodeGenerators.date(r);
      LocalDate resolved = nik.birthDate(anyRef);
      assertThat(resolved).as(ctx + " ref " + anyRef).isBeforeOrEqualTo(anyRef)
          .isAfter(anyRef.minusYears(401));
      assertThat(nik.matchesBirthDate(resolved)).as(ctx).isTrue();
      assertThat(nik.region().level()).isEqualTo(WilayahLevel.KECAMATAN);
    }
  }

  @Test
  void theResolvedBirthDateIsTheLatestCandidateNotAfterTheReference() {
    Random r = new Random(SEED);
    for (int i = 0; i < RUNS; i++) {
      Nik nik = Nik.parse(CodeGenerators.nik(r));
      LocalDate ref = CodeGenerators.date(r);
      LocalDate resolved = nik.birthDate(ref);
      String ctx = "seed " + SEED + " run " + i + " " + nik.serial() + " ref " + ref;
      // No date with the same day, month and two-digit year lies in (resolved, ref].
      for (int years = 100; years <= 300; years += 100) {
        LocalDate later = resolved.withYear(resolved.getYear() + years);
        if (later.getDayOfMonth() == resolved.getDayOfMonth()) {
          assertThat(later).as(ctx).isAfter(ref);
        }
      }
    }
  }

  @Test
  void masksNeverShowMoreThanFourDigitsInARow() {
    Random r = new Random(SEED);
    for (int i = 0; i < RUNS; i++) {
      String nik = CodeGenerators.nik(r);
      String kk = CodeGenerators.nomorKk(r);
      String ctx = "seed " + SEED + " run " + i;
      assertNoLeak(Nik.parse(nik).toString(), nik, ctx);
      assertNoLeak(NomorKk.parse(kk).toString(), kk, ctx);
      assertThat(Nik.parse(nik).toString()).as(ctx).hasSize(16)
          .startsWith(nik.substring(0, 4)).endsWith(nik.substring(14));
    }
  }

  @Test
  void errorsOfMalformedPersonalNumbersNeverLeakThem() {
    Random r = new Random(SEED);
    int rejected = 0;
    for (int i = 0; i < RUNS; i++) {
      for (boolean kk : new boolean[] {false, true}) {
        String original = kk ? CodeGenerators.nomorKk(r) : CodeGenerators.nik(r);
        String bad = CodeGenerators.mutate(r, original);
        String ctx = "seed " + SEED + " run " + i + " input " + bad;
        CodeFormatException e = catchFailure(kk ? NomorKk::parse : Nik::parse, bad);
        if (e == null) {
          continue;
        }
        rejected++;
        for (String text : List.of(e.getMessage(), e.messageId(), e.messageEn(),
            e.parameters().toString(), String.valueOf(e))) {
          assertNoLeak(text, original, ctx);
          assertNoLeak(text, bad, ctx);
        }
      }
    }
    assertThat(rejected).as("seed " + SEED + ": enough malformed inputs").isGreaterThan(RUNS);
  }

  @Test
  void validKodeWilayahRoundTripsAndItsParentChainEndsAtTheProvinsi() {
    Random r = new Random(SEED);
    for (int i = 0; i < RUNS; i++) {
      String plain = CodeGenerators.kodeWilayah(r);
      String ctx = "seed " + SEED + " run " + i + " code " + plain;
      KodeWilayah k = KodeWilayah.parse(plain);
      assertThat(k.plain()).as(ctx).isEqualTo(plain);
      assertThat(KodeWilayah.parse(k.dotted())).as(ctx).isEqualTo(k);
      assertThat(k.dotted().replace(".", "")).as(ctx).isEqualTo(plain);
      List<KodeWilayah> chain = new ArrayList<>();
      for (KodeWilayah p = k.parent().orElse(null); p != null; p = p.parent().orElse(null)) {
        assertThat(p.isAncestorOf(k)).as(ctx).isTrue();
        assertThat(p).as(ctx).isLessThan(k);
        chain.add(0, p);
      }
      assertThat(chain).as(ctx).isEqualTo(k.ancestors());
      assertThat(chain).as(ctx).hasSize(k.level().ordinal());
      assertThat(k.provinsi().level()).as(ctx).isEqualTo(WilayahLevel.PROVINSI);
      assertThat(k.isKota() && k.isKabupaten()).as(ctx).isFalse();
      assertThat(k.isKota() || k.isKabupaten()).as(ctx)
          .isEqualTo(k.level() != WilayahLevel.PROVINSI);
      assertThat(k.villageType().isPresent()).as(ctx)
          .isEqualTo(k.level() == WilayahLevel.DESA_KELURAHAN);
    }
  }

  @Test
  void posyanduNumbersRoundTrip() {
    Random r = new Random(SEED);
    for (int i = 0; i < RUNS; i++) {
      String plain = CodeGenerators.kecamatan(r) + CodeGenerators.village(r)
          + String.format("%03d", 1 + r.nextInt(999));
      String ctx = "seed " + SEED + " run " + i + " number " + plain;
      PosyanduRegistrationNumber n = PosyanduRegistrationNumber.parse(plain);
      assertThat(n.plain()).as(ctx).isEqualTo(plain);
      assertThat(PosyanduRegistrationNumber.parse(n.dotted())).as(ctx).isEqualTo(n);
      assertThat(n.desa().level()).as(ctx).isEqualTo(WilayahLevel.DESA_KELURAHAN);
    }
  }

  @Test
  void isValidAgreesWithParseAndParseFailsOnlyWithCodeFormatException() {
    Random r = new Random(SEED);
    for (int i = 0; i < RUNS; i++) {
      String[] seeds = {CodeGenerators.nik(r), CodeGenerators.nomorKk(r),
          KodeWilayah.parse(CodeGenerators.kodeWilayah(r)).dotted(),
          CodeGenerators.kecamatan(r) + CodeGenerators.village(r) + "001", ""};
      String s = seeds[r.nextInt(seeds.length)];
      for (int edits = r.nextInt(3); edits >= 0; edits--) {
        s = CodeGenerators.mutate(r, s);
      }
      String ctx = "seed " + SEED + " run " + i + " input '" + s + "'";
      agree(Nik::parse, Nik::isValid, s, ctx);
      agree(NomorKk::parse, NomorKk::isValid, s, ctx);
      agree(KodeWilayah::parse, KodeWilayah::isValid, s, ctx);
      agree(PosyanduRegistrationNumber::parse, PosyanduRegistrationNumber::isValid, s, ctx);
    }
  }

  private static void agree(Function<String, ?> parse, Predicate<String> isValid, String s,
      String ctx) {
    CodeFormatException e = catchFailure(parse, s);
    assertThat(isValid.test(s)).as(ctx).isEqualTo(e == null);
    if (e != null) {
      assertThat(e.messageEn()).as(ctx).doesNotStartWith("posyandu.code").doesNotContain("{");
      assertThat(e.messageId()).as(ctx).doesNotStartWith("posyandu.code").doesNotContain("{");
    }
  }

  private static CodeFormatException catchFailure(Function<String, ?> parse, String s) {
    try {
      parse.apply(s);
      return null;
    } catch (CodeFormatException e) {
      return e;
    } catch (RuntimeException e) {
      return fail("unexpected " + e + " for '" + s + "'", e);
    }
  }

  /** {@code text} holds no run of more than 4 consecutive digits of {@code number}. */
  static void assertNoLeak(String text, String number, String ctx) {
    String digits = number.replaceAll("[^0-9]", "");
    for (int i = 0; i + MAX_VISIBLE_RUN + 1 <= digits.length(); i++) {
      String run = digits.substring(i, i + MAX_VISIBLE_RUN + 1);
      if (text.contains(run)) {
        fail(ctx + ": '" + text + "' shows " + run + " of the number");
      }
    }
  }
}
