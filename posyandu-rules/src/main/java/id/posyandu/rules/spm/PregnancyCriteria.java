package id.posyandu.rules.spm;

import id.posyandu.core.record.AncContact;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.BloodPressure;
import id.posyandu.core.record.Supplement;
import id.posyandu.rules.indicator.EvaluationContext;
import id.posyandu.rules.indicator.SubjectType;
import id.posyandu.rules.schedule.AncSchedule;
import id.posyandu.rules.schedule.AncStatus;
import id.posyandu.rules.schedule.SupplementSchedules;
import id.posyandu.rules.schedule.SupplementStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The criteria on pregnancies: ANC contacts (ILP juknis ANC terpadu, VERIFIED.md 6, through {@link
 * AncSchedule}), KEK (MUAC, VERIFIED.md 5.2, through the screening package), TTD (VERIFIED.md 7,
 * through {@link SupplementSchedules#ironFolicPregnancy}), hypertension (VERIFIED.md 5.3, through
 * the screening package). No threshold of its own.
 *
 * <p>ANC is judged by {@link AncSchedule#assess} from the pregnancy's start ({@link
 * PregnancySubject#start()}: the HPHT, or the first contact less its recorded gestational age) to
 * the context's last day: a contact's trimester comes from its date ({@code anc.tsv}: TM1 days
 * 0-90, i.e. completed weeks 0-12; TM2 to day 174, weeks 13-24; TM3 from day 175). Until 2026-11
 * these criteria read trimester limits, contact counts and "2 doctor contacts anywhere" from
 * {@code spm_thresholds.tsv}; the schedule's sourced rule wins: the doctor contacts are K1 and K5,
 * each with an ultrasound (juknis ILP [C]); a contact whose ultrasound is not recorded does not
 * meet it.
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
        "First ANC contact in trimester 1 (<= 12 weeks)",
        (p, c) -> (anc(p, c) & K1_IN_TRIMESTER_1) != 0);
    b.<PregnancySubject>add("K6_COMPLETE", P,
        "Minimal 6 kontak ANC (1-2-3 per trimester), K1 dan K5 oleh dokter dengan USG",
        "At least 6 ANC contacts (1-2-3 by trimester), K1 and K5 by a doctor with ultrasound",
        (p, c) -> (anc(p, c) & ANC_COMPLETE) != 0);
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
        PregnancyCriteria::ttd90);
    b.<PregnancySubject>add("PREGNANT_HYPERTENSION", P,
        "Hipertensi pada kehamilan yang sedang berlangsung (TD >= 140/90)",
        "Hypertension in an ongoing pregnancy (BP >= 140/90)",
        (p, c) -> p.ongoingOn(c.lastDay()) && p.duringPregnancy(BloodPressure.class, c.lastDay())
            .stream().anyMatch(d -> SixSpmCriteria.highBp(d.record())));
  }

  static boolean kek(double muacCm) {
    return SixSpmCriteria.kekPregnant(muacCm);
  }

  /** ANC key: the pregnancy and the last day seen. */
  private record AncKey(String pregnancyId, LocalDate lastDay) {}

  /** Bit of {@link #anc}: {@link AncStatus#k1InTrimester1()}. */
  static final int K1_IN_TRIMESTER_1 = 1;
  /** Bit of {@link #anc}: {@link AncStatus#complete()}. */
  static final int ANC_COMPLETE = 2;

  /**
   * The verdicts of the ANC status on the context's last day by {@link AncSchedule#standard()},
   * from the contacts dated from the pregnancy's start to that day, as bits {@link
   * #K1_IN_TRIMESTER_1} and {@link #ANC_COMPLETE}; 0 when the start is unknown or after that day.
   * Cached per pregnancy and day in the mother's view: only the bits, not the status with its
   * explanation, so a kabupaten's pregnancies do not keep their statuses in memory.
   */
  static int anc(PregnancySubject p, EvaluationContext c) {
    LocalDate start = p.start().orElse(null);
    LocalDate last = c.lastDay();
    if (start == null || last.isBefore(start)) {
      return 0;
    }
    Integer bits = p.mother().cached(new AncKey(p.id(), last), k -> {
      List<id.posyandu.rules.schedule.AncContact> contacts =
          new ArrayList<>(p.ancContacts().size());
      for (DatedRecord<AncContact> d : p.ancContacts()) {
        if (!d.date().isBefore(start) && !d.date().isAfter(last)) {
          contacts.add(new id.posyandu.rules.schedule.AncContact(d.date(),
              provider(d.record().provider()), d.record().ultrasound().orElse(false)));
        }
      }
      AncStatus s = AncSchedule.standard().assess(start, last, contacts);
      return (s.k1InTrimester1() ? K1_IN_TRIMESTER_1 : 0) | (s.complete() ? ANC_COMPLETE : 0);
    });
    return bits;
  }

  /** The schedule's provider of a recorded contact (a nurse is another health worker). */
  static id.posyandu.rules.schedule.AncContact.Provider provider(AncContact.Provider p) {
    return switch (p) {
      case DOCTOR -> id.posyandu.rules.schedule.AncContact.Provider.DOCTOR;
      case MIDWIFE -> id.posyandu.rules.schedule.AncContact.Provider.MIDWIFE;
      case NURSE, OTHER -> id.posyandu.rules.schedule.AncContact.Provider.OTHER;
    };
  }

  /**
   * At least 90 TTD tablets in the pregnancy up to the last day: the tablets recorded from the
   * pregnancy's start to its end (or the last day) are summed and {@link
   * SupplementSchedules#ironFolicPregnancy} says whether its target ({@code iron-folic.tsv}, 90
   * tablets [B]) is met.
   */
  static boolean ttd90(PregnancySubject p, EvaluationContext c) {
    LocalDate start = p.start().orElse(null);
    LocalDate last = c.lastDay();
    if (start == null || last.isBefore(start)) {
      return false;
    }
    int tablets = 0;
    for (DatedRecord<Supplement> d : p.duringPregnancy(Supplement.class, last)) {
      if (d.record().kind() == Supplement.Kind.TTD) {
        tablets += d.record().quantity();
      }
    }
    return SupplementSchedules.standard().ironFolicPregnancy(start, last, tablets).state()
        == SupplementStatus.State.TARGET_MET;
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
