package id.posyandu.rules.spm;

import id.posyandu.core.Sex;
import id.posyandu.core.code.KodeWilayah;
import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.core.model.Address;
import id.posyandu.core.model.Household;
import id.posyandu.core.model.Pregnancy;
import id.posyandu.core.model.PregnancyOutcome;
import id.posyandu.core.model.RelationToHead;
import id.posyandu.core.model.Resident;
import id.posyandu.core.model.ServiceRequest;
import id.posyandu.core.record.ServiceRecord;
import id.posyandu.core.record.Visit;
import id.posyandu.core.record.VisitSetting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A hand-built population for tests: households, residents, visits, pregnancies, requests. */
final class World {

  static final PosyanduRegistrationNumber P1 = PosyanduRegistrationNumber.parse("31.74.01.1001.001");
  static final PosyanduRegistrationNumber P2 = PosyanduRegistrationNumber.parse("31.74.01.1002.001");

  final Map<String, Household> households = new LinkedHashMap<>();
  final Map<String, Resident> residents = new LinkedHashMap<>();
  final List<Visit> visits = new ArrayList<>();
  final List<Pregnancy> pregnancies = new ArrayList<>();
  final List<ServiceRequest> requests = new ArrayList<>();
  private int visitCounter;

  Household household(String id, PosyanduRegistrationNumber posyandu) {
    Household h = Household.builder().id(id).posyandu(posyandu)
        .address(Address.builder().rt("001").rw("002").kodeDesa(posyandu.desa()).build()).build();
    households.put(id, h);
    return h;
  }

  Resident resident(String id, Sex sex, LocalDate birth, String householdId) {
    Resident r = Resident.builder().id(id).name("Warga " + id).sex(sex).birthDate(birth)
        .householdId(householdId).relationToHead(RelationToHead.ANAK).build();
    residents.put(id, r);
    return r;
  }

  /** A resident in a new household of P1. */
  Resident child(String id, Sex sex, LocalDate birth) {
    household("h-" + id, P1);
    return resident(id, sex, birth, "h-" + id);
  }

  Visit visit(String residentId, LocalDate date, ServiceRecord... records) {
    Resident r = residents.get(residentId);
    PosyanduRegistrationNumber p = households.get(r.householdId()).posyandu();
    Visit v = Visit.builder().id("v" + ++visitCounter).residentId(residentId).date(date)
        .posyandu(p).setting(VisitSetting.POSYANDU_SESSION).kaderId("k1")
        .addRecords(records).build();
    visits.add(v);
    return v;
  }

  Pregnancy pregnancy(String id, String residentId, LocalDate lmp, LocalDate outcomeDate) {
    Pregnancy.Builder b = Pregnancy.builder().id(id).residentId(residentId).lastMenstrualPeriod(lmp);
    if (outcomeDate != null) {
      b.outcome(PregnancyOutcome.LIVE_BIRTH).outcomeDate(outcomeDate);
    }
    Pregnancy p = b.build();
    pregnancies.add(p);
    return p;
  }

  ServiceRequest request(ServiceRequest r) {
    requests.add(r);
    return r;
  }

  Map<String, KodeWilayah> posyanduDesa() {
    Map<String, KodeWilayah> m = new HashMap<>();
    for (Household h : households.values()) {
      m.put(h.posyandu().plain(), h.posyandu().desa());
    }
    return m;
  }

  SpmSubjects subjects() {
    Map<String, List<Visit>> byResident = new HashMap<>();
    for (Visit v : visits) {
      byResident.computeIfAbsent(v.residentId(), k -> new ArrayList<>()).add(v);
    }
    Map<String, List<Pregnancy>> pregByResident = new HashMap<>();
    for (Pregnancy p : pregnancies) {
      pregByResident.computeIfAbsent(p.residentId(), k -> new ArrayList<>()).add(p);
    }
    Map<String, ResidentSubject> rs = new LinkedHashMap<>();
    Map<String, List<ResidentSubject>> members = new HashMap<>();
    for (Resident r : residents.values()) {
      Household h = households.get(r.householdId());
      ResidentSubject s = ResidentSubject.of(r, byResident.getOrDefault(r.id(), List.of()),
          pregByResident.getOrDefault(r.id(), List.of()), Optional.of(h), h.posyandu().plain());
      rs.put(r.id(), s);
      members.computeIfAbsent(h.id(), k -> new ArrayList<>()).add(s);
    }
    List<HouseholdSubject> hs = new ArrayList<>();
    for (Household h : households.values()) {
      hs.add(HouseholdSubject.of(h, members.getOrDefault(h.id(), List.of()), h.posyandu().plain()));
    }
    List<PregnancySubject> ps = new ArrayList<>();
    for (Pregnancy p : pregnancies) {
      ps.add(PregnancySubject.of(p, rs.get(p.residentId())));
    }
    List<ServiceRequestSubject> qs = requests.stream().map(ServiceRequestSubject::of).toList();
    return SpmSubjects.of(List.copyOf(rs.values()), hs, ps, qs);
  }

  ResidentSubject residentSubject(String id) {
    return subjects().residents().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }
}
