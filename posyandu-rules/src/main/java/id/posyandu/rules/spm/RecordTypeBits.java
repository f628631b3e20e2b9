package id.posyandu.rules.spm;

import java.util.ArrayList;
import java.util.List;

/**
 * One bit per concrete service-record class seen, so a subject can say in one AND whether its visits
 * can hold a record of a type at all: most criteria ask for a type most residents never had (a
 * neglect assessment, a school enrolment), and the answer "none" then costs no scan of the visits.
 * Classes beyond the 62nd share bit 62, which every query mask includes, so the test stays
 * conservative (a set bit means "scan", never "found"); bit 63 is left to the callers (a subject
 * marks its mask as computed with it).
 */
final class RecordTypeBits {

  /** The bit shared by every class beyond the first 62: always part of a query mask. */
  static final long OVERFLOW = 1L << 62;

  /** A bit no class or query mask uses, free for the callers. */
  static final long UNUSED = 1L << 63;

  private static final List<Class<?>> REGISTERED = new ArrayList<>();
  private static volatile int version;

  private static final ClassValue<Long> BIT = new ClassValue<>() {
    @Override
    protected Long computeValue(Class<?> type) {
      return register(type);
    }
  };

  /** A query type's mask with the registry version it was computed at, replaced as one value. */
  private record Computed(int version, long mask) {}

  /** The latest {@link Computed} of a query type (null until first asked). */
  private static final class Query {
    volatile Computed computed;
  }

  private static final ClassValue<Query> QUERY = new ClassValue<>() {
    @Override
    protected Query computeValue(Class<?> type) {
      return new Query();
    }
  };

  private RecordTypeBits() {}

  private static synchronized long register(Class<?> type) {
    int i = REGISTERED.size();
    if (i >= 62) {
      return OVERFLOW;
    }
    REGISTERED.add(type);
    version++;
    return 1L << i;
  }

  /** The bit of a record's concrete class. */
  static long bit(Class<?> recordClass) {
    return BIT.get(recordClass);
  }

  /**
   * The bits of every registered class whose instances are instances of {@code query}, plus
   * {@link #OVERFLOW}. Classes registered after this call are covered by the next call (a subject
   * registers its classes before it asks).
   */
  static long mask(Class<?> query) {
    Query q = QUERY.get(query);
    Computed c = q.computed;
    if (c != null && c.version() == version) {
      return c.mask();
    }
    synchronized (RecordTypeBits.class) {
      long m = OVERFLOW;
      for (int i = 0; i < REGISTERED.size(); i++) {
        if (query.isAssignableFrom(REGISTERED.get(i))) {
          m |= 1L << i;
        }
      }
      q.computed = new Computed(version, m);
      return m;
    }
  }
}
