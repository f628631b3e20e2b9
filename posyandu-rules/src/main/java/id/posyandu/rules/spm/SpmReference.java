package id.posyandu.rules.spm;

import id.posyandu.core.record.Immunization;
import id.posyandu.rules.Citation;
import id.posyandu.rules.Confidence;
import id.posyandu.rules.LocalizedText;
import id.posyandu.rules.indicator.SubjectType;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference data of the six-SPM criteria, loaded once from the resources of this package:
 * {@code spm_thresholds.tsv} (thresholds, each row with its source and confidence),
 * {@code idl_antigens.tsv} (the IDL doses) and {@code home_visit_weights.tsv} (home-visit findings
 * and their urgency weights).
 */
final class SpmReference {

  /** One threshold with its source. */
  record Threshold(String key, double value, String unit, Citation source) {}

  /** One IDL dose: the antigen, the antigens that count for it, its age window. */
  record IdlDose(Immunization.Antigen antigen, Set<Immunization.Antigen> accepted,
      int recommendedMonths, int catchUpUntilMonths) {}

  /** One home-visit finding: the criterion that detects it and its urgency weight. */
  record HomeVisitRule(String code, SubjectType subject, String criterion, int weight,
      LocalizedText label) {}

  static final SpmReference INSTANCE = new SpmReference();

  final Map<String, Threshold> thresholds;
  final List<IdlDose> idl;
  final Citation idlSource;
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
    thresholds = Map.copyOf(m);

    ReferenceTable idlTable = ReferenceTable.load(SpmReference.class, "idl_antigens.tsv")
        .requireColumns("antigen", "alternatives", "recommended_months", "catch_up_until_months")
        .requireUniqueKey("antigen");
    List<IdlDose> doses = new ArrayList<>();
    for (ReferenceTable.Row r : idlTable.rows()) {
      Immunization.Antigen a = antigen(idlTable, r.text("antigen"));
      Set<Immunization.Antigen> accepted = EnumSet.of(a);
      for (String alt : r.optionalText("alternatives").orElse("").split(" ")) {
        if (!alt.isBlank()) {
          accepted.add(antigen(idlTable, alt));
        }
      }
      doses.add(new IdlDose(a, Set.copyOf(accepted), r.integer("recommended_months"),
          r.integer("catch_up_until_months")));
    }
    idl = List.copyOf(doses);
    idlSource = idlTable.citation();

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

  private static Immunization.Antigen antigen(ReferenceTable t, String name) {
    try {
      return Immunization.Antigen.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new ReferenceDataException(t.name() + ": unknown antigen " + name);
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
