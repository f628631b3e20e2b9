package id.posyandu.rules.schedule;

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
 * ({@code immunization-versions.tsv}); ages are {@link Period}s added to the birth date, so "2
 * months" is the same day-of-month two months later (clamped to the month's end).
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

  private ImmunizationSchedule(List<Version> versions, ReferenceTable completeness) {
    this.versions = versions;
    this.completenessTable =
        completeness
            .requireColumns("programme", "assessed_before", "label_id", "label_en")
            .requireUniqueKey("programme");
    Set<String> known = new HashSet<>();
    for (Version v : versions) {
      for (DoseRule d : v.doses()) {
        known.addAll(d.accepts());
      }
    }
    this.knownDoses = Set.copyOf(known);
  }

  private static final class Standard {
    static final ImmunizationSchedule INSTANCE =
        new ImmunizationSchedule(
            ScheduleData.versions(ScheduleData.load("immunization-versions.tsv")),
            ScheduleData.load("immunization-completeness.tsv"));
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
    return new ImmunizationSchedule(
        ScheduleData.versions(versionIndex), ScheduleData.load("immunization-completeness.tsv"));
  }

  /** The dose codes the schedule tables accept in a history. */
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
      Optional<GivenDose> match = Optional.empty();
      for (int i = 0; i < given.size(); i++) {
        GivenDose g = given.get(i);
        Set<String> used = usedBySeries.computeIfAbsent(i, k -> new HashSet<>());
        if (d.accepts().contains(g.dose()) && !used.contains(d.series())) {
          used.add(d.series());
          match = Optional.of(g);
          break;
        }
      }
      Optional<DoseAssessment> prev =
          ScheduleData.previous(rules, d).map(p -> bySlot.get(p.slot()));
      DoseAssessment a = assessDose(d, birthDate, asOf, match, prev);
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

  private static DoseAssessment assessDose(
      DoseRule d,
      LocalDate birth,
      LocalDate asOf,
      Optional<GivenDose> match,
      Optional<DoseAssessment> prev) {
    LocalDate earliest = birth.plus(d.earliest());
    LocalDate recommended = birth.plus(d.recommended());
    LocalDate dueUntil = birth.plus(d.dueUntil());
    LocalDate onTimeUntil = birth.plus(d.onTimeUntil());
    LocalDate latest = birth.plus(d.latest());
    Optional<LocalDate> byInterval = Optional.empty();
    boolean waiting = false;
    if (d.minInterval().isPresent() && prev.isPresent()) {
      DoseAssessment p = prev.get();
      if (p.status().countsAsGiven()) {
        byInterval = Optional.of(p.givenOn().orElseThrow().plus(d.minInterval().get()));
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
      LocalDate assessedOn = birth.plus(Period.parse(r.text("assessed_before")));
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
    return period(Period.between(birth, date), indonesian);
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
