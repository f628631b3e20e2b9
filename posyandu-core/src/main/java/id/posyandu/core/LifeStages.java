package id.posyandu.core;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Computes the ILP life-cycle groups ({@link LifeStage}) of a person on a date: a pure function of
 * birth date, sex, maternal state and as-of date.
 *
 * <p>Every boundary is a constant below with its source. Boundaries in months use completed calendar
 * months ({@link Age#completedMonths}), those in years completed years ({@link Age#completedYears}),
 * the under-two boundary whole days as WHO defines 24 months ({@link Age#days}). Lower bounds are
 * inclusive, upper bounds exclusive.
 */
public final class LifeStages {

  /** Bayi: below 12 completed months ("0 sampai 11 bulan"), Permenkes 25/2014 Pasal 1 angka 4. */
  public static final int BAYI_END_MONTHS = 12;
  /**
   * Baduta: below 731 days. WHO Child Growth Standards (2006) define a month as 30.4375 days, so 24
   * months are 730.5 days; WHO Anthro counts a child as under 24 months while under 731 days.
   */
  public static final int BADUTA_END_DAYS = 731;
  /** Balita: below 60 completed months ("0-59 bulan"), Permenkes 6/2024 (SPM balita). */
  public static final int BALITA_END_MONTHS = 60;
  /** Apras: from 60 completed months, Permenkes 25/2014 Pasal 1 angka 6 ("60-72 bulan"). */
  public static final int APRAS_START_MONTHS = 60;
  /**
   * Apras: below 72 completed months, where usia sekolah starts (Permenkes 25/2014 Pasal 1 angka 7:
   * "anak usia sekolah ... lebih dari 6 tahun"), so the groups neither overlap nor leave a gap.
   */
  public static final int APRAS_END_MONTHS = 72;
  /** Usia sekolah: from 6 completed years, Permenkes 25/2014 Pasal 1 angka 7. */
  public static final int USIA_SEKOLAH_START_YEARS = 6;
  /**
   * Usia sekolah dan remaja: below 18 years ("sebelum berusia 18 tahun"), Permenkes 25/2014 Pasal 1
   * angka 7 and 8; UU 35/2014 Pasal 1 (anak = belum berusia 18 tahun).
   */
  public static final int REMAJA_END_YEARS = 18;
  /** Usia produktif: from 15 years, Permenkes 6/2024 (SPM usia produktif 15-59 tahun). */
  public static final int USIA_PRODUKTIF_START_YEARS = 15;
  /** Usia produktif: below 60 years, Permenkes 6/2024 (SPM usia produktif 15-59 tahun). */
  public static final int USIA_PRODUKTIF_END_YEARS = 60;
  /** Lansia: from 60 years, UU 13/1998 Pasal 1 angka 2 and Permenkes 6/2024 (SPM usia lanjut). */
  public static final int LANSIA_START_YEARS = 60;
  /**
   * Ibu nifas: day 0 (the delivery date) to day 42 after delivery inclusive; Permenkes 21/2021
   * (masa nifas 6 jam sampai 42 hari pasca persalinan; KF4 on days 29-42).
   */
  public static final int NIFAS_LAST_DAY = 42;

  private LifeStages() {}

  /**
   * The groups of a person who is not pregnant and has no recent delivery.
   *
   * @throws IllegalArgumentException when {@code asOf} is before {@code birthDate}
   */
  public static Set<LifeStage> of(LocalDate birthDate, Sex sex, LocalDate asOf) {
    return of(birthDate, sex, MaternalState.NONE, asOf);
  }

  /**
   * The groups of a person on {@code asOf}.
   *
   * @param birthDate date of birth
   * @param sex sex; a male with a pregnancy or delivery in {@code maternal} is an error
   * @param maternal pregnancy state on {@code asOf} and the last delivery date
   * @param asOf the date the groups are computed for
   * @return an unmodifiable set of the groups, in {@link LifeStage} order; never empty (every age has
   *     a group)
   * @throws IllegalArgumentException when {@code asOf} is before {@code birthDate}, when the
   *     delivery date is after {@code asOf}, or when a male is pregnant or delivered
   */
  public static Set<LifeStage> of(LocalDate birthDate, Sex sex, MaternalState maternal,
      LocalDate asOf) {
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(maternal, "maternal");
    long days = Age.days(birthDate, asOf);
    long months = Age.completedMonths(birthDate, asOf);
    long years = Age.completedYears(birthDate, asOf);
    EnumSet<LifeStage> stages = EnumSet.noneOf(LifeStage.class);
    boolean maternalFacts = maternal.pregnant() || maternal.lastDeliveryDate().isPresent();
    if (maternalFacts && sex != Sex.FEMALE) {
      throw new IllegalArgumentException(
          "Kehamilan hanya untuk perempuan / pregnancy applies to women only");
    }
    if (maternal.pregnant()) {
      stages.add(LifeStage.IBU_HAMIL);
    }
    if (maternal.lastDeliveryDate().isPresent()) {
      LocalDate delivery = maternal.lastDeliveryDate().get();
      if (delivery.isAfter(asOf)) {
        throw new IllegalArgumentException("Tanggal persalinan " + delivery
            + " sesudah tanggal acuan / delivery date after the as-of date " + asOf);
      }
      if (Age.days(delivery, asOf) <= NIFAS_LAST_DAY) {
        stages.add(LifeStage.IBU_NIFAS);
      }
    }
    if (months < BAYI_END_MONTHS) {
      stages.add(LifeStage.BAYI);
    }
    if (days < BADUTA_END_DAYS) {
      stages.add(LifeStage.BADUTA);
    }
    if (months < BALITA_END_MONTHS) {
      stages.add(LifeStage.BALITA);
    }
    if (months >= APRAS_START_MONTHS && months < APRAS_END_MONTHS) {
      stages.add(LifeStage.APRAS);
    }
    if (years >= USIA_SEKOLAH_START_YEARS && years < REMAJA_END_YEARS) {
      stages.add(LifeStage.USIA_SEKOLAH_REMAJA);
    }
    if (years >= USIA_PRODUKTIF_START_YEARS && years < USIA_PRODUKTIF_END_YEARS) {
      stages.add(LifeStage.USIA_PRODUKTIF);
    }
    if (years >= LANSIA_START_YEARS) {
      stages.add(LifeStage.LANSIA);
    }
    return Collections.unmodifiableSet(stages);
  }
}
