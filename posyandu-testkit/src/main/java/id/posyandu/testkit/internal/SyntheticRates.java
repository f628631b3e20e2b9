package id.posyandu.testkit.internal;

import id.posyandu.core.record.Immunization;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference data of the synthetic generator, loaded once: the SP2020 age pyramid, the rates
 * (with their sources, most [B]) and the immunization schedule it follows.
 */
final class SyntheticRates {
  private static final String DIR = "/id/posyandu/testkit/internal/";
  static final SyntheticRates INSTANCE = new SyntheticRates();

  final double[] groupCumulative;
  final int[] groupFrom;
  final int[] groupTo;
  final double[] groupMale;
  final Immunization.Antigen[] antigens;
  final int[] dueMonth;
  /** For each dose, the completed month from which it is no longer given (BCG 12, RV 7, else 60). */
  final int[] latestMonth;
  /** For each dose, the minimum interval after the previous dose of its series (IPV2: 4 months). */
  final Period[] minInterval;
  /** The position of IPV1 (filled by a hexavalent third dose), or -1. */
  final int ipv1;
  /** For each dose, the previous dose of its series (OPV1 for OPV2, ...), or -1 for a first dose. */
  final int[] previousInSeries;
  private final Map<String, Double> rates = new HashMap<>();

  private SyntheticRates() {
    ReferenceTable pyramid = ReferenceTable.load(SyntheticRates.class, DIR + "age_pyramid_sp2020.tsv")
        .requireColumns("age_from", "age_to", "share", "male_share").requireUniqueKey("age_from");
    int n = pyramid.size();
    groupCumulative = new double[n];
    groupFrom = new int[n];
    groupTo = new int[n];
    groupMale = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      ReferenceTable.Row r = pyramid.rows().get(i);
      groupFrom[i] = r.integer("age_from");
      groupTo[i] = r.integer("age_to");
      if (i > 0 && groupFrom[i] != groupTo[i - 1] + 1) {
        throw new ReferenceDataException(pyramid.name() + ": gap or overlap before row "
            + r.lineNumber());
      }
      total += r.number("share", 0, 100);
      groupCumulative[i] = total;
      groupMale[i] = r.number("male_share", 0, 100) / 100;
    }
    for (int i = 0; i < n; i++) {
      groupCumulative[i] /= total;
    }
    ReferenceTable rateTable = ReferenceTable.load(SyntheticRates.class, DIR + "synthetic_rates.tsv")
        .requireColumns("key", "value", "source").requireUniqueKey("key");
    for (ReferenceTable.Row r : rateTable.rows()) {
      rates.put(r.text("key"), r.number("value"));
    }
    ReferenceTable schedule = ReferenceTable.load(SyntheticRates.class,
        DIR + "synthetic_immunization_schedule.tsv")
        .requireColumns("antigen", "due_month", "latest_month", "min_interval")
        .requireUniqueKey("antigen");
    List<ReferenceTable.Row> rows = schedule.rows();
    antigens = new Immunization.Antigen[rows.size()];
    dueMonth = new int[rows.size()];
    latestMonth = new int[rows.size()];
    minInterval = new Period[rows.size()];
    int ipv = -1;
    for (int i = 0; i < rows.size(); i++) {
      antigens[i] = Immunization.Antigen.valueOf(rows.get(i).text("antigen"));
      dueMonth[i] = rows.get(i).integer("due_month");
      latestMonth[i] = rows.get(i).integer("latest_month");
      minInterval[i] = rows.get(i).optionalText("min_interval").map(Period::parse)
          .orElse(Period.ZERO);
      if (latestMonth[i] <= dueMonth[i]) {
        throw new ReferenceDataException(schedule.name() + ":" + rows.get(i).lineNumber()
            + ": latest_month must be after due_month");
      }
      if (antigens[i] == Immunization.Antigen.IPV1) {
        ipv = i;
      }
    }
    ipv1 = ipv;
    previousInSeries = new int[antigens.length];
    for (int i = 0; i < antigens.length; i++) {
      previousInSeries[i] = -1;
      String series = series(antigens[i]);
      for (int j = 0; j < i; j++) {
        if (!series.isEmpty() && series.equals(series(antigens[j]))) {
          previousInSeries[i] = j;
        }
      }
    }
  }

  /** The series of a numbered dose (OPV3 → OPV, DPT_HB_HIB_2 → DPT_HB_HIB_), or "" for one dose. */
  private static String series(Immunization.Antigen a) {
    String n = a.name();
    int end = n.length();
    while (end > 0 && Character.isDigit(n.charAt(end - 1))) {
      end--;
    }
    return end == n.length() ? "" : n.substring(0, end);
  }

  /** The rate named {@code key}. */
  double rate(String key) {
    Double v = rates.get(key);
    if (v == null) {
      throw new ReferenceDataException("synthetic_rates.tsv has no rate " + key);
    }
    return v;
  }
}
