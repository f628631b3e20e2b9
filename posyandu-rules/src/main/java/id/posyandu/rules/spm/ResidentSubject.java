package id.posyandu.rules.spm;

import id.posyandu.core.model.Household;
import id.posyandu.core.model.Pregnancy;
import id.posyandu.core.model.Resident;
import id.posyandu.core.record.ServiceRecord;
import id.posyandu.core.record.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A resident as the six-SPM criteria see it: the resident, its visits sorted by date, its
 * pregnancies, its household and the id of its Posyandu. A view: it holds references to the
 * population's values and copies nothing (visits are sorted only when not already), so building one per
 * resident of a kabupaten is cheap. Per-month derived values (growth status, nutrition status) are
 * computed by the criteria and cached in the view for the last few keys asked, so the many indicators
 * that need the same month's growth status compute it once.
 *
 * <p>Thread-safe: the cache is an immutable array replaced atomically (a race only recomputes).
 */
public final class ResidentSubject {

  private static final int CACHE_SLOTS = 4;
  private static final Comparator<Visit> BY_DATE = Comparator.comparing(Visit::date);

  private final Resident resident;
  private final List<Visit> visits;
  private final List<Pregnancy> pregnancies;
  private final Household household;
  private final String posyanduId;
  private volatile Object[] cache;

  private ResidentSubject(Resident resident, List<Visit> visits, List<Pregnancy> pregnancies,
      Household household, String posyanduId) {
    this.resident = Objects.requireNonNull(resident, "resident");
    this.visits = visits;
    this.pregnancies = pregnancies;
    this.household = household;
    this.posyanduId = Objects.requireNonNull(posyanduId, "posyanduId");
  }

  /**
   * A view of a resident.
   *
   * @param resident the resident
   * @param visits the resident's visits, in any order (visits of other residents are rejected);
   *     a list already sorted by date is kept as given, without a copy, so it must not change
   * @param pregnancies the resident's pregnancies (kept as given: it must not change)
   * @param household the resident's household, if known
   * @param posyanduId the id of the Posyandu the resident belongs to
   * @throws IllegalArgumentException when a visit is not the resident's
   */
  public static ResidentSubject of(Resident resident, List<Visit> visits,
      List<Pregnancy> pregnancies, Optional<Household> household, String posyanduId) {
    boolean sorted = true;
    Visit previous = null;
    for (Visit v : visits) {
      if (!v.residentId().equals(resident.id())) {
        throw new IllegalArgumentException("kunjungan warga lain / visit " + v.id()
            + " is not of resident " + resident.id());
      }
      sorted &= previous == null || !v.date().isBefore(previous.date());
      previous = v;
    }
    List<Visit> list = visits;
    if (!sorted) {
      List<Visit> copy = new ArrayList<>(visits);
      copy.sort(BY_DATE);
      list = List.copyOf(copy);
    }
    return new ResidentSubject(resident, list, pregnancies, household.orElse(null), posyanduId);
  }

  /**
   * A view from a population's indexes, which guarantee what {@link #of} checks: the visits are the
   * resident's and sorted by date.
   */
  static ResidentSubject trusted(Resident resident, List<Visit> sortedVisits,
      List<Pregnancy> pregnancies, Household household, String posyanduId) {
    return new ResidentSubject(resident, sortedVisits, pregnancies, household, posyanduId);
  }

  /** The resident. */
  public Resident resident() {
    return resident;
  }

  /** The resident's caller-owned id. */
  public String id() {
    return resident.id();
  }

  /** The visits, oldest first. */
  public List<Visit> visits() {
    return visits;
  }

  /** The resident's pregnancies. */
  public List<Pregnancy> pregnancies() {
    return pregnancies;
  }

  /** The household, if known. */
  public Optional<Household> household() {
    return Optional.ofNullable(household);
  }

  /** The Posyandu the resident belongs to. */
  public String posyanduId() {
    return posyanduId;
  }

  /** The records of a type from visits in [from, to] (both inclusive), oldest first. */
  public <T extends ServiceRecord> List<DatedRecord<T>> records(Class<T> type, LocalDate from,
      LocalDate to) {
    if (visits.isEmpty()) {
      return List.of();
    }
    List<DatedRecord<T>> out = null;
    for (int i = 0, n = visits.size(); i < n; i++) {
      Visit v = visits.get(i);
      if (v.date().isBefore(from)) {
        continue;
      }
      if (v.date().isAfter(to)) {
        break;
      }
      List<ServiceRecord> rs = v.records();
      for (int j = 0, m = rs.size(); j < m; j++) {
        ServiceRecord r = rs.get(j);
        if (type.isInstance(r)) {
          if (out == null) {
            out = new ArrayList<>(4);
          }
          out.add(new DatedRecord<>(v.date(), resident.id(), type.cast(r)));
        }
      }
    }
    return out == null ? List.of() : out;
  }

  /** The latest record of a type on or before a day that satisfies a test. */
  public <T extends ServiceRecord> Optional<DatedRecord<T>> latest(Class<T> type, LocalDate onOrBefore,
      Predicate<? super T> test) {
    for (int i = visits.size() - 1; i >= 0; i--) {
      Visit v = visits.get(i);
      if (v.date().isAfter(onOrBefore)) {
        continue;
      }
      List<ServiceRecord> rs = v.records();
      for (int j = rs.size() - 1; j >= 0; j--) {
        ServiceRecord r = rs.get(j);
        if (type.isInstance(r) && test.test(type.cast(r))) {
          return Optional.of(new DatedRecord<>(v.date(), resident.id(), type.cast(r)));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether any record of a type in [from, to] satisfies a test. */
  public <T extends ServiceRecord> boolean any(Class<T> type, LocalDate from, LocalDate to,
      Predicate<? super T> test) {
    // newest first: the periods asked about are mostly the latest ones
    for (int i = visits.size() - 1; i >= 0; i--) {
      Visit v = visits.get(i);
      LocalDate d = v.date();
      if (d.isAfter(to)) {
        continue;
      }
      if (d.isBefore(from)) {
        return false;
      }
      List<ServiceRecord> rs = v.records();
      for (int j = 0, n = rs.size(); j < n; j++) {
        ServiceRecord r = rs.get(j);
        if (type.isInstance(r) && test.test(type.cast(r))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A value derived from this subject, cached for the last few keys asked (used by the criteria
   * for per-month growth and nutrition status). Keys must have value equality.
   */
  @SuppressWarnings("unchecked")
  <K, V> V cached(K key, Function<K, V> compute) {
    Object[] slots = cache;
    if (slots != null) {
      for (int i = 0; i < slots.length; i += 2) {
        if (key.equals(slots[i])) {
          return (V) slots[i + 1];
        }
      }
    }
    V v = compute.apply(key);
    Object[] next;
    if (slots == null) {
      next = new Object[] {key, v};
    } else if (slots.length < 2 * CACHE_SLOTS) {
      next = Arrays.copyOf(slots, slots.length + 2);
      next[slots.length] = key;
      next[slots.length + 1] = v;
    } else {
      next = new Object[slots.length];
      System.arraycopy(slots, 2, next, 0, slots.length - 2);
      next[slots.length - 2] = key;
      next[slots.length - 1] = v;
    }
    cache = next;
    return v;
  }

  @Override
  public String toString() {
    return "ResidentSubject[" + resident.id() + ", " + visits.size() + " visits]";
  }
}
