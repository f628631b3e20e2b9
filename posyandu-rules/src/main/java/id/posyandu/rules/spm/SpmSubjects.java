package id.posyandu.rules.spm;

import id.posyandu.rules.indicator.SubjectType;
import id.posyandu.rules.indicator.Subjects;
import java.util.List;

/**
 * The subject views of a population, one list per subject type, as the six-SPM indicators count
 * them: what {@link SixSpm#subjects} builds and every {@link SixSpm} method takes.
 *
 * @param residents one view per resident
 * @param households one view per household
 * @param pregnancies one view per pregnancy
 * @param requests one view per service request
 */
public record SpmSubjects(List<ResidentSubject> residents, List<HouseholdSubject> households,
    List<PregnancySubject> pregnancies, List<ServiceRequestSubject> requests) {

  /** Copies the lists. */
  public SpmSubjects {
    residents = List.copyOf(residents);
    households = List.copyOf(households);
    pregnancies = List.copyOf(pregnancies);
    requests = List.copyOf(requests);
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
}
