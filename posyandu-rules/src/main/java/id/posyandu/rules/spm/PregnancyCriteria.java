package id.posyandu.rules.spm;

import static id.posyandu.rules.spm.SixSpmCriteria.threshold;

import id.posyandu.core.record.AncContact;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.BloodPressure;
import id.posyandu.core.record.Supplement;
import id.posyandu.rules.indicator.EvaluationContext;
import id.posyandu.rules.indicator.SubjectType;
import java.util.List;
import java.util.Optional;

/**
 * The criteria on pregnancies: ANC contacts (ILP juknis ANC terpadu, VERIFIED.md 6), KEK (MUAC,
 * VERIFIED.md 5.2, through the screening package), TTD (VERIFIED.md 7), hypertension (VERIFIED.md
 * 5.3, through the screening package). ANC and TTD thresholds from {@code spm_thresholds.tsv}.
 */
final class PregnancyCriteria {

  private static final SubjectType P = SubjectType.PREGNANCY;

  private PregnancyCriteria() {}

  static void register(SixSpmCriteria.Builder b) {
    b.<PregnancySubject>add("PREGNANCY_IN_PERIOD", P, "Kehamilan berlangsung dalam periode",
        "Pregnancy ongoing during the period",
        (p, c) -> p.start().map(s -> !s.isAfter(c.lastDay())).orElse(false)
            && p.end().map(e -> !e.isBefore(c.period().start())).orElse(true));
    b.<PregnancySubject>add("PREGNANCY_ONGOING", P, "Masih hamil pada hari terakhir",
        "Still pregnant on the last day", (p, c) -> p.ongoingOn(c.lastDay()));
    b.<PregnancySubject>add("PREGNANCY_ENDED_IN_PERIOD", P, "Kehamilan berakhir dalam periode",
        "Pregnancy ended in the period", (p, c) -> p.end().map(c::inPeriod).orElse(false));
    b.<PregnancySubject>add("K1_IN_TRIMESTER_1", P, "K1 pada trimester 1 (usia kehamilan <= 12 minggu)",
        "First ANC contact in trimester 1 (<= 12 weeks)", (p, c) -> contacts(p, c).stream()
            .anyMatch(d -> d.record().gestationalAgeWeeks() <= threshold("anc_tm1_last_week")));
    b.<PregnancySubject>add("K6_COMPLETE", P,
        "Minimal 6 kontak ANC (1-2-3 per trimester), 2 kali oleh dokter",
        "At least 6 ANC contacts (1-2-3 by trimester), 2 with a doctor", PregnancyCriteria::k6);
    b.<PregnancySubject>add("MUAC_MEASURED_IN_PERIOD", P, "LiLA diukur selama hamil dalam periode",
        "MUAC measured during the pregnancy in the period", (p, c) -> latestMuac(p, c, true)
            .isPresent());
    b.<PregnancySubject>add("KEK_IN_PERIOD", P, "KEK: LiLA terakhir dalam periode < 23,5 cm",
        "Chronic energy deficiency: latest MUAC in the period < 23.5 cm",
        (p, c) -> latestMuac(p, c, true).map(PregnancyCriteria::kek).orElse(false));
    b.<PregnancySubject>add("PREGNANT_KEK", P, "Ibu hamil KEK (LiLA terakhir selama hamil < 23,5 cm)",
        "Pregnant woman with KEK (latest MUAC in the pregnancy < 23.5 cm)",
        (p, c) -> p.ongoingOn(c.lastDay())
            && latestMuac(p, c, false).map(PregnancyCriteria::kek).orElse(false));
    b.<PregnancySubject>add("TTD_90_TABLETS", P, "Mendapat sedikitnya 90 TTD selama hamil",
        "Received at least 90 iron-folic acid tablets in the pregnancy",
        (p, c) -> p.duringPregnancy(Supplement.class, c.lastDay()).stream()
            .filter(d -> d.record().kind() == Supplement.Kind.TTD)
            .mapToInt(d -> d.record().quantity()).sum() >= threshold("ttd_pregnancy_min_tablets"));
    b.<PregnancySubject>add("PREGNANT_HYPERTENSION", P,
        "Hipertensi pada kehamilan yang sedang berlangsung (TD >= 140/90)",
        "Hypertension in an ongoing pregnancy (BP >= 140/90)",
        (p, c) -> p.ongoingOn(c.lastDay()) && p.duringPregnancy(BloodPressure.class, c.lastDay())
            .stream().anyMatch(d -> SixSpmCriteria.highBp(d.record())));
  }

  static boolean kek(double muacCm) {
    return SixSpmCriteria.kekPregnant(muacCm);
  }

  /** The ANC contacts on or before the last day. */
  static List<DatedRecord<AncContact>> contacts(PregnancySubject p, EvaluationContext c) {
    return p.ancContacts().stream().filter(d -> !d.date().isAfter(c.lastDay())).toList();
  }

  static boolean k6(PregnancySubject p, EvaluationContext c) {
    int tm1 = 0;
    int tm2 = 0;
    int tm3 = 0;
    int doctor = 0;
    double tm1Last = threshold("anc_tm1_last_week");
    double tm2Last = threshold("anc_tm2_last_week");
    for (DatedRecord<AncContact> d : contacts(p, c)) {
      int w = d.record().gestationalAgeWeeks();
      if (w <= tm1Last) {
        tm1++;
      } else if (w <= tm2Last) {
        tm2++;
      } else {
        tm3++;
      }
      if (d.record().provider() == AncContact.Provider.DOCTOR) {
        doctor++;
      }
    }
    return tm1 >= threshold("anc_tm1_min_contacts") && tm2 >= threshold("anc_tm2_min_contacts")
        && tm3 >= threshold("anc_tm3_min_contacts") && doctor >= threshold("anc_min_doctor_contacts");
  }

  /** The latest MUAC of the pregnancy on or before the last day (in the period when asked). */
  static Optional<Double> latestMuac(PregnancySubject p, EvaluationContext c, boolean inPeriod) {
    List<DatedRecord<Anthropometry>> rs = p.duringPregnancy(Anthropometry.class, c.lastDay());
    for (int i = rs.size() - 1; i >= 0; i--) {
      DatedRecord<Anthropometry> d = rs.get(i);
      if (d.record().muacCm().isPresent() && (!inPeriod || c.inPeriod(d.date()))) {
        return Optional.of(d.record().muacCm().getAsDouble());
      }
    }
    return Optional.empty();
  }
}
