package id.posyandu.rules.schedule;

import id.posyandu.rules.LocalizedText;
import id.posyandu.rules.reference.ReferenceTable;
import id.posyandu.rules.schedule.internal.ScheduleData;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Antenatal care contacts by the juknis ILP "ANC terpadu" [C] (consistent with Permenkes 21/2021):
 * at least six contacts, one in trimester 1, two in trimester 2, three in trimester 3, with a
 * doctor and an ultrasound at K1 (in trimester 1) and K5 (in trimester 3). Table {@code anc.tsv};
 * the trimester boundaries in days from HPHT are there (TM1 days 0-90, TM2 91-174, TM3 from 175:
 * weeks read as completed weeks [I]).
 */
public final class AncSchedule {

  private final ReferenceTable table;
  private final Set<Integer> doctorContacts = new HashSet<>();
  private final int minContacts;
  private final String doctorList;
  /** The table's rows parsed once: first day, first day after, minimum contacts, by trimester. */
  private final int[] fromDay;
  private final int[] untilDay;
  private final int[] minByTrimester;

  private static final Comparator<AncContact> BY_DATE = Comparator.comparing(AncContact::date);

  private AncSchedule(ReferenceTable table) {
    this.table =
        table
            .requireColumns("trimester", "from_day", "until_day", "min_contacts")
            .requireUniqueKey("trimester");
    for (String k : table.meta("doctor-contacts").orElse("").split("\\s+")) {
      if (!k.isBlank()) {
        doctorContacts.add(Integer.parseInt(k));
      }
    }
    this.minContacts = Integer.parseInt(table.meta("min-contacts").orElse("6"));
    List<ReferenceTable.Row> rows = this.table.rows();
    this.fromDay = new int[rows.size()];
    this.untilDay = new int[rows.size()];
    this.minByTrimester = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      fromDay[i] = rows.get(i).integer("from_day");
      untilDay[i] = rows.get(i).integer("until_day");
      minByTrimester[i] = rows.get(i).integer("min_contacts");
    }
    this.doctorList =
        String.join(", K", doctorContacts.stream().sorted().map(String::valueOf).toList());
  }

  private static final class Standard {
    static final AncSchedule INSTANCE = new AncSchedule(ScheduleData.load("anc.tsv"));
  }

  /** The schedule of the bundled table. */
  public static AncSchedule standard() {
    return Standard.INSTANCE;
  }

  /** The trimester (1-3) of a gestational age in days, or 0 beyond the table. */
  public int trimester(long gestationalAgeDays) {
    for (int i = 0; i < fromDay.length; i++) {
      if (gestationalAgeDays >= fromDay[i] && gestationalAgeDays < untilDay[i]) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The ANC status of a pregnancy on a date.
   *
   * @param hpht the first day of the last menstrual period
   * @param contacts the contacts (any order; those after {@code asOf} are ignored)
   * @throws IllegalArgumentException when {@code asOf} or a contact is before the HPHT
   */
  public AncStatus assess(LocalDate hpht, LocalDate asOf, List<AncContact> contacts) {
    if (asOf.isBefore(hpht)) {
      throw new IllegalArgumentException("as-of date " + asOf + " is before the HPHT " + hpht);
    }
    for (AncContact c : contacts) {
      if (c.date().isBefore(hpht)) {
        throw new IllegalArgumentException("ANC contact on " + c.date() + " is before the HPHT");
      }
    }
    long ga = ChronoUnit.DAYS.between(hpht, asOf);
    List<AncContact> sorted = new ArrayList<>(contacts.size());
    for (AncContact c : contacts) {
      if (!c.date().isAfter(asOf)) {
        sorted.add(c);
      }
    }
    sorted.sort(BY_DATE);
    List<AncStatus.Labelled> labelled = new ArrayList<>(sorted.size());
    int[] done = new int[fromDay.length + 1];
    int n = 0;
    boolean doctorsMet = true;
    for (AncContact c : sorted) {
      n++;
      boolean required = doctorContacts.contains(n);
      boolean met = !required || (c.provider() == AncContact.Provider.DOCTOR && c.usg());
      doctorsMet &= met;
      int tri = trimester(ChronoUnit.DAYS.between(hpht, c.date()));
      done[tri]++;
      labelled.add(new AncStatus.Labelled("K" + n, c, tri, required, met));
    }
    for (int k : doctorContacts) {
      if (k > n) {
        doctorsMet = false;
      }
    }
    List<AncStatus.TrimesterCount> counts = new ArrayList<>(fromDay.length);
    boolean patternMet = true;
    List<String> perTrimester = new ArrayList<>(fromDay.length);
    for (int i = 0; i < fromDay.length; i++) {
      int tri = i + 1;
      int required = minByTrimester[i];
      AncStatus.State state =
          done[tri] >= required
              ? AncStatus.State.MET
              : ga >= untilDay[i] ? AncStatus.State.MISSED : AncStatus.State.PENDING;
      patternMet &= state == AncStatus.State.MET;
      counts.add(new AncStatus.TrimesterCount(tri, required, done[tri], state));
      perTrimester.add("TM" + tri + " " + done[tri] + "/" + required);
    }
    String counted = String.join(", ", perTrimester);
    boolean k1InT1 = !labelled.isEmpty() && labelled.get(0).trimester() == 1;
    boolean complete = n >= minContacts && patternMet && doctorsMet;
    String weeks = (ga / 7) + " minggu " + (ga % 7) + " hari";
    String weeksEn = (ga / 7) + " weeks " + (ga % 7) + " days";
    LocalizedText explanation =
        LocalizedText.of(
            "Usia kehamilan "
                + weeks
                + " (trimester "
                + trimester(ga)
                + "); "
                + n
                + " kontak ANC ("
                + counted
                + "; minimal "
                + minContacts
                + "); K1 pada trimester 1: "
                + (k1InT1 ? "ya" : "tidak")
                + "; kontak dokter dengan USG (K"
                + doctorList
                + "): "
                + (doctorsMet ? "terpenuhi" : "belum terpenuhi")
                + "; "
                + (complete ? "ANC lengkap." : "ANC belum lengkap."),
            "Gestational age "
                + weeksEn
                + " (trimester "
                + trimester(ga)
                + "); "
                + n
                + " ANC contacts ("
                + counted
                + "; at least "
                + minContacts
                + "); K1 in trimester 1: "
                + (k1InT1 ? "yes" : "no")
                + "; doctor contacts with ultrasound (K"
                + doctorList
                + "): "
                + (doctorsMet ? "met" : "not met yet")
                + "; "
                + (complete ? "ANC complete." : "ANC not complete."));
    return new AncStatus(
        ga,
        trimester(ga),
        labelled,
        counts,
        k1InT1,
        doctorsMet,
        complete,
        explanation,
        table.citation());
  }

}
