package id.posyandu.core.testing;

import id.posyandu.core.model.Household;
import id.posyandu.core.model.Kader;
import id.posyandu.core.model.Posyandu;
import id.posyandu.core.model.ServiceRequest;
import id.posyandu.core.record.ResidentRecords;
import id.posyandu.core.record.ServiceRecord;
import id.posyandu.core.record.Visit;
import id.posyandu.core.validation.PlausibleRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Seeded generators of invalid instances of every model and record type: valid instances of
 * {@link ValidInstances} with some constrained attributes broken (a blank or too long string, a
 * value out of its plausible range, a date after the as-of date, a list of the wrong size, a broken
 * nested record), found by reflection on the constraints of each abstract accessor and set through
 * the generated {@code withX} copy methods. Breaking one attribute may also break a class-level
 * constraint; the point is to exercise the validators on many kinds of invalid records, nested ones
 * included.
 */
public final class InvalidInstances {

  private final Random r;
  private final LocalDate asOf;
  private final ValidInstances valid;

  public InvalidInstances(long seed, LocalDate asOf) {
    this.r = new Random(seed);
    this.asOf = asOf;
    this.valid = new ValidInstances(seed, asOf);
  }

  /** Every service record type, each with one to three attributes broken when it has any. */
  public List<ServiceRecord> everyRecord() {
    List<ServiceRecord> out = new ArrayList<>();
    for (ServiceRecord s : valid.everyRecord()) {
      out.add(breakSome(s));
    }
    return out;
  }

  /** A resident with visits and pregnancies, with broken records nested at every depth. */
  public ResidentRecords residentRecords() {
    ResidentRecords good = valid.residentRecords();
    List<Visit> visits = new ArrayList<>();
    for (Visit v : good.visits()) {
      List<ServiceRecord> records = new ArrayList<>();
      for (ServiceRecord s : v.records()) {
        records.add(r.nextInt(3) == 0 ? breakSome(s) : s);
      }
      Visit nested = Visit.builder().from(v).records(records).build();
      visits.add(r.nextBoolean() ? breakSome(nested) : nested);
    }
    visits.add(Visit.builder().from(good.visits().get(0)).id("kunjungan-2")
        .records(everyRecord()).build());
    ResidentRecords out = ResidentRecords.builder().from(good).visits(visits).build();
    return r.nextBoolean() ? breakSome(out) : out;
  }

  public ServiceRequest serviceRequest() {
    return breakSome(valid.serviceRequest());
  }

  public Posyandu posyandu() {
    return breakSome(valid.posyandu());
  }

  public Kader kader() {
    return breakSome(valid.kader());
  }

  public Household household() {
    return breakSome(valid.household());
  }

  /** A visit holding one broken record of every type. */
  public Visit visit() {
    return Visit.builder().from(valid.residentRecords().visits().get(0)).records(everyRecord())
        .build();
  }

  /** A copy of {@code value} with one to three of its constrained attributes broken. */
  public <T> T breakSome(T value) {
    List<Method> constrained = constrainedAccessors(value.getClass().getSuperclass());
    if (constrained.isEmpty()) {
      return value;
    }
    T out = value;
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      out = breakOne(out, constrained.get(r.nextInt(constrained.size())));
    }
    return out;
  }

  private static List<Method> constrainedAccessors(Class<?> type) {
    List<Method> out = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0
          && !constraints(m).isEmpty()) {
        out.add(m);
      }
    }
    out.sort((a, b) -> a.getName().compareTo(b.getName()));
    return out;
  }

  /** The constraints of an accessor: on the method and on the type arguments of its type. */
  static List<Annotation> constraints(Method m) {
    List<Annotation> out = new ArrayList<>(List.of(m.getAnnotations()));
    AnnotatedType t = m.getAnnotatedReturnType();
    if (t instanceof AnnotatedParameterizedType) {
      for (AnnotatedType arg : ((AnnotatedParameterizedType) t).getAnnotatedActualTypeArguments()) {
        out.addAll(List.of(arg.getAnnotations()));
      }
    }
    out.removeIf(a -> !(a instanceof NotBlank || a instanceof Size || a instanceof Pattern
        || a instanceof PastOrPresent || a instanceof PlausibleRange || a instanceof NotEmpty
        || a instanceof Valid));
    return out;
  }

  @SuppressWarnings("unchecked")
  private <T> T breakOne(T value, Method accessor) {
    try {
      Object current = accessor.invoke(value);
      Annotation c = constraints(accessor).get(r.nextInt(constraints(accessor).size()));
      Object bad = badValue(current, c);
      if (bad == null) {
        return value;
      }
      return (T) with(value, accessor.getName(), bad);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(accessor.toString(), e);
    }
  }

  private Object badValue(Object current, Annotation c) {
    if (c instanceof Valid) {
      if (current instanceof Optional) {
        return ((Optional<?>) current).map(this::breakSome).orElse(null);
      }
      if (current instanceof Collection) {
        List<Object> out = new ArrayList<>();
        for (Object o : (Collection<?>) current) {
          out.add(r.nextBoolean() ? breakSome(o) : o);
        }
        return out;
      }
      return breakSome(current);
    }
    if (c instanceof NotBlank) {
      return r.nextBoolean() ? "" : "  ";
    }
    if (c instanceof Pattern) {
      return "12a4";
    }
    if (c instanceof PastOrPresent) {
      return asOf.plusDays(1 + r.nextInt(400));
    }
    if (c instanceof Size || c instanceof NotEmpty) {
      int min = c instanceof Size ? ((Size) c).min() : 1;
      int max = c instanceof Size ? ((Size) c).max() : Integer.MAX_VALUE;
      boolean tooShort = min > 0 && (max == Integer.MAX_VALUE || r.nextBoolean());
      if (current instanceof Collection || current instanceof List) {
        List<Object> items = new ArrayList<>((Collection<?>) current);
        if (tooShort) {
          return items.subList(0, Math.min(items.size(), min - 1));
        }
        while (items.size() <= max && !items.isEmpty()) {
          items.add(items.get(0));
        }
        return items;
      }
      if (tooShort) {
        return "x".repeat(min - 1);
      }
      return max == Integer.MAX_VALUE ? null : "x".repeat(max + 1 + r.nextInt(3));
    }
    if (c instanceof PlausibleRange) {
      PlausibleRange p = (PlausibleRange) c;
      double lo = Double.parseDouble(p.min());
      double hi = Double.parseDouble(p.max());
      double bad = r.nextBoolean() ? hi + 1 + r.nextInt(1000) : lo - 1 - r.nextInt(5);
      if (current instanceof OptionalDouble || current instanceof Double) {
        return r.nextInt(10) == 0 ? Double.NaN : bad;
      }
      if (current instanceof List) {
        List<Object> items = new ArrayList<>((List<?>) current);
        if (items.isEmpty()) {
          return null;
        }
        items.set(r.nextInt(items.size()), (int) bad);
        return items;
      }
      if (current instanceof OptionalInt || current instanceof Integer) {
        return (int) bad;
      }
      if (current instanceof Long) {
        return (long) bad;
      }
    }
    return null;
  }

  /** Calls the generated {@code withX} copy method that takes {@code bad}. */
  private static Object with(Object value, String attribute, Object bad)
      throws ReflectiveOperationException {
    String name = "with" + Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
    for (Method m : value.getClass().getMethods()) {
      if (!m.getName().equals(name) || m.getParameterCount() != 1) {
        continue;
      }
      Class<?> p = m.getParameterTypes()[0];
      Object arg = bad;
      if (bad instanceof List && p.isArray()) {
        continue;
      }
      if (!(bad instanceof List) && Iterable.class.isAssignableFrom(p)) {
        continue;
      }
      if (p == Optional.class || p == OptionalDouble.class || p == OptionalInt.class) {
        continue;
      }
      if (p.isPrimitive() ? !boxed(p).isInstance(arg) : !p.isInstance(arg)) {
        continue;
      }
      try {
        m.setAccessible(true);
        return m.invoke(value, arg);
      } catch (InvocationTargetException e) {
        return value; // the builder itself refuses it (e.g. a null element); keep the value
      }
    }
    return value;
  }

  private static Class<?> boxed(Class<?> p) {
    if (p == int.class) {
      return Integer.class;
    }
    if (p == double.class) {
      return Double.class;
    }
    if (p == long.class) {
      return Long.class;
    }
    if (p == boolean.class) {
      return Boolean.class;
    }
    return p;
  }
}
