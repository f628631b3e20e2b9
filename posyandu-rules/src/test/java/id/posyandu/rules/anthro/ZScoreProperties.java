package id.posyandu.rules.anthro;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.Sex;
import id.posyandu.core.record.MeasurePosition;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Properties of the z-scores over generated children (seeded {@link Random}; the seed is in every
 * assertion message so a counterexample can be replayed by fixing it).
 */
class ZScoreProperties {

  private static final long SEED = Long.getLong("posyandu.seed", 20261125L); // docs/TESTING.md
  private static final int CASES = 20_000;
  private static final WhoGrowthStandards WHO = WhoGrowthStandards.standard();
  private static final Set<Indicator> AGE_BASED_2006 = EnumSet.of(Indicator.LENGTH_HEIGHT_FOR_AGE,
      Indicator.WEIGHT_FOR_AGE, Indicator.BMI_FOR_AGE, Indicator.HEAD_CIRCUMFERENCE_FOR_AGE,
      Indicator.ARM_CIRCUMFERENCE_FOR_AGE, Indicator.TRICEPS_SKINFOLD_FOR_AGE,
      Indicator.SUBSCAPULAR_SKINFOLD_FOR_AGE);
  private static final Indicator[] ALL = Indicator.values();

  private final Random random = new Random(SEED);

  @org.junit.jupiter.api.BeforeAll
  static void printSeed() {
    System.out.println("ZScoreProperties: " + seed());
  }

  private static String seed() {
    return "seed " + SEED + " (-Dposyandu.seed=" + SEED + " replays it)";
  }

  /** A child whose only measurement is {@code y} for {@code k} (height 100 cm for BMI and wfl). */
  private static AnthroInput child(Indicator k, Sex sex, Age age, double y) {
    AnthroInput.Builder b = AnthroInput.builder().sex(sex).age(age);
    switch (k) {
      case LENGTH_HEIGHT_FOR_AGE, HEIGHT_FOR_AGE_2007 -> b.lengthOrHeightCm(y);
      case WEIGHT_FOR_AGE, WEIGHT_FOR_AGE_2007 -> b.weightKg(y);
      case WEIGHT_FOR_LENGTH_HEIGHT -> b.weightKg(y).lengthOrHeightCm(age.days() < 731 ? 75 : 100);
      case BMI_FOR_AGE, BMI_FOR_AGE_2007 -> b.weightKg(y).lengthOrHeightCm(100);
      case HEAD_CIRCUMFERENCE_FOR_AGE -> b.headCircumferenceCm(y);
      case ARM_CIRCUMFERENCE_FOR_AGE -> b.armCircumferenceCm(y);
      case TRICEPS_SKINFOLD_FOR_AGE -> b.tricepsSkinfoldMm(y);
      case SUBSCAPULAR_SKINFOLD_FOR_AGE -> b.subscapularSkinfoldMm(y);
      default -> throw new IllegalArgumentException(k.name());
    }
    return b.build();
  }

  private Age validAge(Indicator k) {
    if (k.standard() == GrowthStandard.WHO_2007) {
      double max = k == Indicator.WEIGHT_FOR_AGE_2007 ? 120 : 228;
      return Age.ofMonths(61 + random.nextDouble() * (max - 61));
    }
    int min = k == Indicator.ARM_CIRCUMFERENCE_FOR_AGE || k == Indicator.TRICEPS_SKINFOLD_FOR_AGE
        || k == Indicator.SUBSCAPULAR_SKINFOLD_FOR_AGE ? 91 : 0;
    return random.nextBoolean() ? Age.ofDays(min + random.nextInt(1826 - min))
        : Age.ofDays(min + random.nextDouble() * (1826 - min));
  }

  private Sex sex() {
    return random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
  }

  @Test
  void zIncreasesWithTheMeasurement() {
    for (int n = 0; n < CASES; n++) {
      Indicator k = ALL[random.nextInt(ALL.length)];
      Sex sex = sex();
      Age age = validAge(k);
      double y1 = 0.5 + random.nextDouble() * 150;
      double y2 = y1 * (1 + 1e-6 + random.nextDouble() * 0.5);
      ZScore z1 = WHO.zScore(k, child(k, sex, age, y1));
      ZScore z2 = WHO.zScore(k, child(k, sex, age, y2));
      assertThat(z1.isComputed() && z2.isComputed()).as(seed() + " " + k + " " + age).isTrue();
      assertThat(z2.value()).as(seed() + ": " + k + " " + sex + " " + age + " y " + y1 + " < " + y2)
          .isGreaterThan(z1.value());
      assertThat(z2.rounded()).as(seed()).isGreaterThanOrEqualTo(z1.rounded());
    }
  }

  /** Finds the measurement where the full-precision z crosses {@code target}, by bisection. */
  private static double crossing(Indicator k, Sex sex, Age age, double target) {
    double lo = 0.01;
    double hi = 400;
    for (int i = 0; i < 200; i++) {
      double mid = (lo + hi) / 2;
      if (WHO.zScore(k, child(k, sex, age, mid)).value() < target) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  @Test
  void restrictedZIsContinuousAtPlusAndMinus3Sd() {
    Indicator[] restricted = {Indicator.WEIGHT_FOR_AGE, Indicator.WEIGHT_FOR_LENGTH_HEIGHT,
        Indicator.BMI_FOR_AGE, Indicator.ARM_CIRCUMFERENCE_FOR_AGE,
        Indicator.TRICEPS_SKINFOLD_FOR_AGE, Indicator.SUBSCAPULAR_SKINFOLD_FOR_AGE,
        Indicator.WEIGHT_FOR_AGE_2007, Indicator.BMI_FOR_AGE_2007};
    for (int n = 0; n < 300; n++) {
      Indicator k = restricted[random.nextInt(restricted.length)];
      assertThat(WHO.restricted(k)).isTrue();
      Sex sex = sex();
      Age age = validAge(k);
      for (double sd : new double[] {3, -3}) {
        double y = crossing(k, sex, age, sd);
        double h = y * 1e-7;
        double below = WHO.zScore(k, child(k, sex, age, y - h)).value();
        double above = WHO.zScore(k, child(k, sex, age, y + h)).value();
        assertThat(above - below).as(seed() + ": jump at " + sd + " SD of " + k + " " + sex + " "
            + age + " y=" + y).isBetween(0.0, 1e-4);
        assertThat(below).as(seed()).isCloseTo(sd, org.assertj.core.api.Assertions.within(1e-4));
      }
    }
  }

  @Test
  void zIsNeverNaNOrInfiniteOverWildInputs() {
    int computed = 0;
    for (int n = 0; n < CASES; n++) {
      AnthroInput.Builder b = AnthroInput.builder().sex(sex())
          .age(random.nextBoolean() ? Age.ofDays(random.nextDouble() * 7000)
              : Age.ofMonths(random.nextDouble() * 240))
          .weightKg(random.nextDouble() * 200 - 1).lengthOrHeightCm(random.nextDouble() * 250 - 1)
          .headCircumferenceCm(random.nextDouble() * 80).armCircumferenceCm(random.nextDouble() * 50)
          .tricepsSkinfoldMm(random.nextDouble() * 60).subscapularSkinfoldMm(random.nextDouble() * 60)
          .oedema(random.nextInt(10) == 0);
      if (random.nextBoolean()) {
        b.position(random.nextBoolean() ? MeasurePosition.RECUMBENT : MeasurePosition.STANDING);
      }
      AnthroInput in = b.build();
      AnthroResult a = WHO.anthro(in);
      AnthroPlusResult p = WHO.anthroPlus(in);
      for (Indicator k : ALL) {
        ZScore z = k.standard() == GrowthStandard.WHO_2006 ? a.zScore(k) : p.zScore(k);
        if (z.isComputed()) {
          computed++;
          assertThat(Double.isFinite(z.value()) && Double.isFinite(z.rounded()))
              .as(seed() + ": " + z + " for " + in).isTrue();
        } else {
          assertThat(z.reason()).as(seed()).isPresent();
        }
      }
    }
    assertThat(computed).as(seed()).isGreaterThan(CASES);
  }

  @Test
  void outOfRangeInputsGiveTheTypedReason() {
    for (int n = 0; n < CASES / 10; n++) {
      Sex sex = sex();
      // 0-5 y indicators from 60 months
      Age old = Age.ofMonths(60 + random.nextDouble() * 100);
      for (Indicator k : AGE_BASED_2006) {
        assertThat(WHO.zScore(k, child(k, sex, old, 10)).reason()).as(seed() + " " + k + " " + old)
            .contains(NotComputedReason.AGE_OUT_OF_RANGE);
      }
      // 5-19 y indicators below 61 months and above 228 (120 for weight)
      Age young = Age.ofMonths(random.nextDouble() * 61 * 0.999);
      Age older = Age.ofMonths(228.0001 + random.nextDouble() * 50);
      for (Indicator k : EnumSet.of(Indicator.HEIGHT_FOR_AGE_2007, Indicator.BMI_FOR_AGE_2007)) {
        assertThat(WHO.zScore(k, child(k, sex, young, 20)).reason()).as(seed() + " " + young)
            .contains(NotComputedReason.AGE_OUT_OF_RANGE);
        assertThat(WHO.zScore(k, child(k, sex, older, 20)).reason()).as(seed() + " " + older)
            .contains(NotComputedReason.AGE_OUT_OF_RANGE);
      }
      Age over120 = Age.ofMonths(120.0001 + random.nextDouble() * 100);
      assertThat(WHO.zScore(Indicator.WEIGHT_FOR_AGE_2007,
          child(Indicator.WEIGHT_FOR_AGE_2007, sex, over120, 30)).reason()).as(seed())
          .contains(NotComputedReason.AGE_OUT_OF_RANGE);
      // weight-for-length outside 45-110 cm, weight-for-height outside 65-120 cm
      boolean lying = random.nextBoolean();
      double len = lying
          ? (random.nextBoolean() ? 44.99 - random.nextDouble() * 30 : 110.01 + random.nextDouble() * 30)
          : (random.nextBoolean() ? 64.99 - random.nextDouble() * 30 : 120.01 + random.nextDouble() * 30);
      AnthroInput in = AnthroInput.builder().sex(sex)
          .age(Age.ofDays(lying ? random.nextInt(731) : 731 + random.nextInt(1095)))
          .weightKg(10).lengthOrHeightCm(len).build();
      assertThat(WHO.anthro(in).weightForLengthHeight().reason()).as(seed() + " " + in)
          .contains(NotComputedReason.OUT_OF_RANGE);
      // non-positive measurements
      Indicator k = ALL[random.nextInt(ALL.length)];
      assertThat(WHO.zScore(k, child(k, sex, validAge(k), -random.nextDouble() * 10)).reason())
          .as(seed() + " " + k).contains(NotComputedReason.INVALID_MEASUREMENT);
    }
  }

  @Test
  void fastRoundingEqualsBigDecimalHalfEvenOnTheShortestDecimal() {
    for (int n = 0; n < 200_000; n++) {
      double x;
      switch (random.nextInt(4)) {
        case 0 -> x = random.nextGaussian() * 5;
        case 1 -> x = (random.nextInt(4001) - 2000 + 0.5) / 100; // ties in decimal
        case 2 -> x = Math.nextAfter((random.nextInt(4001) - 2000 + 0.5) / 100,
            random.nextBoolean() ? 1e9 : -1e9); // one ulp beside a tie
        default -> x = (random.nextDouble() - 0.5) * 1e5;
      }
      double expected = java.math.BigDecimal.valueOf(x)
          .setScale(2, java.math.RoundingMode.HALF_EVEN).doubleValue();
      assertThat(id.posyandu.rules.anthro.internal.Lms.round2(x)).as(seed() + ": " + x)
          .isEqualTo(expected);
    }
  }

  @Test
  void bulkApiEqualsSingleChildApi() {
    int n = 5_000;
    AnthroBatch batch = new AnthroBatch(n);
    AnthroInput[] inputs = new AnthroInput[n];
    for (int i = 0; i < n; i++) {
      Sex sex = sex();
      Age age = random.nextBoolean() ? Age.ofDays(random.nextDouble() * 2000)
          : Age.ofMonths(random.nextDouble() * 240);
      double w = 1 + random.nextDouble() * 60;
      double h = 40 + random.nextDouble() * 140;
      MeasurePosition pos = random.nextBoolean() ? MeasurePosition.RECUMBENT
          : random.nextBoolean() ? MeasurePosition.STANDING : null;
      boolean oedema = random.nextInt(20) == 0;
      AnthroInput.Builder b = AnthroInput.builder().sex(sex).age(age).weightKg(w)
          .lengthOrHeightCm(h).headCircumferenceCm(30 + random.nextDouble() * 25).oedema(oedema);
      if (pos != null) {
        b.position(pos);
      }
      inputs[i] = b.build();
      batch.sex(i, sex).age(i, age).weightKg(i, w).lengthOrHeightCm(i, h, pos)
          .headCircumferenceCm(i, inputs[i].headCircumferenceCm().getAsDouble()).oedema(i, oedema);
    }
    AnthroBatchResult bulk = WHO.computeParallel(batch, EnumSet.allOf(Indicator.class));
    for (int i = 0; i < n; i++) {
      AnthroResult a = WHO.anthro(inputs[i]);
      AnthroPlusResult p = WHO.anthroPlus(inputs[i]);
      for (Indicator k : ALL) {
        ZScore z = k.standard() == GrowthStandard.WHO_2006 ? a.zScore(k) : p.zScore(k);
        assertThat(bulk.reason(k, i)).as(seed() + " " + k + " " + inputs[i]).isEqualTo(z.reason());
        assertThat(bulk.optionalRounded(k, i)).as(seed()).isEqualTo(z.optionalRounded());
        assertThat(bulk.isFlagged(k, i)).as(seed()).isEqualTo(z.isFlagged());
      }
      assertThat(bulk.clenhei(i)).as(seed()).isEqualTo(a.clenhei());
      assertThat(bulk.positionImplausible(i)).isEqualTo(a.positionImplausible());
    }
  }
}
