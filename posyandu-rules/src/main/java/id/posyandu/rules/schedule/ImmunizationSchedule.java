package id.posyandu.rules.schedule;

import id.posyandu.core.Age;
import id.posyandu.rules.LocalizedText;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import id.posyandu.rules.schedule.internal.DoseRule;
import id.posyandu.rules.schedule.internal.ScheduleData;
import id.posyandu.rules.schedule.internal.ScheduleData.Version;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The national immunization schedule for children 0-59 months as versioned reference data, and the
 * status of each dose for one child on an as-of date.
 *
 * <p>Sources (VERIFIED.md section 4 and 11): the Kemenkes schedule deck [C]; the rotavirus letter
 * SE Dirjen P2P IM.02.02/C/3052/2023 [C]; the IPV2 letter of 31 May 2023 and KMK 1453/2022 [C]; the
 * PCV KMKs 6780/2021 and 779/2022 [C]; the Buku KIA windows as transcribed in public code [3P]; the
 * hexavalent vaccine replacing DPT-HB-Hib and IPV at 2, 3 and 4 months (pilot in 9 provinces from
 * October 2025, national from 2026) [3P]. The schedule version is chosen by province and as-of date
 * ({@code immunization-versions.tsv}); ages are {@link Period}s from the birth date, reached as
 * {@link Age#reachedOn} says (the library's one definition of completed months: "2 months" is the
 * same day of the month two months later, or the first day of the next month when that month has no
 * such day), and so are the minimum intervals from the previous dose of a series.
 *
 * <p>What each recorded dose contains is data ({@code vaccine-products.tsv}): a slot accepts only
 * doses that contain its series, so only the hexavalent vaccine counts for IPV, never a pentavalent
 * DPT-HB-Hib. A slot is filled by the first <em>valid</em> dose it accepts: a dose given too early
 * or too soon after the previous one does not count and does not block a valid repeat.
 *
 * <p>Each scheduled dose is {@link DoseStatus#GIVEN_ON_TIME given on time} (before the end of the
 * KIA allowed window), {@link DoseStatus#GIVEN_LATE late} (catch-up), {@link
 * DoseStatus#GIVEN_INVALID invalid} (before the earliest age, too soon after the previous dose, or
 * past the latest age), {@link DoseStatus#DUE due}, {@link DoseStatus#OVERDUE overdue}, {@link
 * DoseStatus#NOT_YET_DUE not yet due} or {@link DoseStatus#EXPIRED expired}. Doses given after the
 * as-of date are ignored.
 */
public final class ImmunizationSchedule {

  private final List<Version> versions;
  private final ReferenceTable completenessTable;
  private final Set<String> knownDoses;

  private ImmunizationSchedule(
      List<Version> versions, ReferenceTable completeness, Set<String> products) {
    this.versions = versions;
    this.completenessTable =
        completeness
            .requireColumns("programme", "assessed_before", "label_id", "label_en")
            .requireUniqueKey("programme");
    this.knownDoses = Set.copyOf(products);
  }

  private static final class Standard {
    static final ImmunizationSchedule INSTANCE = of(ScheduleData.load("immunization-versions.tsv"));
  }

  /**
   * The schedule of the bundled reference tables.
   *
   * @throws ReferenceDataException if a bundled table is broken (a packaging error)
   */
  public static ImmunizationSchedule standard() {
    return Standard.INSTANCE;
  }

  /**
   * A schedule from another version index (same format as {@code immunization-versions.tsv}; its
   * tables are read from this package's resources).
   */
  public static ImmunizationSchedule of(ReferenceTable versionIndex) {
    Map<String, Set<String>> products =
        ScheduleData.products(ScheduleData.load("vaccine-products.tsv"));
    return new ImmunizationSchedule(
        ScheduleData.versions(versionIndex, products),
        ScheduleData.load("immunization-completeness.tsv"),
        products.keySet());
  }

  /** The dose codes a history may hold: the products of {@code vaccine-products.tsv}. */
  public Set<String> knownDoses() {
    return knownDoses;
  }

  /**
   * The name of the schedule version in force on a date in a province.
   *
   * @param provinceCode the 2-digit kode provinsi, or empty for the national schedule
   * @throws IllegalArgumentException when no version is in force on that date
   */
  public String versionName(Optional<String> provinceCode, LocalDate asOf) {
    return version(provinceCode, asOf).version();
  }

  private Version version(Optional<String> province, LocalDate asOf) {
    province.ifPresent(
        p -> {
          if (p.length() != 2 || !isDigit(p.charAt(0)) || !isDigit(p.charAt(1))) {
            throw new IllegalArgumentException("kode provinsi must be 2 digits: '" + p + "'");
          }
        });
    return versions.stream()
        .filter(v -> v.appliesTo(province) && !v.effectiveFrom().isAfter(asOf))
        .max(
            Comparator.comparing(Version::effectiveFrom)
                .thenComparing(v -> v.regions().contains("*") ? 0 : 1))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no immunization schedule in force on "
                        + asOf
                        + " (the tables start on "
                        + versions.stream()
                            .map(Version::effectiveFrom)
                            .min(Comparator.naturalOrder())
                            .orElseThrow()
                        + ")"));
  }

  /** The status with the national schedule, outside a JE-endemic district. */
  public ImmunizationStatus assess(LocalDate birthDate, LocalDate asOf, List<GivenDose> history) {
    return assess(birthDate, asOf, Optional.empty(), history, false);
  }

  /**
   * The status of every scheduled dose, and of IDL and IBL, for one child on a date.
   *
   * @param provinceCode the child's 2-digit kode provinsi (selects a regional version), or empty
   * @param history the doses given (any order; those after {@code asOf} are ignored)
   * @param jeEndemic whether the child lives in a JE-endemic district (adds the JE dose)
   * @throws IllegalArgumentException when {@code asOf} or a dose date is before the birth date, a
   *     dose code is unknown, or no schedule is in force on {@code asOf}
   */
  public ImmunizationStatus assess(
      LocalDate birthDate,
      LocalDate asOf,
      Optional<String> provinceCode,
      List<GivenDose> history,
      boolean jeEndemic) {
    if (asOf.isBefore(birthDate)) {
      throw new IllegalArgumentException("as-of date " + asOf + " is before the birth date");
    }
    for (GivenDose g : history) {
      if (!knownDoses.contains(g.dose())) {
        throw new IllegalArgumentException(
            "unknown dose code '"
                + g.dose()
                + "' (known: "
                + new java.util.TreeSet<>(knownDoses)
                + ")");
      }
      if (g.given().isBefore(birthDate)) {
        throw new IllegalArgumentException(
            "dose " + g.dose() + " on " + g.given() + " is before the birth date");
      }
    }
    Version v = version(provinceCode, asOf);
    List<GivenDose> given =
        history.stream()
            .filter(g -> !g.given().isAfter(asOf))
            .sorted(Comparator.comparing(GivenDose::given))
            .toList();
    List<DoseRule> rules =
        v.doses().stream()
            .filter(
                d ->
                    d.condition().isEmpty()
                        || (jeEndemic && d.condition().get().equals("JE_ENDEMIC")))
            .toList();
    Map<Integer, Set<String>> usedBySeries = new HashMap<>();
    Map<String, DoseAssessment> bySlot = new HashMap<>();
    List<DoseAssessment> out = new ArrayList<>();
    for (DoseRule d : rules) {
      Optional<DoseAssessment> prev =
          ScheduleData.previous(rules, d).map(p -> bySlot.get(p.slot()));
      DoseAssessment a = firstValid(d, birthDate, asOf, given, usedBySeries, prev);
      bySlot.put(d.slot(), a);
      out.add(a);
    }
    List<GivenDose> unmatched = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      if (usedBySeries.getOrDefault(i, Set.of()).isEmpty()) {
        unmatched.add(given.get(i));
      }
    }
    return new ImmunizationStatus(
        v.version(),
        v.table().citation(),
        birthDate,
        asOf,
        out,
        completeness(rules, bySlot, birthDate, asOf),
        unmatched);
  }

  /**
   * The dose that fills a slot: of the given doses that the slot accepts and that have not filled
   * another slot of its series, in date order, the first <em>valid</em> one (on time or late); an
   * invalid dose before it does not block it (it is named in the explanation and left unmatched).
   * When none is valid, the first invalid one (GIVEN_INVALID, to be reviewed and repeated); when
   * none was given, the slot's due state.
   */
  private static DoseAssessment firstValid(
      DoseRule d,
      LocalDate birth,
      LocalDate asOf,
      List<GivenDose> given,
      Map<Integer, Set<String>> usedBySeries,
      Optional<DoseAssessment> prev) {
    DoseAssessment firstInvalid = null;
    int firstInvalidAt = -1;
    List<GivenDose> invalidBefore = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      GivenDose g = given.get(i);
      if (!d.accepts().contains(g.dose())
          || usedBySeries.getOrDefault(i, Set.of()).contains(d.series())) {
        continue;
      }
      DoseAssessment a = assessDose(d, birth, asOf, Optional.of(g), prev);
      if (a.status().countsAsGiven()) {
        usedBySeries.computeIfAbsent(i, k -> new HashSet<>()).add(d.series());
        return invalidBefore.isEmpty() ? a : withEarlierInvalid(a, invalidBefore);
      }
      if (firstInvalid == null) {
        firstInvalid = a;
        firstInvalidAt = i;
      }
      invalidBefore.add(g);
    }
    if (firstInvalid != null) {
      usedBySeries.computeIfAbsent(firstInvalidAt, k -> new HashSet<>()).add(d.series());
      return firstInvalid;
    }
    return assessDose(d, birth, asOf, Optional.empty(), prev);
  }

  private static DoseAssessment withEarlierInvalid(DoseAssessment a, List<GivenDose> invalid) {
    StringBuilder id = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (GivenDose g : invalid) {
      id.append(id.length() == 0 ? "" : ", ").append(g.dose()).append(' ').append(g.given());
      en.append(en.length() == 0 ? "" : ", ").append(g.dose()).append(' ').append(g.given());
    }
    return new DoseAssessment(
        a.slot(),
        a.label(),
        a.status(),
        a.givenAs(),
        a.givenOn(),
        a.dueFrom(),
        a.onTimeUntil(),
        a.latest(),
        LocalizedText.of(
            a.explanation().id()
                + " Dosis sebelumnya ("
                + id
                + ") tidak sah dan tidak dihitung; dosis ulangan ini yang dihitung.",
            a.explanation().en()
                + " The earlier dose ("
                + en
                + ") was invalid and does not count; this repeat dose counts."));
  }

  private static DoseAssessment assessDose(
      DoseRule d,
      LocalDate birth,
      LocalDate asOf,
      Optional<GivenDose> match,
      Optional<DoseAssessment> prev) {
    LocalDate earliest = Age.reachedOn(birth, d.earliest());
    LocalDate recommended = Age.reachedOn(birth, d.recommended());
    LocalDate dueUntil = Age.reachedOn(birth, d.dueUntil());
    LocalDate onTimeUntil = Age.reachedOn(birth, d.onTimeUntil());
    LocalDate latest = Age.reachedOn(birth, d.latest());
    Optional<LocalDate> byInterval = Optional.empty();
    boolean waiting = false;
    if (d.minInterval().isPresent() && prev.isPresent()) {
      DoseAssessment p = prev.get();
      if (p.status().countsAsGiven()) {
        byInterval =
            Optional.of(Age.reachedOn(p.givenOn().orElseThrow(), d.minInterval().get()));
      } else {
        waiting = true;
      }
    }
    Optional<LocalDate> dueFrom =
        waiting
            ? Optional.empty()
            : Optional.of(byInterval.filter(x -> x.isAfter(recommended)).orElse(recommended));
    String lbl = d.label().id();
    String lblEn = d.label().en();
    if (match.isPresent()) {
      LocalDate g = match.get().given();
      String ageId = age(birth, g, true);
      String ageEn = age(birth, g, false);
      String as = match.get().dose().equals(d.slot()) ? "" : " (" + match.get().dose() + ")";
      DoseStatus s;
      String whyId;
      String whyEn;
      if (g.isBefore(earliest)) {
        s = DoseStatus.GIVEN_INVALID;
        whyId = "sebelum umur terendah yang diperbolehkan (" + earliest + ")";
        whyEn = "before the earliest allowed age (" + earliest + ")";
      } else if (byInterval.isPresent() && g.isBefore(byInterval.get())) {
        s = DoseStatus.GIVEN_INVALID;
        whyId =
            "kurang dari "
                + period(d.minInterval().get(), true)
                + " setelah dosis sebelumnya (paling cepat "
                + byInterval.get()
                + ")";
        whyEn =
            "less than "
                + period(d.minInterval().get(), false)
                + " after the previous dose (earliest "
                + byInterval.get()
                + ")";
      } else if (!g.isBefore(latest)) {
        s = DoseStatus.GIVEN_INVALID;
        whyId = "pada atau setelah batas umur (" + latest + ")";
        whyEn = "at or after the latest age (" + latest + ")";
      } else if (g.isBefore(onTimeUntil)) {
        s = DoseStatus.GIVEN_ON_TIME;
        whyId = "sebelum akhir rentang yang diperbolehkan (" + onTimeUntil + ")";
        whyEn = "before the end of the allowed window (" + onTimeUntil + ")";
      } else {
        s = DoseStatus.GIVEN_LATE;
        whyId = "dalam rentang imunisasi kejar (" + onTimeUntil + " s.d. sebelum " + latest + ")";
        whyEn = "in the catch-up window (" + onTimeUntil + " to before " + latest + ")";
      }
      return new DoseAssessment(
          d.slot(),
          d.label(),
          s,
          Optional.of(match.get().dose()),
          Optional.of(g),
          dueFrom,
          onTimeUntil,
          latest,
          LocalizedText.of(
              lbl
                  + as
                  + " diberikan "
                  + g
                  + " (umur "
                  + ageId
                  + "), "
                  + whyId
                  + ": "
                  + s.label().id()
                  + ".",
              lblEn
                  + as
                  + " given on "
                  + g
                  + " (age "
                  + ageEn
                  + "), "
                  + whyEn
                  + ": "
                  + s.label().en()
                  + "."));
    }
    DoseStatus s;
    String whyId;
    String whyEn;
    if (!asOf.isBefore(latest)) {
      s = DoseStatus.EXPIRED;
      whyId = "batas umur " + latest + " sudah lewat";
      whyEn = "the latest age (" + latest + ") has passed";
    } else if (waiting) {
      s = DoseStatus.NOT_YET_DUE;
      whyId =
          "menunggu dosis sebelumnya dari seri ini, lalu " + period(d.minInterval().get(), true);
      whyEn =
          "waiting for the previous dose of the series, then "
              + period(d.minInterval().get(), false);
    } else if (asOf.isBefore(dueFrom.get())) {
      s = DoseStatus.NOT_YET_DUE;
      whyId = "jadwal mulai " + dueFrom.get();
      whyEn = "due from " + dueFrom.get();
    } else if (asOf.isBefore(dueUntil)) {
      s = DoseStatus.DUE;
      whyId = "jadwal sejak " + dueFrom.get() + ", dianjurkan sebelum " + dueUntil;
      whyEn = "due since " + dueFrom.get() + ", recommended before " + dueUntil;
    } else {
      s = DoseStatus.OVERDUE;
      whyId =
          "jadwal sejak "
              + dueFrom.get()
              + "; masih dapat diberikan sebelum "
              + latest
              + (asOf.isBefore(onTimeUntil)
                  ? " (tepat waktu sebelum " + onTimeUntil + ")"
                  : " (kejar)");
      whyEn =
          "due since "
              + dueFrom.get()
              + "; can still be given before "
              + latest
              + (asOf.isBefore(onTimeUntil)
                  ? " (on time before " + onTimeUntil + ")"
                  : " (catch-up)");
    }
    return new DoseAssessment(
        d.slot(),
        d.label(),
        s,
        Optional.empty(),
        Optional.empty(),
        dueFrom,
        onTimeUntil,
        latest,
        LocalizedText.of(
            lbl + " belum diberikan: " + whyId + ": " + s.label().id() + ".",
            lblEn + " not given: " + whyEn + ": " + s.label().en() + "."));
  }

  private List<Completeness> completeness(
      List<DoseRule> rules, Map<String, DoseAssessment> bySlot, LocalDate birth, LocalDate asOf) {
    List<Completeness> out = new ArrayList<>();
    for (ReferenceTable.Row r : completenessTable.rows()) {
      String programme = r.text("programme");
      LocalDate assessedOn = Age.reachedOn(birth, Period.parse(r.text("assessed_before")));
      List<String> missing = new ArrayList<>();
      for (DoseRule d : rules) {
        if (d.programme().map(programme::equals).orElse(false)) {
          DoseAssessment a = bySlot.get(d.slot());
          if (!a.status().countsAsGiven() || !a.givenOn().orElseThrow().isBefore(assessedOn)) {
            missing.add(d.slot());
          }
        }
      }
      boolean lost = missing.stream().anyMatch(m -> bySlot.get(m).status() == DoseStatus.EXPIRED);
      Completeness.State state =
          missing.isEmpty()
              ? Completeness.State.COMPLETE
              : asOf.isBefore(assessedOn) && !lost
                  ? Completeness.State.IN_PROGRESS
                  : Completeness.State.INCOMPLETE;
      out.add(
          new Completeness(
              programme,
              LocalizedText.of(r.text("label_id"), r.text("label_en")),
              state,
              assessedOn,
              missing));
    }
    return out;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static String age(LocalDate birth, LocalDate date, boolean indonesian) {
    return period(Age.monthsAndDays(birth, date), indonesian);
  }

  static String period(Period p, boolean indonesian) {
    List<String> parts = new ArrayList<>();
    long months = p.toTotalMonths();
    if (months > 0) {
      parts.add(months + (indonesian ? " bulan" : months == 1 ? " month" : " months"));
    }
    if (p.getDays() > 0 || parts.isEmpty()) {
      parts.add(p.getDays() + (indonesian ? " hari" : p.getDays() == 1 ? " day" : " days"));
    }
    return String.join(" ", parts);
  }
}
