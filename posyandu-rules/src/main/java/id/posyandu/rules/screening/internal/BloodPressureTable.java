package id.posyandu.rules.screening.internal;

import id.posyandu.rules.LocalizedText;
import id.posyandu.rules.ReferralTarget;
import id.posyandu.rules.Severity;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The blood-pressure classes of {@code blood-pressure.tsv}: ranked GRADE rows with a systolic and a
 * diastolic range each (both columns must cover the domain in ascending order), and PATTERN rows
 * (isolated systolic hypertension) that apply when both pressures fall in their ranges.
 */
public final class BloodPressureTable {

  private final ReferenceTable table;
  private final List<Band> systolic;
  private final List<Band> diastolic;
  private final List<Band[]> patterns;
  private final Interval domain;

  private BloodPressureTable(
      ReferenceTable table,
      List<Band> systolic,
      List<Band> diastolic,
      List<Band[]> patterns,
      Interval domain) {
    this.table = table;
    this.systolic = systolic;
    this.diastolic = diastolic;
    this.patterns = patterns;
    this.domain = domain;
  }

  /**
   * Checks a blood-pressure table.
   *
   * @throws ReferenceDataException when a column leaves a gap or a row is malformed
   */
  public static BloodPressureTable of(ReferenceTable t) {
    t.requireColumns(
            "kind",
            "systolic",
            "diastolic",
            "category",
            "severity",
            "referral",
            "label_id",
            "label_en",
            "advice_id",
            "advice_en")
        .requireUniqueKey("category");
    List<Band> sys = new ArrayList<>();
    List<Band> dia = new ArrayList<>();
    List<Band[]> pat = new ArrayList<>();
    Interval domain;
    try {
      domain =
          Interval.parse(
              t.meta("domain")
                  .orElseThrow(
                      () -> new ReferenceDataException(t.name() + ": missing '# domain: ...'")));
      for (ReferenceTable.Row r : t.rows()) {
        Severity sev = Severity.parse(r.text("severity"));
        Optional<ReferralTarget> ref = r.optionalText("referral").map(ReferralTarget::parse);
        LocalizedText label = LocalizedText.of(r.text("label_id"), r.text("label_en"));
        LocalizedText advice = LocalizedText.of(r.text("advice_id"), r.text("advice_en"));
        Band s =
            new Band(
                "SYSTOLIC",
                Interval.parse(r.text("systolic")),
                r.text("category"),
                sev,
                ref,
                label,
                advice,
                r.lineNumber());
        Band d =
            new Band(
                "DIASTOLIC",
                Interval.parse(r.text("diastolic")),
                r.text("category"),
                sev,
                ref,
                label,
                advice,
                r.lineNumber());
        switch (r.text("kind")) {
          case "GRADE":
            sys.add(s);
            dia.add(d);
            break;
          case "PATTERN":
            pat.add(new Band[] {s, d});
            break;
          default:
            throw new ReferenceDataException(
                t.name() + ":" + r.lineNumber() + ": kind must be GRADE or PATTERN");
        }
      }
    } catch (IllegalArgumentException e) {
      throw new ReferenceDataException(t.name() + ": " + e.getMessage());
    }
    checkAscending(t, sys, domain);
    checkAscending(t, dia, domain);
    return new BloodPressureTable(t, List.copyOf(sys), List.copyOf(dia), List.copyOf(pat), domain);
  }

  private static void checkAscending(ReferenceTable t, List<Band> bands, Interval domain) {
    if (bands.isEmpty()
        || !bands.get(0).range().sameLowerEnd(domain)
        || !bands.get(bands.size() - 1).range().sameUpperEnd(domain)) {
      throw new ReferenceDataException(t.name() + ": GRADE rows must cover " + domain);
    }
    for (int i = 1; i < bands.size(); i++) {
      if (!bands.get(i - 1).range().isFollowedBy(bands.get(i).range())) {
        throw new ReferenceDataException(
            t.name()
                + ":"
                + bands.get(i).line()
                + ": GRADE rows must be in ascending order with no gap: "
                + bands.get(i - 1).range()
                + " then "
                + bands.get(i).range());
      }
    }
  }

  /** A range in words, without the domain's lower end ("&lt; 90 mmHg"). */
  public LocalizedText describe(Interval range) {
    return range.within(domain).describe("mmHg", false);
  }

  /** The reference table. */
  public ReferenceTable table() {
    return table;
  }

  /** Whether a pressure is present, finite and inside the table's domain. */
  public boolean valid(OptionalDouble mmHg) {
    return mmHg.isPresent()
        && Double.isFinite(mmHg.getAsDouble())
        && domain.contains(mmHg.getAsDouble());
  }

  /** The rank (0 = lowest) of a graded class. */
  public int rank(String category) {
    for (int i = 0; i < systolic.size(); i++) {
      if (systolic.get(i).category().equals(category)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no graded blood-pressure class " + category);
  }

  /** Classifies a valid pair of pressures. */
  public Outcome classify(double systolicMmHg, double diastolicMmHg) {
    int si = index(systolic, systolicMmHg);
    int di = index(diastolic, diastolicMmHg);
    Band graded = si >= di ? systolic.get(si) : diastolic.get(di);
    for (Band[] p : patterns) {
      if (p[0].range().contains(systolicMmHg) && p[1].range().contains(diastolicMmHg)) {
        return new Outcome(
            systolic.get(si), diastolic.get(di), graded, Optional.of(p[0]), p[1].range());
      }
    }
    return new Outcome(systolic.get(si), diastolic.get(di), graded, Optional.empty(), domain);
  }

  private static int index(List<Band> bands, double v) {
    for (int i = 0; i < bands.size(); i++) {
      if (bands.get(i).range().contains(v)) {
        return i;
      }
    }
    throw new IllegalArgumentException("pressure " + v + " outside the table");
  }

  /**
   * The classes of one measurement.
   *
   * @param systolic the class of the systolic pressure alone
   * @param diastolic the class of the diastolic pressure alone
   * @param graded the higher of the two
   * @param pattern the pattern class (ISH) that applies, if any
   * @param patternDiastolic the pattern's diastolic range (the domain when no pattern applies)
   */
  public record Outcome(
      Band systolic,
      Band diastolic,
      Band graded,
      Optional<Band> pattern,
      Interval patternDiastolic) {

    /** The severity: the pattern's or the graded class's, whichever is higher. */
    public Severity severity() {
      Severity g = graded.severity();
      return pattern.map(p -> p.severity().isAtLeast(g) ? p.severity() : g).orElse(g);
    }

    /** The referral of the band that gave the severity. */
    public Optional<ReferralTarget> referral() {
      Severity g = graded.severity();
      return pattern
          .map(p -> p.severity().isAtLeast(g) ? p.referral() : graded.referral())
          .orElse(graded.referral());
    }
  }
}
