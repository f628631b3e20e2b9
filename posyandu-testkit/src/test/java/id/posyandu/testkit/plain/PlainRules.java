package id.posyandu.testkit.plain;

import id.posyandu.core.Sex;
import id.posyandu.core.model.Resident;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.Immunization;
import id.posyandu.core.record.KiaBook;
import id.posyandu.core.record.ServiceRecord;
import id.posyandu.core.record.Visit;
import id.posyandu.rules.anthro.WhoGrowthStandards;
import id.posyandu.rules.reference.ReferenceTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A second, deliberately plain statement of the SKDN and IDL rules, written from the domain texts
 * (VERIFIED.md sections 1-4 and 11, INDICATORS.md) and the decisions the library documents, sharing
 * no code with the engine: no {@code Age}, no {@code GrowthMonitor}, no schedule tables, no
 * z-score code. It reads only the records and the WHO weight-for-age table (data). Slow and
 * obvious on purpose; {@link PlainRulesComparisonTest} compares it with the engine.
 */
final class PlainRules {

  private PlainRules() {}

  // ---- ages: completed months (Permenkes 2/2020 "bulan penuh"; month-end rule of the library) ----

  /** Completed months: count the month changes, minus one if the day of the month is not reached. */
  static int months(LocalDate birth, LocalDate day) {
    int m = (day.getYear() - birth.getYear()) * 12 + day.getMonthValue() - birth.getMonthValue();
    if (day.getDayOfMonth() < birth.getDayOfMonth()) {
      m--;
    }
    return m;
  }

  /** The day {@code n} months after {@code from}: the same day, or the 1st of the next month. */
  static LocalDate monthsAfter(LocalDate from, int n) {
    YearMonth target = YearMonth.from(from).plusMonths(n);
    if (from.getDayOfMonth() <= target.lengthOfMonth()) {
      return target.atDay(from.getDayOfMonth());
    }
    return target.plusMonths(1).atDay(1);
  }

  // ---- SKDN (Buku KIA 2023 p.54; Permenkes 155/2010 for O; VERIFIED.md 1-2) ----

  /** KBM in grams by completed months at the weighing; month 0 judged as month 1 (library's choice). */
  static int kbm(int months) {
    int[] first = {800, 800, 900, 800, 600, 500, 400};
    if (months <= 6) {
      return first[months];
    }
    return months <= 10 ? 300 : 200;
  }

  /** One child's SKDN facts for one month. */
  record Skdn(boolean s, boolean k, boolean d, String status, boolean twoT, boolean bgm,
      String why) {}

  static Skdn skdn(Resident child, List<Visit> visits, YearMonth month) {
    LocalDate last = month.atEndOfMonth();
    if (child.birthDate().isAfter(last)) {
      return new Skdn(false, false, false, "", false, false, "not born yet");
    }
    int age = months(child.birthDate(), last);
    boolean s = age >= 0 && age <= 59;
    if (!s) {
      return new Skdn(false, false, false, "", false, false, "not a balita (" + age + " months)");
    }
    boolean k = false;
    LocalDate kDate = null;
    // the latest weighing of each calendar month up to the last day
    TreeMap<YearMonth, LocalDate> dayOf = new TreeMap<>();
    Map<YearMonth, Double> kgOf = new HashMap<>();
    for (Visit v : visits) {
      if (v.date().isAfter(last)) {
        continue;
      }
      for (ServiceRecord r : v.records()) {
        if (r instanceof KiaBook book && (kDate == null || !v.date().isBefore(kDate))) {
          kDate = v.date();
          k = book.owned();
        }
        if (r instanceof Anthropometry a && a.weightKg().isPresent()) {
          YearMonth ym = YearMonth.from(v.date());
          if (!dayOf.containsKey(ym) || !v.date().isBefore(dayOf.get(ym))) {
            dayOf.put(ym, v.date());
            kgOf.put(ym, a.weightKg().getAsDouble());
          }
        }
      }
    }
    boolean d = dayOf.containsKey(month);
    if (!d) {
      return new Skdn(true, k, false, "", false, false, "not weighed in " + month);
    }
    String status = status(child, dayOf, kgOf, month);
    boolean twoT = status.startsWith("T") && status(child, dayOf, kgOf, month.minusMonths(1))
        .startsWith("T");
    double z = waz(child.sex(), child.birthDate(), dayOf.get(month), kgOf.get(month));
    boolean bgm = !Double.isNaN(z) && z < -2;
    return new Skdn(true, k, true, status.substring(0, 1), twoT, bgm,
        status + (twoT ? "; T last month too: 2T" : "") + "; WAZ " + z);
  }

  /** N, T, O or B of a month with a weighing (empty when not weighed), with the reason. */
  private static String status(Resident child, TreeMap<YearMonth, LocalDate> dayOf,
      Map<YearMonth, Double> kgOf, YearMonth month) {
    if (!dayOf.containsKey(month)) {
      return "";
    }
    if (dayOf.headMap(month).isEmpty()) {
      return "B: first weighing " + dayOf.get(month);
    }
    YearMonth prev = month.minusMonths(1);
    if (!dayOf.containsKey(prev)) {
      return "O: not weighed in " + prev;
    }
    int age = months(child.birthDate(), dayOf.get(month));
    long gain = Math.round((kgOf.get(month) - kgOf.get(prev)) * 1000);
    int kbm = kbm(age);
    return (gain >= kbm ? "N" : "T") + ": " + kgOf.get(prev) + " kg on " + dayOf.get(prev) + " -> "
        + kgOf.get(month) + " kg on " + dayOf.get(month) + ", gain " + gain + " g vs KBM " + kbm
        + " g at " + age + " months";
  }

  // ---- WHO 2006 weight-for-age z (LMS, restricted beyond +-3 SD), rounded to 2 decimals ----

  private static final Map<String, double[]> WFA = loadWfa();

  private static Map<String, double[]> loadWfa() {
    // the WHO table as data, read with the generic TSV loader (rules' resources are its module's)
    Map<String, double[]> out = new HashMap<>();
    ReferenceTable t = ReferenceTable.load(WhoGrowthStandards.class,
        "/id/posyandu/rules/anthro/who2006_weight_for_age.tsv");
    for (ReferenceTable.Row r : t.rows()) {
      out.put(r.integer("sex") + "/" + r.integer("age_days"),
          new double[] {r.number("l"), r.number("m"), r.number("s")});
    }
    return out;
  }

  static double waz(Sex sex, LocalDate birth, LocalDate day, double kg) {
    long days = ChronoUnit.DAYS.between(birth, day);
    double[] lms = WFA.get((sex == Sex.MALE ? 1 : 2) + "/" + days);
    if (lms == null) {
      return Double.NaN;
    }
    double l = lms[0];
    double m = lms[1];
    double s = lms[2];
    double z = (Math.pow(kg / m, l) - 1) / (l * s);
    if (z > 3) {
      double sd3 = m * Math.pow(1 + l * s * 3, 1 / l);
      double sd2 = m * Math.pow(1 + l * s * 2, 1 / l);
      z = 3 + (kg - sd3) / (sd3 - sd2);
    } else if (z < -3) {
      double sd3 = m * Math.pow(1 + l * s * -3, 1 / l);
      double sd2 = m * Math.pow(1 + l * s * -2, 1 / l);
      z = -3 + (kg - sd3) / (sd2 - sd3);
    }
    return new BigDecimal(z).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
  }

  // ---- IDL (VERIFIED.md 4.1-4.3, section 11; the schedule tables' windows) ----

  /** One basic dose: the codes that count for it, its window in months, the interval rule. */
  private record Dose(String name, List<String> codes, int fromMonths, int beforeMonths,
      String previous, int minDays, int minMonths) {}

  private static final List<Dose> IDL = List.of(
      new Dose("HB0", List.of("HB0"), 0, 1, null, 0, 0),
      new Dose("BCG", List.of("BCG"), 0, 12, null, 0, 0),
      new Dose("OPV1", List.of("OPV1"), 0, 60, null, 0, 0),
      new Dose("OPV2", List.of("OPV2"), 2, 60, "OPV1", 28, 0),
      new Dose("OPV3", List.of("OPV3"), 3, 60, "OPV2", 28, 0),
      new Dose("OPV4", List.of("OPV4"), 4, 60, "OPV3", 28, 0),
      // DPT-HB-Hib n or the hexavalent n (interchangeable series doses)
      new Dose("DTP1", List.of("DPT_HB_HIB_1", "HEXAVALENT_1"), 2, 60, null, 0, 0),
      new Dose("DTP2", List.of("DPT_HB_HIB_2", "HEXAVALENT_2"), 3, 60, "DTP1", 28, 0),
      new Dose("DTP3", List.of("DPT_HB_HIB_3", "HEXAVALENT_3"), 4, 60, "DTP2", 28, 0),
      new Dose("PCV1", List.of("PCV1"), 2, 60, null, 0, 0),
      new Dose("PCV2", List.of("PCV2"), 3, 60, "PCV1", 28, 0),
      // rotavirus: 4 weeks apart, the last at the latest 6 months 29 days
      new Dose("RV1", List.of("RV1"), 2, 7, null, 0, 0),
      new Dose("RV2", List.of("RV2"), 3, 7, "RV1", 28, 0),
      new Dose("RV3", List.of("RV3"), 4, 7, "RV2", 28, 0),
      // only the hexavalent vaccine contains IPV: its 4-month dose, or a separate IPV1
      new Dose("IPV1", List.of("IPV1", "HEXAVALENT_3"), 4, 60, null, 0, 0),
      new Dose("MR1", List.of("MR1"), 9, 60, null, 0, 0),
      // IPV2 at 9 months, at least 4 months after IPV1
      new Dose("IPV2", List.of("IPV2"), 9, 60, "IPV1", 0, 4));

  /** The day a child turns 12 months (the KES-IDL denominator's anchor). */
  static LocalDate twelveMonths(LocalDate birth) {
    return monthsAfter(birth, 12);
  }

  /** Whether every IDL dose was validly given before 12 months, with the first missing dose. */
  static String idlMissing(Resident child, List<Visit> visits) {
    LocalDate birth = child.birthDate();
    LocalDate by = twelveMonths(birth);
    List<Visit> sorted = new ArrayList<>(visits);
    sorted.sort((a, b) -> a.date().compareTo(b.date()));
    Map<String, LocalDate> valid = new HashMap<>();
    for (Dose dose : IDL) {
      LocalDate chosen = null;
      for (Visit v : sorted) {
        for (ServiceRecord r : v.records()) {
          if (chosen == null && r instanceof Immunization im
              && dose.codes().contains(im.antigen().name())
              && isValid(dose, birth, v.date(), valid)) {
            chosen = v.date();
          }
        }
      }
      if (chosen == null || !chosen.isBefore(by)) {
        return dose.name() + (chosen == null ? " not validly given" : " given " + chosen
            + ", not before " + by);
      }
      valid.put(dose.name(), chosen);
    }
    return "";
  }

  private static boolean isValid(Dose dose, LocalDate birth, LocalDate day,
      Map<String, LocalDate> valid) {
    if (day.isBefore(monthsAfter(birth, dose.fromMonths()))
        || !day.isBefore(monthsAfter(birth, dose.beforeMonths()))) {
      return false;
    }
    if (dose.previous() == null) {
      return true;
    }
    LocalDate prev = valid.get(dose.previous());
    if (prev == null) {
      return true; // the previous dose is missing: the child is not complete anyway
    }
    return !day.isBefore(monthsAfter(prev, dose.minMonths()).plusDays(dose.minDays()));
  }
}
