package id.posyandu.rules.screening.internal;

import id.posyandu.rules.LocalizedText;
import id.posyandu.rules.ReferralTarget;
import id.posyandu.rules.Severity;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A screening table of bands: for each group, ranges of a value that together cover the group's
 * whole domain with no gap and no overlap (checked on load).
 *
 * <p>Columns: {@code group}, {@code range} (interval notation, see {@link Interval}), {@code
 * category}, {@code severity} ({@link Severity} name), {@code referral} ({@link ReferralTarget}
 * name or empty), {@code label_id}, {@code label_en}, {@code advice_id}, {@code advice_en}.
 * Metadata: {@code domain} (the interval every group must cover, e.g. {@code [0,)}), optional
 * {@code domain-group} per group (the group in lower case), {@code unit} (or {@code unit-group}),
 * and {@code scale: integer} for counts and scores.
 */
public final class BandTable {

  private final ReferenceTable table;
  private final Map<String, List<Band>> byGroup;
  private final boolean integerScale;

  private BandTable(ReferenceTable table, Map<String, List<Band>> byGroup) {
    this.table = table;
    this.byGroup = byGroup;
    this.integerScale = table.meta("scale").map("integer"::equals).orElse(false);
  }

  /**
   * Loads and checks a band table from a resource of this package's sibling {@code
   * id/posyandu/rules/screening}.
   *
   * @throws ReferenceDataException when the table breaks the format or leaves a gap
   */
  public static BandTable load(String resource) {
    return of(ReferenceTable.load(BandTable.class, "/id/posyandu/rules/screening/" + resource));
  }

  /**
   * Checks a band table.
   *
   * @throws ReferenceDataException when the table breaks the format or leaves a gap
   */
  public static BandTable of(ReferenceTable t) {
    t.requireColumns(
        "group",
        "range",
        "category",
        "severity",
        "referral",
        "label_id",
        "label_en",
        "advice_id",
        "advice_en");
    Map<String, List<Band>> groups = new LinkedHashMap<>();
    for (ReferenceTable.Row r : t.rows()) {
      Band b;
      try {
        b =
            new Band(
                r.text("group"),
                Interval.parse(r.text("range")),
                r.text("category"),
                Severity.parse(r.text("severity")),
                r.optionalText("referral").map(ReferralTarget::parse),
                LocalizedText.of(r.text("label_id"), r.text("label_en")),
                LocalizedText.of(r.text("advice_id"), r.text("advice_en")),
                r.lineNumber());
      } catch (IllegalArgumentException e) {
        throw new ReferenceDataException(t.name() + ":" + r.lineNumber() + ": " + e.getMessage());
      }
      if (!b.severity().isAssessed()) {
        throw new ReferenceDataException(
            t.name() + ":" + r.lineNumber() + ": a band cannot be NOT_ASSESSED");
      }
      groups.computeIfAbsent(b.group(), g -> new ArrayList<>()).add(b);
    }
    if (groups.isEmpty()) {
      throw new ReferenceDataException(t.name() + ": no bands");
    }
    for (Map.Entry<String, List<Band>> e : groups.entrySet()) {
      String domainText =
          t.meta("domain-" + e.getKey().toLowerCase(Locale.ROOT))
              .or(() -> t.meta("domain"))
              .orElseThrow(
                  () -> new ReferenceDataException(t.name() + ": missing '# domain: ...'"));
      checkCoverage(t.name(), e.getKey(), e.getValue(), Interval.parse(domainText));
    }
    return new BandTable(t, groups);
  }

  private static void checkCoverage(String name, String group, List<Band> bands, Interval domain) {
    bands.sort(
        Comparator.comparingDouble((Band b) -> b.range().lower())
            .thenComparing(b -> b.range().lowerClosed() ? 0 : 1));
    Band first = bands.get(0);
    Band last = bands.get(bands.size() - 1);
    if (!first.range().sameLowerEnd(domain) || !last.range().sameUpperEnd(domain)) {
      throw new ReferenceDataException(
          name
              + ": group "
              + group
              + " does not cover its domain "
              + domain
              + " (from "
              + first.range()
              + " to "
              + last.range()
              + ")");
    }
    for (int i = 1; i < bands.size(); i++) {
      Band prev = bands.get(i - 1);
      Band next = bands.get(i);
      if (!prev.range().isFollowedBy(next.range())) {
        throw new ReferenceDataException(
            name
                + ":"
                + next.line()
                + ": group "
                + group
                + " has a gap or overlap between "
                + prev.range()
                + " (line "
                + prev.line()
                + ") and "
                + next.range());
      }
    }
  }

  /** The underlying reference table (id, citation, version, metadata). */
  public ReferenceTable table() {
    return table;
  }

  /**
   * The unit of a group's value, from the {@code unit-GROUP} or else the {@code unit} metadata;
   * empty when unitless.
   */
  public String unit(String group) {
    return table
        .meta("unit-" + group.toLowerCase(Locale.ROOT))
        .or(() -> table.meta("unit"))
        .orElse("");
  }

  /** Whether the value is a count or score ({@code scale: integer}). */
  public boolean integerScale() {
    return integerScale;
  }

  /**
   * The bands of a group, in ascending order of the value.
   *
   * @throws IllegalArgumentException when the table has no such group
   */
  public List<Band> bands(String group) {
    List<Band> b = byGroup.get(group);
    if (b == null) {
      throw new IllegalArgumentException(table.id() + ": no group '" + group + "'");
    }
    return List.copyOf(b);
  }

  /** The domain of a group: the values the table classifies. */
  public Interval domain(String group) {
    return Interval.parse(
        table
            .meta("domain-" + group.toLowerCase(Locale.ROOT))
            .or(() -> table.meta("domain"))
            .orElseThrow());
  }

  /**
   * The band of a group that holds {@code value}, or empty when the value is outside the domain.
   */
  public Optional<Band> find(String group, double value) {
    for (Band b : bands(group)) {
      if (b.range().contains(value)) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /**
   * The band of a group with this category.
   *
   * @throws ReferenceDataException when there is none
   */
  public Band category(String group, String category) {
    for (Band b : bands(group)) {
      if (b.category().equals(category)) {
        return b;
      }
    }
    throw new ReferenceDataException(
        table.name() + ": group " + group + " has no category " + category);
  }

  /**
   * An integer metadata parameter, e.g. {@code critical-item}.
   *
   * @throws ReferenceDataException when missing or not an integer
   */
  public int intParameter(String key) {
    String v =
        table
            .meta(key)
            .orElseThrow(
                () -> new ReferenceDataException(table.name() + ": missing '# " + key + ": ...'"));
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new ReferenceDataException(table.name() + ": '# " + key + "' must be an integer: " + v);
    }
  }

  /** The range of a band in words, with the table's unit. */
  public LocalizedText describe(Band band) {
    Interval r = integerScale ? band.range() : band.range().within(domain(band.group()));
    return r.describe(unit(band.group()), integerScale);
  }
}
