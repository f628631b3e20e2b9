package id.posyandu.spark;

import id.posyandu.rules.population.PopulationProblem;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.broadcast.Broadcast;

/**
 * The joins of the job, one key's records at a time (the records of one household id, of one
 * resident id, of one record id): the same decisions as {@code PopulationPartitions}' spill
 * buckets, on the groups Spark's shuffle brings together.
 */
final class Joins implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Problems of the household join sort after those found while scanning the same line. */
  private static final int HOUSEHOLDS = 100;
  private static final int RESIDENTS = 200;

  private final Broadcast<Set<String>> posyandu;
  private final Broadcast<Set<String>> kader;

  Joins(Broadcast<Set<String>> posyandu, Broadcast<Set<String>> kader) {
    this.posyandu = posyandu;
    this.kader = kader;
  }

  /** Residents and service requests of one household id find the household's Posyandu. */
  List<Item> households(Iterable<Item> group) {
    List<Item> keys = new ArrayList<>();
    List<Item> rest = new ArrayList<>();
    for (Item i : group) {
      (i.tag == Item.HKEY ? keys : rest).add(i);
    }
    List<Item> out = new ArrayList<>(duplicates(keys, i -> "Household", HOUSEHOLDS));
    String p = keys.isEmpty() ? null : first(keys).b;
    for (Item e : rest) {
      String household = e.a;
      String id = e.b;
      if (e.tag == Item.RESIDENT) {
        if (p == null) {
          reference(out, e, HOUSEHOLDS, new PopulationProblem(
              PopulationProblem.Kind.UNKNOWN_HOUSEHOLD, "Resident", id, household));
          orphan(out, e);
        } else {
          out.add(Item.of(Item.PART, e.file, e.line, p, null, null, null, e.bytes));
          out.add(Item.of(Item.RKEY, e.file, e.line, id, p, null, null, null));
        }
      } else {
        if (p == null) {
          reference(out, e, HOUSEHOLDS, new PopulationProblem(
              PopulationProblem.Kind.UNKNOWN_HOUSEHOLD, "ServiceRequest", id, household));
          orphan(out, e);
        } else if (e.d != null) {
          // about a resident too: the resident is checked with the residents
          out.add(Item.of(Item.REQUEST_R, e.file, e.line, e.d, id, e.c, p, e.bytes));
        } else {
          requestTo(out, e, id, e.c, p, HOUSEHOLDS);
        }
      }
    }
    return out;
  }

  /** Visits, pregnancies and service requests of one resident id find the resident's Posyandu. */
  List<Item> residents(Iterable<Item> group) {
    List<Item> keys = new ArrayList<>();
    List<Item> rest = new ArrayList<>();
    for (Item i : group) {
      (i.tag == Item.RKEY ? keys : rest).add(i);
    }
    List<Item> out = new ArrayList<>(duplicates(keys, i -> "Resident", RESIDENTS));
    String p = keys.isEmpty() ? null : first(keys).b;
    for (Item e : rest) {
      String resident = e.a;
      String id = e.b;
      switch (e.tag) {
        case Item.VISIT -> {
          int sub = RESIDENTS;
          boolean ok = true;
          if (p == null) {
            reference(out, e, sub++, new PopulationProblem(
                PopulationProblem.Kind.UNKNOWN_RESIDENT, "Visit", id, resident));
            ok = false;
          }
          if (!posyandu.value().contains(e.c)) {
            reference(out, e, sub++, new PopulationProblem(
                PopulationProblem.Kind.UNKNOWN_POSYANDU, "Visit", id, SparkPartitions.dotted(e.c)));
            ok = false;
          }
          if (!kader.value().contains(e.d)) {
            reference(out, e, sub, new PopulationProblem(
                PopulationProblem.Kind.UNKNOWN_KADER, "Visit", id, e.d));
            ok = false;
          }
          if (ok) {
            out.add(Item.of(Item.PART, e.file, e.line, p, null, null, null, e.bytes));
          } else {
            orphan(out, e);
          }
        }
        case Item.PREGNANCY -> {
          if (p == null) {
            reference(out, e, RESIDENTS, new PopulationProblem(
                PopulationProblem.Kind.UNKNOWN_RESIDENT, "Pregnancy", id, resident));
            orphan(out, e);
          } else {
            out.add(Item.of(Item.PART, e.file, e.line, p, null, null, null, e.bytes));
          }
        }
        default -> {  // a service request
          String target = e.d;
          if (resident != null) {
            if (p == null) {
              reference(out, e, RESIDENTS, new PopulationProblem(
                  PopulationProblem.Kind.UNKNOWN_RESIDENT, "ServiceRequest", id, resident));
              orphan(out, e);
              continue;
            }
            if (target == null) {
              target = p;
            }
          }
          requestTo(out, e, id, e.c, target == null ? e.c : target, RESIDENTS);
        }
      }
    }
    return out;
  }

  /** Sends a service request to its partition once its own Posyandu is known to exist. */
  private void requestTo(List<Item> out, Item e, String id, String own, String partitionOf,
      int sub) {
    if (!posyandu.value().contains(own)) {
      reference(out, e, sub, new PopulationProblem(PopulationProblem.Kind.UNKNOWN_POSYANDU,
          "ServiceRequest", id, SparkPartitions.dotted(own)));
      orphan(out, e);
      return;
    }
    out.add(Item.of(Item.PART, e.file, e.line, partitionOf, null, own, null, e.bytes));
  }

  /**
   * The occurrences of one id after the first in input order (file, then line), each a
   * {@code DUPLICATE_ID} problem of its own line; the id is {@code a} of a key, {@code b} of an
   * {@link Item#ID}.
   */
  static List<Item> duplicates(Iterable<Item> group, Function<Item, String> type, int sub) {
    List<Item> all = new ArrayList<>();
    group.forEach(all::add);
    List<Item> out = new ArrayList<>();
    if (all.size() < 2) {
      return out;
    }
    all.sort(Item.PLACE);
    for (Item i : all.subList(1, all.size())) {
      String id = i.tag == Item.ID ? i.b : i.a;
      reference(out, i, sub, new PopulationProblem(PopulationProblem.Kind.DUPLICATE_ID,
          type.apply(i), id, id));
    }
    return out;
  }

  private static Item first(List<Item> keys) {
    Item f = keys.get(0);
    for (Item i : keys) {
      if (Item.PLACE.compare(i, f) < 0) {
        f = i;
      }
    }
    return f;
  }

  private static void reference(List<Item> out, Item e, int sub, PopulationProblem p) {
    out.add(Item.problem(Problem.reference(e.file, e.line, sub, p)));
  }

  private static void orphan(List<Item> out, Item e) {
    out.add(Item.of(Item.ORPHAN, e.file, e.line, null, null, null, null, e.bytes));
  }
}
