package id.posyandu.rules.spm;

import id.posyandu.core.SpmArea;
import id.posyandu.core.model.Household;
import id.posyandu.core.record.DisasterPreparedness;
import id.posyandu.core.record.DrinkingWater;
import id.posyandu.core.record.DtsenRegistration;
import id.posyandu.core.record.HouseCondition;
import id.posyandu.core.record.Referral;
import id.posyandu.core.record.Sanitation;
import id.posyandu.core.record.ServiceRecord;
import id.posyandu.core.record.SocialAssistance;
import id.posyandu.core.record.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A household as the six-SPM criteria see it: the household, its members, and the records about
 * the household.
 *
 * <h2>How a household record is found</h2>
 * The model records every service at a visit of a resident; there is no household visit. A record
 * is about the household when its type describes the dwelling or the family rather than the person:
 * {@link HouseCondition}, {@link DrinkingWater}, {@link Sanitation}, {@link DisasterPreparedness},
 * {@link DtsenRegistration}, {@link SocialAssistance}, and a {@link Referral} whose area is housing,
 * public works, Trantibumlinmas or social affairs. Such records are collected from the visits of
 * every member of the household (whoever the kader met on the home visit) and ordered by visit date;
 * the household's state on a day is its latest record of that type on or before the day.
 */
public final class HouseholdSubject {

  private static final List<Class<? extends ServiceRecord>> HOUSEHOLD_TYPES = List.of(
      HouseCondition.class, DrinkingWater.class, Sanitation.class, DisasterPreparedness.class,
      DtsenRegistration.class, SocialAssistance.class);

  private static final Comparator<DatedRecord<ServiceRecord>> BY_DATE =
      Comparator.comparing(DatedRecord::date);

  private final Household household;
  private final List<ResidentSubject> members;
  private final List<DatedRecord<ServiceRecord>> records;
  private final String posyanduId;

  private HouseholdSubject(Household household, List<ResidentSubject> members,
      List<DatedRecord<ServiceRecord>> records, String posyanduId) {
    this.household = household;
    this.members = members;
    this.records = records;
    this.posyanduId = posyanduId;
  }

  /**
   * A view of a household.
   *
   * @param household the household
   * @param members its members' views
   * @param posyanduId the Posyandu the household belongs to
   */
  public static HouseholdSubject of(Household household, List<ResidentSubject> members,
      String posyanduId) {
    Objects.requireNonNull(household, "household");
    Objects.requireNonNull(posyanduId, "posyanduId");
    List<DatedRecord<ServiceRecord>> found = new ArrayList<>();
    for (int k = 0, nm = members.size(); k < nm; k++) {
      ResidentSubject m = members.get(k);
      List<Visit> visits = m.visits();
      for (int i = 0, nv = visits.size(); i < nv; i++) {
        Visit v = visits.get(i);
        List<ServiceRecord> rs = v.records();
        for (int j = 0, nr = rs.size(); j < nr; j++) {
          ServiceRecord r = rs.get(j);
          if (isHouseholdRecord(r)) {
            found.add(new DatedRecord<>(v.date(), m.id(), r));
          }
        }
      }
    }
    if (members.size() > 1) { // each member's visits are already in date order
      found.sort(BY_DATE);
    }
    return new HouseholdSubject(household, List.copyOf(members), List.copyOf(found), posyanduId);
  }

  /** Whether a record is about the household (see the class comment). */
  public static boolean isHouseholdRecord(ServiceRecord r) {
    if (r instanceof Referral ref) {
      SpmArea a = ref.referralArea();
      return a == SpmArea.PERUMAHAN_RAKYAT || a == SpmArea.PEKERJAAN_UMUM
          || a == SpmArea.TRANTIBUMLINMAS || a == SpmArea.SOSIAL;
    }
    for (Class<? extends ServiceRecord> t : HOUSEHOLD_TYPES) {
      if (t.isInstance(r)) {
        return true;
      }
    }
    return false;
  }

  /** The household. */
  public Household household() {
    return household;
  }

  /** The household's caller-owned id. */
  public String id() {
    return household.id();
  }

  /** The members. */
  public List<ResidentSubject> members() {
    return members;
  }

  /** The records about the household, oldest first. */
  public List<DatedRecord<ServiceRecord>> records() {
    return records;
  }

  /** The Posyandu the household belongs to. */
  public String posyanduId() {
    return posyanduId;
  }

  /** The latest record of a type on or before a day that satisfies a test. */
  public <T extends ServiceRecord> Optional<DatedRecord<T>> latest(Class<T> type,
      LocalDate onOrBefore, Predicate<? super T> test) {
    for (int i = records.size() - 1; i >= 0; i--) {
      DatedRecord<ServiceRecord> d = records.get(i);
      if (!d.date().isAfter(onOrBefore) && type.isInstance(d.record())
          && test.test(type.cast(d.record()))) {
        return Optional.of(new DatedRecord<>(d.date(), d.residentId(), type.cast(d.record())));
      }
    }
    return Optional.empty();
  }

  /**
   * The latest record of a type on or before a day, or null: {@link #latest} without the
   * allocations, for the criteria that ask it of every household.
   */
  <T extends ServiceRecord> T latestRecord(Class<T> type, LocalDate onOrBefore) {
    for (int i = records.size() - 1; i >= 0; i--) {
      DatedRecord<ServiceRecord> d = records.get(i);
      if (!d.date().isAfter(onOrBefore) && type.isInstance(d.record())) {
        return type.cast(d.record());
      }
    }
    return null;
  }

  /** Whether any record of a type in [from, to] satisfies a test. */
  public <T extends ServiceRecord> boolean any(Class<T> type, LocalDate from, LocalDate to,
      Predicate<? super T> test) {
    for (DatedRecord<ServiceRecord> d : records) {
      if (!d.date().isBefore(from) && !d.date().isAfter(to) && type.isInstance(d.record())
          && test.test(type.cast(d.record()))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "HouseholdSubject[" + household.id() + ", " + members.size() + " members, "
        + records.size() + " records]";
  }
}
