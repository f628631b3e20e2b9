package id.posyandu.rules.schedule;

import id.posyandu.core.Age;
import id.posyandu.core.Sex;
import id.posyandu.rules.Citation;
import id.posyandu.rules.LocalizedText;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import id.posyandu.rules.schedule.internal.ScheduleData;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Vitamin A, deworming and iron-folic acid (TTD) schedules as pure functions of the birth date (or
 * HPHT), the history and an as-of date. Every figure comes from a reference table: {@code
 * vitamin-a.tsv} (Permenkes 21/2015 [3P]), {@code deworming.tsv} (Permenkes 15/2017 [3P]) and
 * {@code iron-folic.tsv} (juknis ILP and the Kemenkes anaemia guideline; 90 tablets [B]).
 */
public final class SupplementSchedules {

  private final ReferenceTable vitaminA;
  private final ReferenceTable deworming;
  private final ReferenceTable ironFolic;
  private final TreeSet<Integer> vitaminAMonths = new TreeSet<>();
  private final List<CapsuleAge> capsuleAges = new ArrayList<>();

  /** A row of {@code vitamin-a.tsv}, its ages parsed once. */
  private record CapsuleAge(Period from, Period until, String capsule) {}

  private SupplementSchedules(
      ReferenceTable vitaminA, ReferenceTable deworming, ReferenceTable ironFolic) {
    this.vitaminA =
        vitaminA
            .requireColumns(
                "group",
                "age_from",
                "age_until",
                "capsule",
                "dose_iu",
                "per_period",
                "label_id",
                "label_en")
            .requireUniqueKey("group");
    this.deworming = deworming.requireColumns("age_from", "age_until", "dose_mg");
    this.ironFolic =
        ironFolic
            .requireColumns("group", "age_from", "age_until", "tablets", "per")
            .requireUniqueKey("group");
    for (String m :
        vitaminA
            .meta("months")
            .orElseThrow(
                () -> new ReferenceDataException(vitaminA.name() + ": missing '# months: ...'"))
            .split("\\s+")) {
      vitaminAMonths.add(Integer.parseInt(m));
    }
    for (ReferenceTable.Row r : vitaminA.rows()) {
      capsuleAges.add(
          new CapsuleAge(
              Period.parse(r.text("age_from")),
              Period.parse(r.text("age_until")),
              r.text("capsule")));
    }
  }

  private static final class Standard {
    static final SupplementSchedules INSTANCE =
        new SupplementSchedules(
            ScheduleData.load("vitamin-a.tsv"),
            ScheduleData.load("deworming.tsv"),
            ScheduleData.load("iron-folic.tsv"));
  }

  /** The schedules of the bundled reference tables. */
  public static SupplementSchedules standard() {
    return Standard.INSTANCE;
  }

  private static void checkDates(LocalDate start, LocalDate asOf) {
    if (asOf.isBefore(start)) {
      throw new IllegalArgumentException("as-of date " + asOf + " is before " + start);
    }
  }

  // ------------------------------------------------------------------ vitamin A

  /**
   * Vitamin A for a child on a date. If the as-of date falls in a distribution month (February or
   * August) that is the round, judged at the as-of date; otherwise the next distribution month is,
   * judged on its first day. Infants 6-11 months get a blue capsule once; children 12-59 months a
   * red capsule in every round; a capsule received within the past month means none now.
   *
   * @param capsulesGiven the dates capsules were given (those after {@code asOf} are ignored)
   */
  public SupplementStatus vitaminA(
      LocalDate birthDate, LocalDate asOf, List<LocalDate> capsulesGiven) {
    checkDates(birthDate, asOf);
    Citation c = vitaminA.citation();
    List<LocalDate> given = capsulesGiven.stream().filter(d -> !d.isAfter(asOf)).sorted().toList();
    boolean inRound = vitaminAMonths.contains(asOf.getMonthValue());
    YearMonth round = inRound ? YearMonth.from(asOf) : nextRound(YearMonth.from(asOf));
    LocalDate day = inRound ? asOf : round.atDay(1);
    Optional<ReferenceTable.Row> row =
        vitaminA.rows().stream()
            .filter(
                r ->
                    !day.isBefore(Age.reachedOn(birthDate, Period.parse(r.text("age_from"))))
                        && day.isBefore(Age.reachedOn(birthDate, Period.parse(r.text("age_until")))))
            .findFirst();
    String roundId =
        round.getMonthValue() == 2
            ? "Februari " + round.getYear()
            : round.getMonth().getValue() == 8 ? "Agustus " + round.getYear() : round.toString();
    String roundEn =
        round.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
            + " "
            + round.getYear();
    String ageId = ImmunizationSchedule.age(birthDate, day, true);
    String ageEn = ImmunizationSchedule.age(birthDate, day, false);
    if (row.isEmpty()) {
      return new SupplementStatus(
          "VITAMIN_A",
          SupplementStatus.State.NOT_ELIGIBLE,
          Optional.empty(),
          Optional.empty(),
          LocalizedText.of(
              "Umur "
                  + ageId
                  + " pada "
                  + day
                  + " di luar 6-59 bulan: bukan sasaran vitamin A "
                  + roundId
                  + ".",
              "Age "
                  + ageEn
                  + " on "
                  + day
                  + " is outside 6-59 months: not a vitamin A target in "
                  + roundEn
                  + "."),
          c);
    }
    ReferenceTable.Row r = row.get();
    LocalizedText product = LocalizedText.of(r.text("label_id"), r.text("label_en"));
    Optional<LocalDate> inThisRound =
        given.stream().filter(d -> YearMonth.from(d).equals(round)).findFirst();
    if (inThisRound.isPresent()) {
      return new SupplementStatus(
          "VITAMIN_A",
          SupplementStatus.State.GIVEN,
          Optional.of(product),
          Optional.empty(),
          LocalizedText.of(
              "Vitamin A " + roundId + " sudah diberikan pada " + inThisRound.get() + ".",
              "Vitamin A of " + roundEn + " was given on " + inThisRound.get() + "."),
          c);
    }
    if (r.text("per_period").equals("ONCE")) {
      LocalDate from = Age.reachedOn(birthDate, Period.parse(r.text("age_from")));
      Optional<LocalDate> once = given.stream().filter(d -> !d.isBefore(from)).findFirst();
      if (once.isPresent()) {
        return new SupplementStatus(
            "VITAMIN_A",
            SupplementStatus.State.NOT_NEEDED,
            Optional.of(product),
            Optional.empty(),
            LocalizedText.of(
                "Sudah mendapat "
                    + r.text("label_id")
                    + " pada "
                    + once.get()
                    + "; berikutnya kapsul merah mulai umur "
                    + "12 bulan.",
                "Already received the "
                    + r.text("label_en")
                    + " on "
                    + once.get()
                    + "; next, the red capsule from 12 months."),
            c);
      }
    }
    if (!inRound) {
      return new SupplementStatus(
          "VITAMIN_A",
          SupplementStatus.State.UPCOMING,
          Optional.of(product),
          Optional.of(day),
          LocalizedText.of(
              "Bulan vitamin A berikutnya "
                  + roundId
                  + " (umur "
                  + ageId
                  + "): "
                  + r.text("label_id")
                  + ".",
              "Next vitamin A month "
                  + roundEn
                  + " (age "
                  + ageEn
                  + "): "
                  + r.text("label_en")
                  + "."),
          c);
    }
    Period gap = Period.parse(vitaminA.meta("min-gap").orElse("P1M"));
    Optional<LocalDate> recent =
        given.stream().filter(d -> Age.reachedOn(d, gap).isAfter(asOf)).findFirst();
    if (recent.isPresent()) {
      return new SupplementStatus(
          "VITAMIN_A",
          SupplementStatus.State.NOT_NEEDED,
          Optional.of(product),
          Optional.of(Age.reachedOn(recent.get(), gap)),
          LocalizedText.of(
              "Kapsul vitamin A diterima "
                  + recent.get()
                  + ", kurang dari 1 bulan lalu: jangan "
                  + "diberikan lagi sekarang.",
              "A vitamin A capsule was received on "
                  + recent.get()
                  + ", less than 1 month ago: do not give another now."),
          c);
    }
    return new SupplementStatus(
        "VITAMIN_A",
        SupplementStatus.State.DUE,
        Optional.of(product),
        Optional.of(asOf),
        LocalizedText.of(
            "Bulan vitamin A "
                + roundId
                + ", umur "
                + ageId
                + ": "
                + "berikan "
                + r.text("label_id")
                + ".",
            "Vitamin A month "
                + roundEn
                + ", age "
                + ageEn
                + ": give the "
                + r.text("label_en")
                + "."),
        c);
  }

  /**
   * The vitamin A capsule that fits a child's age on a day, by {@code vitamin-a.tsv} (Permenkes
   * 21/2015 [3P]): {@code BLUE} from the day the child is 6 months old to the day before 12 months,
   * {@code RED} from 12 months to the day before 60 months; empty at other ages (and before birth).
   * The six-SPM criteria use it to judge whether a capsule given on a day matched the child's age.
   */
  public Optional<String> vitaminACapsule(LocalDate birthDate, LocalDate day) {
    for (CapsuleAge a : capsuleAges) {
      if (!day.isBefore(Age.reachedOn(birthDate, a.from()))
          && day.isBefore(Age.reachedOn(birthDate, a.until()))) {
        return Optional.of(a.capsule());
      }
    }
    return Optional.empty();
  }

  private YearMonth nextRound(YearMonth from) {
    YearMonth m = from.plusMonths(1);
    while (!vitaminAMonths.contains(m.getMonthValue())) {
      m = m.plusMonths(1);
    }
    return m;
  }

  // ------------------------------------------------------------------ deworming

  /**
   * Deworming of a child 1-12 years: albendazole 200 mg at 12-23 months and 400 mg from 24 months,
   * twice a year (one dose per half-year) where district worm prevalence is at least 50 %, once a
   * year where it is 20 to under 50 %, and no mass treatment below 20 %.
   *
   * @param prevalencePercent the district's worm prevalence survey result, 0-100
   * @param given the dates albendazole was given (those after {@code asOf} ignored)
   * @throws IllegalArgumentException when the prevalence is outside 0-100
   */
  public SupplementStatus deworming(
      LocalDate birthDate, LocalDate asOf, double prevalencePercent, List<LocalDate> given) {
    checkDates(birthDate, asOf);
    if (!(prevalencePercent >= 0 && prevalencePercent <= 100)) {
      throw new IllegalArgumentException("prevalence must be 0-100 %, got " + prevalencePercent);
    }
    Citation c = deworming.citation();
    double twice = Double.parseDouble(deworming.meta("prevalence-twice-min").orElseThrow());
    double once = Double.parseDouble(deworming.meta("prevalence-once-min").orElseThrow());
    Optional<ReferenceTable.Row> row =
        deworming.rows().stream()
            .filter(
                r ->
                    !asOf.isBefore(Age.reachedOn(birthDate, Period.parse(r.text("age_from"))))
                        && asOf.isBefore(Age.reachedOn(birthDate, Period.parse(r.text("age_until")))))
            .findFirst();
    String ageId = ImmunizationSchedule.age(birthDate, asOf, true);
    String ageEn = ImmunizationSchedule.age(birthDate, asOf, false);
    if (row.isEmpty()) {
      return new SupplementStatus(
          "DEWORMING",
          SupplementStatus.State.NOT_ELIGIBLE,
          Optional.empty(),
          Optional.empty(),
          LocalizedText.of(
              "Umur " + ageId + " di luar 1-12 tahun: bukan sasaran " + "obat cacing.",
              "Age " + ageEn + " is outside 1-12 years: not a deworming target."),
          c);
    }
    if (prevalencePercent < once) {
      return new SupplementStatus(
          "DEWORMING",
          SupplementStatus.State.NOT_PROGRAMMED,
          Optional.empty(),
          Optional.empty(),
          LocalizedText.of(
              "Prevalensi cacingan "
                  + prevalencePercent
                  + "% < "
                  + once
                  + "%: tidak ada pemberian obat cacing massal.",
              "Worm prevalence " + prevalencePercent + "% < " + once + "%: no mass deworming."),
          c);
    }
    int mg = row.get().integer("dose_mg");
    LocalizedText product =
        LocalizedText.of("albendazol " + mg + " mg", "albendazole " + mg + " mg");
    boolean twiceAYear = prevalencePercent >= twice;
    LocalDate periodStart =
        twiceAYear
            ? LocalDate.of(asOf.getYear(), asOf.getMonthValue() <= 6 ? 1 : 7, 1)
            : LocalDate.of(asOf.getYear(), 1, 1);
    String periodId =
        twiceAYear
            ? "semester ini (sejak " + periodStart + ")"
            : "tahun ini (sejak " + periodStart + ")";
    String periodEn =
        twiceAYear
            ? "this half-year (since " + periodStart + ")"
            : "this year (since " + periodStart + ")";
    String freqId =
        twiceAYear
            ? "2 kali setahun (prevalensi ≥ " + twice + "%)"
            : "1 kali setahun (prevalensi " + once + "-<" + twice + "%)";
    String freqEn =
        twiceAYear
            ? "twice a year (prevalence ≥ " + twice + "%)"
            : "once a year (prevalence " + once + "-<" + twice + "%)";
    Optional<LocalDate> done =
        given.stream().filter(d -> !d.isAfter(asOf) && !d.isBefore(periodStart)).findFirst();
    if (done.isPresent()) {
      return new SupplementStatus(
          "DEWORMING",
          SupplementStatus.State.GIVEN,
          Optional.of(product),
          Optional.empty(),
          LocalizedText.of(
              "Obat cacing "
                  + periodId
                  + " sudah diberikan pada "
                  + done.get()
                  + "; jadwal "
                  + freqId
                  + ".",
              "Deworming of "
                  + periodEn
                  + " was given on "
                  + done.get()
                  + "; schedule "
                  + freqEn
                  + "."),
          c);
    }
    return new SupplementStatus(
        "DEWORMING",
        SupplementStatus.State.DUE,
        Optional.of(product),
        Optional.of(asOf),
        LocalizedText.of(
            "Umur "
                + ageId
                + ": berikan albendazol "
                + mg
                + " mg "
                + periodId
                + "; jadwal "
                + freqId
                + ".",
            "Age "
                + ageEn
                + ": give albendazole "
                + mg
                + " mg "
                + periodEn
                + "; schedule "
                + freqEn
                + "."),
        c);
  }

  // ------------------------------------------------------------------ TTD

  /**
   * Iron-folic acid tablets in pregnancy: at least 90 tablets [B], one a day [I]. The target is met
   * at 90; it is on track while the remaining tablets fit, at one a day, in the days left before
   * the expected delivery date (HPHT + 280 days); behind otherwise.
   *
   * @throws IllegalArgumentException when the tablet count is negative
   */
  public SupplementStatus ironFolicPregnancy(LocalDate hpht, LocalDate asOf, int tabletsReceived) {
    checkDates(hpht, asOf);
    if (tabletsReceived < 0) {
      throw new IllegalArgumentException("tablets received must not be negative");
    }
    ReferenceTable.Row row =
        ironFolic.rows().stream()
            .filter(r -> r.text("group").equals("PREGNANT"))
            .findFirst()
            .orElseThrow();
    int target = row.integer("tablets");
    LocalDate edd = hpht.plusDays(280);
    long daysLeft = Math.max(0, ChronoUnit.DAYS.between(asOf, edd));
    int remaining = Math.max(0, target - tabletsReceived);
    LocalizedText product = LocalizedText.of("TTD 1 tablet sehari", "1 iron-folic tablet a day");
    SupplementStatus.State state =
        remaining == 0
            ? SupplementStatus.State.TARGET_MET
            : remaining <= daysLeft
                ? SupplementStatus.State.ON_TRACK
                : SupplementStatus.State.BEHIND;
    String stId =
        switch (state) {
          case TARGET_MET -> "target tercapai";
          case ON_TRACK -> "masih dapat tercapai dengan 1 tablet sehari";
          default -> "tidak dapat tercapai lagi dengan 1 tablet sehari";
        };
    String stEn =
        switch (state) {
          case TARGET_MET -> "target reached";
          case ON_TRACK -> "still reachable at 1 tablet a day";
          default -> "no longer reachable at 1 tablet a day";
        };
    return new SupplementStatus(
        "TTD_BUMIL",
        state,
        Optional.of(product),
        Optional.empty(),
        LocalizedText.of(
            "TTD ibu hamil: "
                + tabletsReceived
                + " dari minimal "
                + target
                + " tablet, sisa "
                + remaining
                + ", "
                + daysLeft
                + " hari sampai taksiran persalinan "
                + edd
                + ": "
                + stId
                + ".",
            "Iron-folic acid in pregnancy: "
                + tabletsReceived
                + " of at least "
                + target
                + " tablets, "
                + remaining
                + " to go, "
                + daysLeft
                + " days to the expected delivery date "
                + edd
                + ": "
                + stEn
                + "."),
        ironFolic.citation());
  }

  /**
   * Iron-folic acid tablets for an adolescent girl aged 12-18 (to the 19th birthday): one tablet a
   * week all year. Given when a tablet was taken in the 7 days ending on the as-of date, due
   * otherwise; the explanation also counts the weeks with a tablet over the last 52 weeks.
   *
   * @param tablets the dates tablets were taken (those after {@code asOf} are ignored)
   */
  public SupplementStatus ironFolicAdolescentGirl(
      Sex sex, LocalDate birthDate, LocalDate asOf, List<LocalDate> tablets) {
    checkDates(birthDate, asOf);
    ReferenceTable.Row row =
        ironFolic.rows().stream()
            .filter(r -> r.text("group").equals("ADOLESCENT_GIRL"))
            .findFirst()
            .orElseThrow();
    LocalDate from = Age.reachedOn(birthDate, Period.parse(row.text("age_from")));
    LocalDate until = Age.reachedOn(birthDate, Period.parse(row.text("age_until")));
    Citation c = ironFolic.citation();
    if (sex != Sex.FEMALE || asOf.isBefore(from) || !asOf.isBefore(until)) {
      return new SupplementStatus(
          "TTD_REMAJA",
          SupplementStatus.State.NOT_ELIGIBLE,
          Optional.empty(),
          Optional.empty(),
          LocalizedText.of(
              "Sasaran TTD remaja adalah remaja "
                  + "putri umur 12-18 tahun ("
                  + from
                  + " s.d. sebelum "
                  + until
                  + ").",
              "Weekly iron-folic acid is for girls aged 12-18 ("
                  + from
                  + " to before "
                  + until
                  + ")."),
          c);
    }
    Period per = Period.parse(row.text("per"));
    LocalDate windowStart = asOf.minus(per).plusDays(1);
    List<LocalDate> taken =
        new ArrayList<>(tablets.stream().filter(d -> !d.isAfter(asOf)).toList());
    boolean thisWeek = taken.stream().anyMatch(d -> !d.isBefore(windowStart));
    LocalDate yearStart =
        asOf.minusWeeks(52).plusDays(1).isBefore(from) ? from : asOf.minusWeeks(52).plusDays(1);
    long weeks = (ChronoUnit.DAYS.between(yearStart, asOf) / 7) + 1;
    long covered =
        taken.stream()
            .filter(d -> !d.isBefore(yearStart))
            .map(d -> ChronoUnit.DAYS.between(d, asOf) / 7)
            .distinct()
            .count();
    LocalizedText product = LocalizedText.of("TTD 1 tablet seminggu", "1 iron-folic tablet a week");
    SupplementStatus.State state =
        thisWeek ? SupplementStatus.State.GIVEN : SupplementStatus.State.DUE;
    return new SupplementStatus(
        "TTD_REMAJA",
        state,
        Optional.of(product),
        thisWeek ? Optional.empty() : Optional.of(asOf),
        LocalizedText.of(
            (thisWeek
                    ? "TTD minggu ini sudah diminum"
                    : "TTD minggu ini belum diminum: berikan 1 " + "tablet")
                + "; "
                + covered
                + " dari "
                + weeks
                + " minggu terakhir dengan TTD.",
            (thisWeek
                    ? "This week's tablet was taken"
                    : "This week's tablet not taken: give 1 " + "tablet")
                + "; "
                + covered
                + " of the last "
                + weeks
                + " weeks with a tablet."),
        c);
  }
}
