package id.posyandu.rules.spm;

import id.posyandu.rules.indicator.SubjectType;
import id.posyandu.rules.indicator.Subjects;
import java.util.List;
import java.util.Objects;

/**
 * The subject views of a population, one list per subject type, as the six-SPM indicators count
 * them: what {@link SixSpm#subjects} builds and every {@link SixSpm} method takes.
 *
 * <p>Two kinds: {@link #of} holds lists of views the caller built; {@link SixSpm#subjects} gives
 * lists whose resident and household views are made on demand from the population's indexes each
 * time an element is read (a view is a few references, so nothing per resident stays in memory
 * between evaluations). Either way the lists are immutable and support random access, so the
 * engine can split them across threads ({@link SixSpm#inParallel()}).
 */
public final class SpmSubjects {

  private final List<ResidentSubject> residents;
  private final List<HouseholdSubject> households;
  private final List<PregnancySubject> pregnancies;
  private final List<ServiceRequestSubject> requests;

  SpmSubjects(List<ResidentSubject> residents, List<HouseholdSubject> households,
      List<PregnancySubject> pregnancies, List<ServiceRequestSubject> requests, boolean copy) {
    this.residents = copy ? List.copyOf(residents) : Objects.requireNonNull(residents);
    this.households = copy ? List.copyOf(households) : Objects.requireNonNull(households);
    this.pregnancies = copy ? List.copyOf(pregnancies) : Objects.requireNonNull(pregnancies);
    this.requests = copy ? List.copyOf(requests) : Objects.requireNonNull(requests);
  }

  /**
   * Subject views built by the caller (copied).
   *
   * @param residents one view per resident
   * @param households one view per household
   * @param pregnancies one view per pregnancy
   * @param requests one view per service request
   */
  public static SpmSubjects of(List<ResidentSubject> residents, List<HouseholdSubject> households,
      List<PregnancySubject> pregnancies, List<ServiceRequestSubject> requests) {
    return new SpmSubjects(residents, households, pregnancies, requests, true);
  }

  /** One view per resident. */
  public List<ResidentSubject> residents() {
    return residents;
  }

  /** One view per household. */
  public List<HouseholdSubject> households() {
    return households;
  }

  /** One view per pregnancy. */
  public List<PregnancySubject> pregnancies() {
    return pregnancies;
  }

  /** One view per service request. */
  public List<ServiceRequestSubject> requests() {
    return requests;
  }

  /** The resident group the engine takes. */
  public Subjects<ResidentSubject> residentGroup() {
    return new Subjects<>(SubjectType.RESIDENT, residents, ResidentSubject::id,
        ResidentSubject::posyanduId);
  }

  /** The household group the engine takes. */
  public Subjects<HouseholdSubject> householdGroup() {
    return new Subjects<>(SubjectType.HOUSEHOLD, households, HouseholdSubject::id,
        HouseholdSubject::posyanduId);
  }

  /** The pregnancy group the engine takes. */
  public Subjects<PregnancySubject> pregnancyGroup() {
    return new Subjects<>(SubjectType.PREGNANCY, pregnancies, PregnancySubject::id,
        PregnancySubject::posyanduId);
  }

  /** The service-request group the engine takes. */
  public Subjects<ServiceRequestSubject> requestGroup() {
    return new Subjects<>(SubjectType.SERVICE_REQUEST, requests, ServiceRequestSubject::id,
        ServiceRequestSubject::posyanduId);
  }

  /** All four groups. */
  public List<Subjects<?>> groups() {
    return List.of(residentGroup(), householdGroup(), pregnancyGroup(), requestGroup());
  }

  /**
   * The group of a subject type.
   *
   * @throws IllegalArgumentException for {@link SubjectType#POSYANDU}, which has no subject views
   */
  public Subjects<?> group(SubjectType type) {
    return switch (type) {
      case RESIDENT -> residentGroup();
      case HOUSEHOLD -> householdGroup();
      case PREGNANCY -> pregnancyGroup();
      case SERVICE_REQUEST -> requestGroup();
      case POSYANDU -> throw new IllegalArgumentException(
          "six-SPM catalog has no Posyandu-level subjects");
    };
  }

  @Override
  public String toString() {
    return "SpmSubjects[residents=" + residents.size() + ", households=" + households.size()
        + ", pregnancies=" + pregnancies.size() + ", requests=" + requests.size() + "]";
  }
}
