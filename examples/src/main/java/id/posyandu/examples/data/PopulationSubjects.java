package id.posyandu.examples.data;

import id.posyandu.core.model.Household;
import id.posyandu.core.model.Pregnancy;
import id.posyandu.core.model.Resident;
import id.posyandu.core.model.ServiceRequest;
import id.posyandu.rules.population.Population;
import id.posyandu.rules.spm.HouseholdSubject;
import id.posyandu.rules.spm.PregnancySubject;
import id.posyandu.rules.spm.ResidentSubject;
import id.posyandu.rules.spm.ServiceRequestSubject;
import id.posyandu.rules.spm.SpmSubjects;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The six-SPM subject views ({@link SpmSubjects}) of a {@link Population}: one view per resident
 * (with their visits, oldest first, and pregnancies; Posyandu through the household), per household
 * (with its members), per pregnancy (with the mother's view) and per service request. Uses the
 * population's indexes, so it is linear in the number of records.
 */
public final class PopulationSubjects {

  private PopulationSubjects() {}

  /** The subject views of {@code population}. */
  public static SpmSubjects of(Population population) {
    List<Resident> residents = population.residents();
    List<ResidentSubject> rs = new ArrayList<>(residents.size());
    Map<String, ResidentSubject> byId = new HashMap<>(residents.size() * 2);
    for (Resident r : residents) {
      ResidentSubject s = ResidentSubject.of(r, population.visitsOf(r.id()),
          population.pregnanciesOf(r.id()), population.householdOf(r.id()),
          population.posyanduIdOfResident(r.id()));
      rs.add(s);
      byId.put(r.id(), s);
    }
    List<HouseholdSubject> hs = new ArrayList<>(population.households().size());
    for (Household h : population.households()) {
      List<Resident> members = population.residentsOf(h.id());
      List<ResidentSubject> views = new ArrayList<>(members.size());
      for (Resident m : members) {
        views.add(byId.get(m.id()));
      }
      hs.add(HouseholdSubject.of(h, views, population.posyanduIdOfHousehold(h.id())));
    }
    List<PregnancySubject> ps = new ArrayList<>(population.pregnancies().size());
    for (Pregnancy p : population.pregnancies()) {
      ps.add(PregnancySubject.of(p, byId.get(p.residentId())));
    }
    List<ServiceRequestSubject> qs = new ArrayList<>(population.serviceRequests().size());
    for (ServiceRequest q : population.serviceRequests()) {
      qs.add(ServiceRequestSubject.of(q));
    }
    return new SpmSubjects(rs, hs, ps, qs);
  }
}
