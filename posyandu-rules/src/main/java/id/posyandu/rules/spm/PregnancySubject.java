package id.posyandu.rules.spm;

import id.posyandu.core.model.Pregnancy;
import id.posyandu.core.record.AncContact;
import id.posyandu.core.record.ServiceRecord;
import id.posyandu.core.record.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pregnancy as the six-SPM criteria see it: the pregnancy, the mother's view, and the ANC contacts
 * recorded for it. Other records of the pregnancy (TTD tablets, MUAC, blood pressure) are the
 * mother's records dated within the pregnancy: from its {@link #start()} to its outcome date (or
 * open while it is ongoing).
 */
public final class PregnancySubject {

  private final Pregnancy pregnancy;
  private final ResidentSubject mother;
  private final List<DatedRecord<AncContact>> ancContacts;
  private final LocalDate start;

  private PregnancySubject(Pregnancy pregnancy, ResidentSubject mother,
      List<DatedRecord<AncContact>> ancContacts, LocalDate start) {
    this.pregnancy = pregnancy;
    this.mother = mother;
    this.ancContacts = ancContacts;
    this.start = start;
  }

  /**
   * A view of a pregnancy.
   *
   * @param pregnancy the pregnancy
   * @param mother the mother's view (the resident the pregnancy names)
   * @throws IllegalArgumentException when the mother is not the pregnancy's resident
   */
  public static PregnancySubject of(Pregnancy pregnancy, ResidentSubject mother) {
    Objects.requireNonNull(pregnancy, "pregnancy");
    if (!pregnancy.residentId().equals(mother.id())) {
      throw new IllegalArgumentException("kehamilan " + pregnancy.id() + " bukan milik warga ini / "
          + "pregnancy is not of resident " + mother.id());
    }
    List<DatedRecord<AncContact>> anc = new ArrayList<>(6);
    for (Visit v : mother.visits()) {
      for (ServiceRecord r : v.records()) {
        if (r instanceof AncContact c && c.pregnancyId().equals(pregnancy.id())) {
          anc.add(new DatedRecord<>(v.date(), mother.id(), c));
        }
      }
    }
    LocalDate start = pregnancy.start().orElse(null);
    if (start == null && !anc.isEmpty()) {
      DatedRecord<AncContact> first = anc.get(0);
      start = first.date().minusWeeks(first.record().gestationalAgeWeeks());
    }
    return new PregnancySubject(pregnancy, mother, List.copyOf(anc), start);
  }

  /** The pregnancy. */
  public Pregnancy pregnancy() {
    return pregnancy;
  }

  /** The pregnancy's caller-owned id. */
  public String id() {
    return pregnancy.id();
  }

  /** The mother. */
  public ResidentSubject mother() {
    return mother;
  }

  /** The ANC contacts recorded for this pregnancy, oldest first. */
  public List<DatedRecord<AncContact>> ancContacts() {
    return ancContacts;
  }

  /**
   * The first day of the pregnancy: {@link Pregnancy#start()} (from the last menstrual period or
   * the estimated delivery date), else the first ANC contact's date less its gestational age; empty
   * when neither is known.
   */
  public Optional<LocalDate> start() {
    return Optional.ofNullable(start);
  }

  /** The outcome date, empty while the pregnancy is ongoing. */
  public Optional<LocalDate> end() {
    return pregnancy.outcomeDate();
  }

  /** Whether the pregnancy is ongoing on a day: started on or before it and not ended before it. */
  public boolean ongoingOn(LocalDate day) {
    return start != null && !start.isAfter(day)
        && pregnancy.outcomeDate().map(e -> !e.isBefore(day)).orElse(true);
  }

  /** The mother's records of a type dated within the pregnancy and on or before a day. */
  public <T extends ServiceRecord> List<DatedRecord<T>> duringPregnancy(Class<T> type,
      LocalDate onOrBefore) {
    if (start == null) {
      return List.of();
    }
    LocalDate to = pregnancy.outcomeDate().filter(e -> e.isBefore(onOrBefore)).orElse(onOrBefore);
    return mother.records(type, start, to);
  }

  /** The mother's Posyandu. */
  public String posyanduId() {
    return mother.posyanduId();
  }

  @Override
  public String toString() {
    return "PregnancySubject[" + pregnancy.id() + ", " + ancContacts.size() + " ANC contacts]";
  }
}
