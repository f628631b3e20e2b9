package id.posyandu.rules.schedule.internal;

import id.posyandu.rules.LocalizedText;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and checks the immunization schedule tables of {@code id/posyandu/rules/schedule}. */
public final class ScheduleData {

  private static final String PATH = "/id/posyandu/rules/schedule/";

  private ScheduleData() {}

  /** Loads a table of this package's resources. */
  public static ReferenceTable load(String name) {
    return ReferenceTable.load(ScheduleData.class, PATH + name);
  }

  /**
   * A version of the schedule.
   *
   * @param version the version's name
   * @param regions province codes, or {@code *} for the whole country
   * @param effectiveFrom the first day it applies
   * @param table the schedule table
   * @param doses its doses, in table order
   */
  public record Version(
      String version,
      Set<String> regions,
      LocalDate effectiveFrom,
      ReferenceTable table,
      List<DoseRule> doses) {

    /** Whether the version applies to a province ({@code *} applies everywhere). */
    public boolean appliesTo(Optional<String> province) {
      return regions.contains("*") || province.map(regions::contains).orElse(false);
    }
  }

  /**
   * What each recorded dose (a vaccine product and its dose number) contains: dose code to the
   * series it can count for ({@code vaccine-products.tsv}).
   *
   * @throws ReferenceDataException when the table is broken
   */
  public static Map<String, Set<String>> products(ReferenceTable t) {
    t.requireColumns("product", "contains", "label_id", "label_en").requireUniqueKey("product");
    Map<String, Set<String>> out = new HashMap<>();
    for (ReferenceTable.Row r : t.rows()) {
      out.put(r.text("product"), Set.copyOf(Arrays.asList(r.text("contains").split("\\s+"))));
    }
    return Map.copyOf(out);
  }

  /**
   * Loads every version listed in {@code immunization-versions.tsv}, checking each table against
   * the bundled {@code vaccine-products.tsv}.
   *
   * @throws ReferenceDataException when a table is broken
   */
  public static List<Version> versions(ReferenceTable index) {
    return versions(index, products(load("vaccine-products.tsv")));
  }

  /**
   * Loads every version listed in a version index, checking each table against what each product
   * contains.
   *
   * @throws ReferenceDataException when a table is broken
   */
  public static List<Version> versions(ReferenceTable index, Map<String, Set<String>> products) {
    index
        .requireColumns("version", "regions", "effective_from", "table")
        .requireUniqueKey("version");
    Map<String, ReferenceTable> cache = new HashMap<>();
    List<Version> out = new ArrayList<>();
    for (ReferenceTable.Row r : index.rows()) {
      ReferenceTable t = cache.computeIfAbsent(r.text("table"), ScheduleData::load);
      LocalDate from;
      try {
        from = LocalDate.parse(r.text("effective_from"));
      } catch (DateTimeParseException e) {
        throw new ReferenceDataException(
            index.name() + ":" + r.lineNumber() + ": bad date " + r.text("effective_from"));
      }
      Set<String> regions = new LinkedHashSet<>(Arrays.asList(r.text("regions").split("\\s+")));
      for (String reg : regions) {
        if (!reg.equals("*") && !reg.matches("\\d{2}")) {
          throw new ReferenceDataException(
              index.name()
                  + ":"
                  + r.lineNumber()
                  + ": a region is a 2-digit province code or *: "
                  + reg);
        }
      }
      out.add(new Version(r.text("version"), Set.copyOf(regions), from, t, doses(t, products)));
    }
    return List.copyOf(out);
  }

  /**
   * The doses of a schedule table, checked: unique slots, ages in order (earliest &le; recommended
   * &le; due_until &le; on_time_until &le; latest); every series without a gap, each dose after the
   * first preceded in the table by the previous dose of its series (so an interval such as IPV2
   * &ge; 4 months after IPV1 always has its IPV1, and a dose with {@code min_interval} always has a
   * previous dose); every accepted dose code a known product that contains the slot's series (a
   * pentavalent DPT-HB-Hib never fills an IPV slot).
   */
  public static List<DoseRule> doses(ReferenceTable t, Map<String, Set<String>> products) {
    t.requireColumns(
            "slot",
            "series",
            "number",
            "accepts",
            "earliest",
            "recommended",
            "due_until",
            "on_time_until",
            "latest",
            "min_interval",
            "programme",
            "condition",
            "label_id",
            "label_en")
        .requireUniqueKey("slot")
        .requireUniqueKey("series", "number");
    List<DoseRule> out = new ArrayList<>();
    LocalDate probe = LocalDate.of(2000, 1, 31);
    for (ReferenceTable.Row r : t.rows()) {
      try {
        DoseRule d =
            new DoseRule(
                r.text("slot"),
                r.text("series"),
                r.integer("number"),
                Set.copyOf(Arrays.asList(r.text("accepts").split("\\s+"))),
                Period.parse(r.text("earliest")),
                Period.parse(r.text("recommended")),
                Period.parse(r.text("due_until")),
                Period.parse(r.text("on_time_until")),
                Period.parse(r.text("latest")),
                r.optionalText("min_interval").map(Period::parse),
                r.optionalText("programme"),
                r.optionalText("condition"),
                LocalizedText.of(r.text("label_id"), r.text("label_en")));
        Period[] ages = {d.earliest(), d.recommended(), d.dueUntil(), d.onTimeUntil(), d.latest()};
        for (int i = 1; i < ages.length; i++) {
          if (probe.plus(ages[i]).isBefore(probe.plus(ages[i - 1]))) {
            throw new ReferenceDataException(
                t.name()
                    + ":"
                    + r.lineNumber()
                    + ": ages must not decrease from earliest to latest");
          }
        }
        if (!probe.plus(d.recommended()).isBefore(probe.plus(d.dueUntil()))) {
          throw new ReferenceDataException(
              t.name() + ":" + r.lineNumber() + ": due_until must be after recommended");
        }
        for (String accepted : d.accepts()) {
          Set<String> contains = products.get(accepted);
          if (contains == null) {
            throw new ReferenceDataException(
                t.name() + ":" + r.lineNumber() + ": unknown dose code " + accepted
                    + " (not in vaccine-products.tsv)");
          }
          if (!contains.contains(d.series())) {
            throw new ReferenceDataException(
                t.name() + ":" + r.lineNumber() + ": " + accepted + " contains " + contains
                    + ", not " + d.series() + ": it cannot fill " + d.slot());
          }
        }
        if (d.number() > 1 && previous(out, d).isEmpty()) {
          throw new ReferenceDataException(
              t.name() + ":" + r.lineNumber() + ": " + d.slot() + " is dose " + d.number()
                  + " of " + d.series() + " but dose " + (d.number() - 1)
                  + " of the series is not listed before it");
        }
        if (d.minInterval().isPresent() && d.number() == 1) {
          throw new ReferenceDataException(
              t.name() + ":" + r.lineNumber() + ": the first dose of a series has no interval");
        }
        out.add(d);
      } catch (DateTimeParseException e) {
        throw new ReferenceDataException(
            t.name() + ":" + r.lineNumber() + ": bad period: " + e.getParsedString());
      }
    }
    return List.copyOf(out);
  }

  /** The previous dose of the same series in a schedule, if the table has it. */
  public static Optional<DoseRule> previous(List<DoseRule> doses, DoseRule d) {
    return doses.stream()
        .filter(x -> x.series().equals(d.series()) && x.number() == d.number() - 1)
        .findFirst();
  }
}
