package id.posyandu.rules.spm;

import id.posyandu.rules.Citation;
import id.posyandu.rules.Confidence;
import id.posyandu.rules.LocalizedText;
import id.posyandu.rules.indicator.SubjectType;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reference data of the six-SPM criteria, loaded once from the resources of this package:
 * {@code spm_thresholds.tsv} (thresholds, each row with its source and confidence) and {@code
 * home_visit_weights.tsv} (home-visit findings and their urgency weights).
 *
 * <p>{@code spm_thresholds.tsv} holds only what no other package owns: its keys are the explicit
 * allow-list {@link #SPM_ONLY_KEYS}, checked on load, so a copy of a schedule or screening value
 * (TTD tablets, ANC trimesters and contacts, IDL doses, the TB cut-off: asked of {@code
 * rules.schedule} and {@code rules.screening}) cannot come back as a row of its own.
 */
final class SpmReference {

  /** One threshold with its source. */
  record Threshold(String key, double value, String unit, Citation source) {}

  /**
   * The keys {@code spm_thresholds.tsv} may hold: thresholds of the six-SPM indicators that no
   * schedule, screening, growth or z-score table owns.
   */
  static final Set<String> SPM_ONLY_KEYS = Set.of(
      "balita_min_weighings_year",
      "rutilahu_min_floor_m2_per_person",
      "well_min_distance_to_septic_m",
      "service_request_deadline_working_days",
      "enrolment_record_valid_days");

  /** One home-visit finding: the criterion that detects it and its urgency weight. */
  record HomeVisitRule(String code, SubjectType subject, String criterion, int weight,
      LocalizedText label) {}

  static final SpmReference INSTANCE = new SpmReference();

  final Map<String, Threshold> thresholds;
  final List<HomeVisitRule> homeVisitRules;
  final Citation homeVisitSource;

  private SpmReference() {
    ReferenceTable t = ReferenceTable.load(SpmReference.class, "spm_thresholds.tsv")
        .requireColumns("key", "value", "unit", "confidence", "source").requireUniqueKey("key");
    Map<String, Threshold> m = new HashMap<>();
    for (ReferenceTable.Row r : t.rows()) {
      m.put(r.text("key"), new Threshold(r.text("key"), r.number("value"), r.text("unit"),
          new Citation(r.text("source"), "spm_thresholds.tsv line " + r.lineNumber(),
              Confidence.fromTag(r.text("confidence")))));
    }
    checkSpmOnly(m.keySet());
    thresholds = Map.copyOf(m);

    ReferenceTable hv = ReferenceTable.load(SpmReference.class, "home_visit_weights.tsv")
        .requireColumns("code", "subject", "criterion", "weight", "label_id", "label_en")
        .requireUniqueKey("code");
    List<HomeVisitRule> rules = new ArrayList<>();
    for (ReferenceTable.Row r : hv.rows()) {
      rules.add(new HomeVisitRule(r.text("code"), SubjectType.valueOf(r.text("subject")),
          r.text("criterion"), r.integer("weight"),
          new LocalizedText(r.text("label_id"), r.text("label_en"))));
    }
    rules.sort(Comparator.comparingInt(HomeVisitRule::weight).reversed());
    homeVisitRules = List.copyOf(rules);
    homeVisitSource = hv.citation();
  }

  /**
   * Rejects a threshold table whose keys are not exactly {@link #SPM_ONLY_KEYS}.
   *
   * @throws ReferenceDataException naming the keys outside the allow-list and the missing ones
   */
  static void checkSpmOnly(Set<String> keys) {
    Set<String> extra = new TreeSet<>(keys);
    extra.removeAll(SPM_ONLY_KEYS);
    Set<String> missing = new TreeSet<>(SPM_ONLY_KEYS);
    missing.removeAll(keys);
    if (!extra.isEmpty() || !missing.isEmpty()) {
      throw new ReferenceDataException("spm_thresholds.tsv: keys outside the six-SPM allow-list "
          + extra + " (a schedule, screening, growth or z-score value belongs to its package), "
          + "missing keys " + missing);
    }
  }

  /** The threshold of a key. */
  double value(String key) {
    Threshold t = thresholds.get(key);
    if (t == null) {
      throw new ReferenceDataException("spm_thresholds.tsv: missing key " + key);
    }
    return t.value();
  }
}
