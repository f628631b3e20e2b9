package id.posyandu.rules.population;

import id.posyandu.core.code.KodeWilayah;
import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.core.model.Household;
import id.posyandu.core.model.Kader;
import id.posyandu.core.model.Posyandu;
import id.posyandu.core.model.Pregnancy;
import id.posyandu.core.model.Resident;
import id.posyandu.core.model.ServiceRequest;
import id.posyandu.core.record.ResidentRecords;
import id.posyandu.core.record.Visit;
import id.posyandu.rules.population.internal.Csr;
import id.posyandu.rules.population.internal.IdIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The records of a population (penduduk wilayah Posyandu) as one immutable dataset: the Posyandu,
 * their kader, the households in their areas, the residents, pregnancies, visits and service
 * requests, with the indexes a report needs built once: a resident's visits (by date), a household's
 * residents, a resident's pregnancies, a resident's household and Posyandu, a Posyandu's kader and
 * households, and the desa/kelurahan kode wilayah of every Posyandu.
 *
 * <p>Built with {@link #builder()}; {@link Builder#build()} checks that every reference resolves
 * (a visit's resident, kader and Posyandu, a resident's household, a household's Posyandu, …) and
 * that ids are unique, and throws a {@link PopulationException} listing every
 * {@link PopulationProblem} rather than dropping records silently.
 *
 * <p>Memory: the records are kept in arrays as given; the indexes are int arrays (an open-addressing
 * hash per id and compressed one-to-many rows), a few bytes per record, so a kabupaten of a million
 * residents costs little more than its records. Thread-safe (immutable after build).
 *
 * <p>A Posyandu's id in reports ({@link id.posyandu.rules.indicator.Subjects},
 * {@link id.posyandu.rules.indicator.IndicatorReport}) is its registration number in plain digits
 * ({@link #posyanduId(PosyanduRegistrationNumber)}); {@link #posyanduDesa()} is keyed the same way.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Population {
  private final List<Posyandu> posyandu;
  private final List<Kader> kader;
  private final List<Household> households;
  private final List<Resident> residents;
  private final List<Pregnancy> pregnancies;
  private final List<Visit> visits;
  private final List<ServiceRequest> serviceRequests;

  private final Map<PosyanduRegistrationNumber, Integer> posyanduIndex;
  private final String[] posyanduIds;
  private final Map<String, KodeWilayah> posyanduDesa;
  private final IdIndex<Household> householdIndex;
  private final IdIndex<Resident> residentIndex;
  private final IdIndex<Kader> kaderIndex;
  private final int[] householdPosyandu;
  private final int[] residentHousehold;
  private final Csr kaderByPosyandu;
  private final Csr householdsByPosyandu;
  private final Csr residentsByHousehold;
  private final Csr pregnanciesByResident;
  private final Csr visitsByResident;
  private final Csr requestsByResident;
  private final Csr requestsByHousehold;

  private Population(Builder b, Checked c) {
    this.posyandu = freeze(b.posyandu);
    this.kader = freeze(b.kader);
    this.households = freeze(b.households);
    this.residents = freeze(b.residents);
    this.pregnancies = freeze(b.pregnancies);
    this.visits = freeze(b.visits);
    this.serviceRequests = freeze(b.serviceRequests);
    this.posyanduIndex = c.posyanduIndex;
    this.posyanduIds = c.posyanduIds;
    Map<String, KodeWilayah> desa = new LinkedHashMap<>();
    for (int i = 0; i < posyanduIds.length; i++) {
      desa.put(posyanduIds[i], posyandu.get(i).kodeWilayah());
    }
    this.posyanduDesa = Collections.unmodifiableMap(desa);
    this.householdIndex = c.householdIndex;
    this.residentIndex = c.residentIndex;
    this.kaderIndex = c.kaderIndex;
    this.householdPosyandu = c.householdPosyandu;
    this.residentHousehold = c.residentHousehold;
    int np = posyandu.size();
    this.kaderByPosyandu = Csr.group(np, c.kaderPosyandu);
    this.householdsByPosyandu = Csr.group(np, householdPosyandu);
    this.residentsByHousehold = Csr.group(households.size(), residentHousehold);
    this.pregnanciesByResident = Csr.group(residents.size(), c.pregnancyResident);
    long[] visitDay = new long[visits.size()];
    for (int i = 0; i < visitDay.length; i++) {
      visitDay[i] = visits.get(i).date().toEpochDay();
    }
    this.visitsByResident = Csr.group(residents.size(), c.visitResident).sortEachBy(visitDay);
    this.requestsByResident = Csr.group(residents.size(), c.requestResident);
    this.requestsByHousehold = Csr.group(households.size(), c.requestHousehold);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The Posyandu, in the order given. */
  public List<Posyandu> posyandu() {
    return posyandu;
  }

  /** The kader of all Posyandu, in the order given. */
  public List<Kader> kader() {
    return kader;
  }

  /** The households, in the order given. */
  public List<Household> households() {
    return households;
  }

  /** The residents, in the order given. */
  public List<Resident> residents() {
    return residents;
  }

  /** The pregnancies, in the order given. */
  public List<Pregnancy> pregnancies() {
    return pregnancies;
  }

  /** The visits, in the order given. */
  public List<Visit> visits() {
    return visits;
  }

  /** The service requests, in the order given. */
  public List<ServiceRequest> serviceRequests() {
    return serviceRequests;
  }

  /**
   * The desa/kelurahan of every Posyandu, keyed by {@link #posyanduId(PosyanduRegistrationNumber)},
   * as {@link id.posyandu.rules.indicator.IndicatorReport#of} takes it. Iterates in Posyandu order.
   */
  public Map<String, KodeWilayah> posyanduDesa() {
    return posyanduDesa;
  }

  /**
   * The id of a Posyandu of this population in reports: its registration number in plain digits
   * (e.g. {@code 3204012001001}); cached, so cheap on hot paths.
   *
   * @throws IllegalArgumentException if the Posyandu is not in this population
   */
  public String posyanduId(PosyanduRegistrationNumber number) {
    return posyanduIds[posyanduPosition(number)];
  }

  /** The Posyandu with this registration number. */
  public Optional<Posyandu> posyandu(PosyanduRegistrationNumber number) {
    Integer i = posyanduIndex.get(number);
    return i == null ? Optional.empty() : Optional.of(posyandu.get(i));
  }

  /** The household with this id. */
  public Optional<Household> household(String householdId) {
    int i = householdIndex.indexOf(householdId);
    return i < 0 ? Optional.empty() : Optional.of(households.get(i));
  }

  /** The resident with this id. */
  public Optional<Resident> resident(String residentId) {
    int i = residentIndex.indexOf(residentId);
    return i < 0 ? Optional.empty() : Optional.of(residents.get(i));
  }

  /** The kader with this id. */
  public Optional<Kader> kader(String kaderId) {
    int i = kaderIndex.indexOf(kaderId);
    return i < 0 ? Optional.empty() : Optional.of(kader.get(i));
  }

  /** The household of a resident, or empty if there is no such resident. */
  public Optional<Household> householdOf(String residentId) {
    int r = residentIndex.indexOf(residentId);
    return r < 0 ? Optional.empty() : Optional.of(households.get(residentHousehold[r]));
  }

  /** The Posyandu of a resident (through the household), or empty if there is no such resident. */
  public Optional<Posyandu> posyanduOf(String residentId) {
    int r = residentIndex.indexOf(residentId);
    return r < 0 ? Optional.empty()
        : Optional.of(posyandu.get(householdPosyandu[residentHousehold[r]]));
  }

  /**
   * The report id ({@link #posyanduId(PosyanduRegistrationNumber)}) of a resident's Posyandu, through
   * the household: the function a resident {@link id.posyandu.rules.indicator.Subjects} needs.
   *
   * @throws IllegalArgumentException if there is no such resident
   */
  public String posyanduIdOfResident(String residentId) {
    return posyanduIds[householdPosyandu[residentHousehold[residentPosition(residentId)]]];
  }

  /**
   * The report id of a household's Posyandu.
   *
   * @throws IllegalArgumentException if there is no such household
   */
  public String posyanduIdOfHousehold(String householdId) {
    int h = householdIndex.indexOf(householdId);
    if (h < 0) {
      throw new IllegalArgumentException("rumah tangga tidak dikenal / unknown household: "
          + householdId);
    }
    return posyanduIds[householdPosyandu[h]];
  }

  /*
   * Positional access. A position is an index into residents() or households(): the way to walk a
   * large population without a hash lookup per resident (what SixSpm.subjects does).
   */

  /** The position of a resident in {@link #residents()}, or -1 if there is no such resident. */
  public int indexOfResident(String residentId) {
    return residentIndex.indexOf(residentId);
  }

  /**
   * The visits of the resident at a position of {@link #residents()}, oldest first.
   *
   * @throws IndexOutOfBoundsException for a position outside {@code [0, residents().size())}
   */
  public List<Visit> visitsOfResidentAt(int position) {
    return visitsByResident.view(checkResident(position), visits);
  }

  /** The pregnancies of the resident at a position of {@link #residents()}, in the order given. */
  public List<Pregnancy> pregnanciesOfResidentAt(int position) {
    return pregnanciesByResident.view(checkResident(position), pregnancies);
  }

  /** The household of the resident at a position of {@link #residents()}. */
  public Household householdOfResidentAt(int position) {
    return households.get(residentHousehold[checkResident(position)]);
  }

  /** The report id of the Posyandu of the resident at a position of {@link #residents()}. */
  public String posyanduIdOfResidentAt(int position) {
    return posyanduIds[householdPosyandu[residentHousehold[checkResident(position)]]];
  }

  /**
   * The positions in {@link #residents()} of the members of the household at a position of
   * {@link #households()}, in the order given (a new array).
   */
  public int[] memberPositionsOfHouseholdAt(int position) {
    Objects.checkIndex(position, householdPosyandu.length);
    return residentsByHousehold.children(position);
  }

  /** The report id of the Posyandu of the household at a position of {@link #households()}. */
  public String posyanduIdOfHouseholdAt(int position) {
    Objects.checkIndex(position, householdPosyandu.length);
    return posyanduIds[householdPosyandu[position]];
  }

  private int checkResident(int position) {
    return Objects.checkIndex(position, residentHousehold.length);
  }

  /** The visits of a resident, oldest first (same-day visits in the order given); empty if none. */
  public List<Visit> visitsOf(String residentId) {
    int r = residentIndex.indexOf(residentId);
    return r < 0 ? List.of() : visitsByResident.view(r, visits);
  }

  /** The pregnancies of a resident, in the order given; empty if none. */
  public List<Pregnancy> pregnanciesOf(String residentId) {
    int r = residentIndex.indexOf(residentId);
    return r < 0 ? List.of() : pregnanciesByResident.view(r, pregnancies);
  }

  /** The residents of a household, in the order given; empty if none. */
  public List<Resident> residentsOf(String householdId) {
    int h = householdIndex.indexOf(householdId);
    return h < 0 ? List.of() : residentsByHousehold.view(h, residents);
  }

  /** The service requests about a resident, in the order given. */
  public List<ServiceRequest> serviceRequestsOfResident(String residentId) {
    int r = residentIndex.indexOf(residentId);
    return r < 0 ? List.of() : requestsByResident.view(r, serviceRequests);
  }

  /** The service requests about a household, in the order given. */
  public List<ServiceRequest> serviceRequestsOfHousehold(String householdId) {
    int h = householdIndex.indexOf(householdId);
    return h < 0 ? List.of() : requestsByHousehold.view(h, serviceRequests);
  }

  /** The kader of a Posyandu, in the order given; empty for a Posyandu not in this population. */
  public List<Kader> kaderOf(PosyanduRegistrationNumber number) {
    Integer p = posyanduIndex.get(number);
    return p == null ? List.of() : kaderByPosyandu.view(p, kader);
  }

  /** The households of a Posyandu, in the order given; empty for a Posyandu not in this population. */
  public List<Household> householdsOf(PosyanduRegistrationNumber number) {
    Integer p = posyanduIndex.get(number);
    return p == null ? List.of() : householdsByPosyandu.view(p, households);
  }

  private int posyanduPosition(PosyanduRegistrationNumber number) {
    Integer p = posyanduIndex.get(number);
    if (p == null) {
      throw new IllegalArgumentException("Posyandu tidak dikenal / unknown Posyandu: " + number);
    }
    return p;
  }

  private int residentPosition(String residentId) {
    int r = residentIndex.indexOf(residentId);
    if (r < 0) {
      throw new IllegalArgumentException("warga tidak dikenal / unknown resident: " + residentId);
    }
    return r;
  }

  /** Equal when every list of records is equal, in order. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Population)) {
      return false;
    }
    Population p = (Population) o;
    return posyandu.equals(p.posyandu) && kader.equals(p.kader)
        && households.equals(p.households) && residents.equals(p.residents)
        && pregnancies.equals(p.pregnancies) && visits.equals(p.visits)
        && serviceRequests.equals(p.serviceRequests);
  }

  @Override
  public int hashCode() {
    return Objects.hash(posyandu, kader, households, residents, pregnancies, visits,
        serviceRequests);
  }

  /** Counts only: no personal data. */
  @Override
  public String toString() {
    return "Population{posyandu=" + posyandu.size() + ", kader=" + kader.size() + ", households="
        + households.size() + ", residents=" + residents.size() + ", pregnancies="
        + pregnancies.size() + ", visits=" + visits.size() + ", serviceRequests="
        + serviceRequests.size() + "}";
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> freeze(List<T> list) {
    return Collections.unmodifiableList(Arrays.asList((T[]) list.toArray()));
  }

  /** Collects records and builds a checked {@link Population}. Not thread-safe. */
  public static final class Builder {
    private final List<Posyandu> posyandu = new ArrayList<>();
    private final List<Kader> kader = new ArrayList<>();
    private final List<Household> households = new ArrayList<>();
    private final List<Resident> residents = new ArrayList<>();
    private final List<Pregnancy> pregnancies = new ArrayList<>();
    private final List<Visit> visits = new ArrayList<>();
    private final List<ServiceRequest> serviceRequests = new ArrayList<>();
    private boolean partition;

    private Builder() {}

    /**
     * Makes this builder build one <b>partition</b> of a larger population (see
     * {@code PopulationPartitions} in posyandu-json, or a distributed engine): the caller has
     * already checked, across the whole population, that ids are unique and that every reference
     * resolves, and has given this partition every record its indexes need (a Posyandu's
     * households, kader and service requests; a household's residents; a resident's visits and
     * pregnancies). The references that may point into another partition are then not checked
     * here: a visit's Posyandu and kader (a visit may be held at a neighbouring Posyandu) and a
     * service request's resident or household when its Posyandu is elsewhere (left unindexed).
     * References the indexes need (a resident's household, a household's or kader's Posyandu, a
     * visit's or pregnancy's resident) are still checked; duplicate ids are the caller's to find
     * (across partitions) and are not reported here.
     */
    public Builder partitionOfLargerPopulation() {
      partition = true;
      return this;
    }

    /** Adds a Posyandu. */
    public Builder addPosyandu(Posyandu value) {
      posyandu.add(Objects.requireNonNull(value, "posyandu"));
      return this;
    }

    /** Adds Posyandu. */
    public Builder addAllPosyandu(Iterable<? extends Posyandu> values) {
      values.forEach(this::addPosyandu);
      return this;
    }

    /** Adds a kader. */
    public Builder addKader(Kader value) {
      kader.add(Objects.requireNonNull(value, "kader"));
      return this;
    }

    /** Adds kader. */
    public Builder addAllKader(Iterable<? extends Kader> values) {
      values.forEach(this::addKader);
      return this;
    }

    /** Adds a household. */
    public Builder addHousehold(Household value) {
      households.add(Objects.requireNonNull(value, "household"));
      return this;
    }

    /** Adds households. */
    public Builder addAllHouseholds(Iterable<? extends Household> values) {
      values.forEach(this::addHousehold);
      return this;
    }

    /** Adds a resident. */
    public Builder addResident(Resident value) {
      residents.add(Objects.requireNonNull(value, "resident"));
      return this;
    }

    /** Adds residents. */
    public Builder addAllResidents(Iterable<? extends Resident> values) {
      values.forEach(this::addResident);
      return this;
    }

    /** Adds a pregnancy. */
    public Builder addPregnancy(Pregnancy value) {
      pregnancies.add(Objects.requireNonNull(value, "pregnancy"));
      return this;
    }

    /** Adds pregnancies. */
    public Builder addAllPregnancies(Iterable<? extends Pregnancy> values) {
      values.forEach(this::addPregnancy);
      return this;
    }

    /** Adds a visit. */
    public Builder addVisit(Visit value) {
      visits.add(Objects.requireNonNull(value, "visit"));
      return this;
    }

    /** Adds visits. */
    public Builder addAllVisits(Iterable<? extends Visit> values) {
      values.forEach(this::addVisit);
      return this;
    }

    /**
     * Adds one record of any type of the population (a Posyandu, kader, household, resident,
     * pregnancy, visit or service request; a {@link ResidentRecords} as its resident, visits and
     * pregnancies): the one place that sorts records read from a mixed source.
     *
     * @throws IllegalArgumentException for a type that is not part of a population
     */
    public Builder addRecord(Object record) {
      if (record instanceof Visit v) {
        return addVisit(v);
      } else if (record instanceof Resident r) {
        return addResident(r);
      } else if (record instanceof Household h) {
        return addHousehold(h);
      } else if (record instanceof Pregnancy p) {
        return addPregnancy(p);
      } else if (record instanceof ServiceRequest q) {
        return addServiceRequest(q);
      } else if (record instanceof Kader k) {
        return addKader(k);
      } else if (record instanceof Posyandu p) {
        return addPosyandu(p);
      } else if (record instanceof ResidentRecords rr) {
        return addResident(rr.resident()).addAllVisits(rr.visits())
            .addAllPregnancies(rr.pregnancies());
      }
      throw new IllegalArgumentException("record type not part of a population: "
          + (record == null ? "null" : record.getClass().getSimpleName()));
    }

    /** Adds a service request. */
    public Builder addServiceRequest(ServiceRequest value) {
      serviceRequests.add(Objects.requireNonNull(value, "serviceRequest"));
      return this;
    }

    /** Adds service requests. */
    public Builder addAllServiceRequests(Iterable<? extends ServiceRequest> values) {
      values.forEach(this::addServiceRequest);
      return this;
    }

    /**
     * Every referential problem of the records added so far (unknown references, duplicate ids),
     * in the order the records were added: Posyandu, kader, households, residents, pregnancies,
     * visits, service requests. Empty when {@link #build()} would succeed.
     */
    public List<PopulationProblem> problems() {
      return new Checked(this).problems;
    }

    /**
     * The population.
     *
     * @throws PopulationException listing every problem of {@link #problems()}, if any
     */
    public Population build() {
      Checked c = new Checked(this);
      if (!c.problems.isEmpty()) {
        throw new PopulationException(c.problems);
      }
      return new Population(this, c);
    }
  }

  /** The resolved references of a builder's records, and the problems found resolving them. */
  private static final class Checked {
    final List<PopulationProblem> problems = new ArrayList<>();
    final Map<PosyanduRegistrationNumber, Integer> posyanduIndex;
    final String[] posyanduIds;
    final IdIndex<Household> householdIndex;
    final IdIndex<Resident> residentIndex;
    final IdIndex<Kader> kaderIndex;
    final int[] kaderPosyandu;
    final int[] householdPosyandu;
    final int[] residentHousehold;
    final int[] pregnancyResident;
    final int[] visitResident;
    final int[] requestResident;
    final int[] requestHousehold;
    private final boolean partition;

    Checked(Builder b) {
      partition = b.partition;
      Map<PosyanduRegistrationNumber, Integer> pi = new HashMap<>();
      posyanduIds = new String[b.posyandu.size()];
      for (int i = 0; i < b.posyandu.size(); i++) {
        PosyanduRegistrationNumber n = b.posyandu.get(i).registrationNumber();
        posyanduIds[i] = n.plain();
        if (pi.putIfAbsent(n, i) != null) {
          problems.add(new PopulationProblem(PopulationProblem.Kind.DUPLICATE_ID, "Posyandu",
              n.dotted(), n.dotted()));
        }
      }
      posyanduIndex = Collections.unmodifiableMap(pi);

      kaderIndex = indexed(b.kader, Kader::id, "Kader");
      kaderPosyandu = new int[b.kader.size()];
      for (int i = 0; i < kaderPosyandu.length; i++) {
        Kader k = b.kader.get(i);
        kaderPosyandu[i] = posyanduRef(k.posyandu(), "Kader", k.id());
      }

      householdIndex = indexed(b.households, Household::id, "Household");
      householdPosyandu = new int[b.households.size()];
      for (int i = 0; i < householdPosyandu.length; i++) {
        Household h = b.households.get(i);
        householdPosyandu[i] = posyanduRef(h.posyandu(), "Household", h.id());
      }

      residentIndex = indexed(b.residents, Resident::id, "Resident");
      residentHousehold = new int[b.residents.size()];
      for (int i = 0; i < residentHousehold.length; i++) {
        Resident r = b.residents.get(i);
        residentHousehold[i] = ref(householdIndex, r.householdId(),
            PopulationProblem.Kind.UNKNOWN_HOUSEHOLD, "Resident", r.id());
      }

      indexed(b.pregnancies, Pregnancy::id, "Pregnancy");
      pregnancyResident = new int[b.pregnancies.size()];
      for (int i = 0; i < pregnancyResident.length; i++) {
        Pregnancy p = b.pregnancies.get(i);
        pregnancyResident[i] = ref(residentIndex, p.residentId(),
            PopulationProblem.Kind.UNKNOWN_RESIDENT, "Pregnancy", p.id());
      }

      indexed(b.visits, Visit::id, "Visit");
      visitResident = new int[b.visits.size()];
      for (int i = 0; i < visitResident.length; i++) {
        Visit v = b.visits.get(i);
        visitResident[i] = ref(residentIndex, v.residentId(),
            PopulationProblem.Kind.UNKNOWN_RESIDENT, "Visit", v.id());
        if (!b.partition) {
          posyanduRef(v.posyandu(), "Visit", v.id());
          ref(kaderIndex, v.kaderId(), PopulationProblem.Kind.UNKNOWN_KADER, "Visit", v.id());
        }
      }

      indexed(b.serviceRequests, ServiceRequest::id, "ServiceRequest");
      requestResident = new int[b.serviceRequests.size()];
      requestHousehold = new int[b.serviceRequests.size()];
      for (int i = 0; i < requestResident.length; i++) {
        ServiceRequest s = b.serviceRequests.get(i);
        posyanduRef(s.posyandu(), "ServiceRequest", s.id());
        if (b.partition) {
          requestResident[i] = s.residentId().map(residentIndex::indexOf).orElse(-1);
          requestHousehold[i] = s.householdId().map(householdIndex::indexOf).orElse(-1);
          continue;
        }
        requestResident[i] = s.residentId().map(id -> ref(residentIndex, id,
            PopulationProblem.Kind.UNKNOWN_RESIDENT, "ServiceRequest", s.id())).orElse(-1);
        requestHousehold[i] = s.householdId().map(id -> ref(householdIndex, id,
            PopulationProblem.Kind.UNKNOWN_HOUSEHOLD, "ServiceRequest", s.id())).orElse(-1);
      }
    }

    private <T> IdIndex<T> indexed(List<T> items, Function<T, String> idOf, String type) {
      IdIndex<T> index = new IdIndex<>(items, idOf);
      if (partition) {
        return index;
      }
      for (int d : index.duplicates()) {
        String id = idOf.apply(items.get(d));
        problems.add(new PopulationProblem(PopulationProblem.Kind.DUPLICATE_ID, type, id, id));
      }
      return index;
    }

    private int posyanduRef(PosyanduRegistrationNumber n, String type, String id) {
      Integer p = posyanduIndex.get(n);
      if (p == null) {
        problems.add(new PopulationProblem(PopulationProblem.Kind.UNKNOWN_POSYANDU, type, id,
            n.dotted()));
        return -1;
      }
      return p;
    }

    private int ref(IdIndex<?> index, String target, PopulationProblem.Kind kind, String type,
        String id) {
      int i = index.indexOf(target);
      if (i < 0) {
        problems.add(new PopulationProblem(kind, type, id, target));
      }
      return i;
    }
  }
}
