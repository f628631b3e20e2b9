package id.posyandu.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.GroupSequence;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A quick proof that an object has no violation, built from the validator's own metadata
 * ({@link Validator#getConstraintsForClass}, so it follows wherever the constraints are declared)
 * and running the same constraint validators, without Hibernate Validator's per-call machinery
 * (contexts, property paths, processed-bean tracking, value extractors, message interpolation).
 *
 * <p>It answers only "certainly valid": whenever a constraint fails, a validator throws, or the
 * metadata uses a feature this check does not model (groups other than {@link Default}, group
 * sequences and conversions, nested container elements, constraints it does not know), it answers
 * {@code false} and {@link PosyanduValidator} asks Hibernate Validator, whose violations are then
 * reported as before. So the violations are the same with and without this check; only valid
 * objects (almost all of them in bulk reading) go faster.
 */
final class QuickCheck {

  private static final int MAX_DEPTH = 32;
  private static final Check FAIL = (v, t, d) -> false;
  private static final Map<Class<? extends Annotation>, List<ServiceValidator>> SERVICES =
      loadServices();

  /** Plans by runtime class, shared by every as-of date (the metadata does not depend on it). */
  private static final Map<Class<?>, Check> PLANS = new ConcurrentHashMap<>();
  private static volatile Validator metadata;

  private final LocalDate asOf;

  QuickCheck(Validator validator, LocalDate asOf) {
    if (metadata == null) {
      metadata = validator;
    }
    this.asOf = asOf;
  }

  /** Whether {@code bean} certainly has no violation. */
  boolean certainlyValid(Object bean) {
    try {
      return bean(bean, asOf, 0);
    } catch (RuntimeException | LinkageError e) {
      return false; // Hibernate Validator decides (and reports what went wrong)
    }
  }

  private static boolean bean(Object bean, LocalDate asOf, int depth) {
    if (depth > MAX_DEPTH) {
      return false;
    }
    Class<?> c = bean.getClass();
    Check plan = PLANS.get(c);
    if (plan == null) {
      plan = plan(c);
      PLANS.put(c, plan);
    }
    return plan.test(bean, asOf, depth);
  }

  /** One check of a value; {@code false} when it fails or cannot tell. */
  @FunctionalInterface
  private interface Check {
    boolean test(Object value, LocalDate asOf, int depth);
  }

  private static Check plan(Class<?> c) {
    try {
      return buildPlan(c);
    } catch (Unsupported | RuntimeException | ReflectiveOperationException e) {
      return FAIL;
    }
  }

  private static Check buildPlan(Class<?> c) throws Unsupported, ReflectiveOperationException {
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      rejectGroupSequence(k);
      for (Class<?> i : k.getInterfaces()) {
        rejectGroupSequence(i);
      }
    }
    BeanDescriptor bd = metadata.getConstraintsForClass(c);
    List<Check> checks = new ArrayList<>();
    for (ConstraintDescriptor<?> cd : bd.getConstraintDescriptors()) {
      checks.add(constraint(cd, c));
    }
    for (PropertyDescriptor pd : bd.getConstrainedProperties()) {
      checks.add(property(c, pd));
    }
    return allOf(checks);
  }

  private static Check allOf(List<Check> checks) {
    Check[] all = checks.toArray(new Check[0]);
    return (v, t, d) -> {
      for (Check k : all) {
        if (!k.test(v, t, d)) {
          return false;
        }
      }
      return true;
    };
  }

  private static void rejectGroupSequence(Class<?> k) throws Unsupported {
    if (k.isAnnotationPresent(GroupSequence.class)) {
      throw new Unsupported();
    }
    for (Annotation a : k.getAnnotations()) {
      if (a.annotationType().getName().endsWith(".GroupSequenceProvider")) {
        throw new Unsupported();
      }
    }
  }

  private static Check property(Class<?> c, PropertyDescriptor pd)
      throws Unsupported, ReflectiveOperationException {
    if (!pd.getGroupConversions().isEmpty()) {
      throw new Unsupported();
    }
    Method m = c.getMethod(pd.getPropertyName());
    if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())) {
      throw new Unsupported();
    }
    m.setAccessible(true);
    MethodHandle h = MethodHandles.lookup().unreflect(m)
        .asType(MethodType.methodType(Object.class, Object.class));
    Class<?> declared = pd.getElementClass();
    List<Check> checks = new ArrayList<>();
    for (ConstraintDescriptor<?> cd : pd.getConstraintDescriptors()) {
      Check k = constraint(cd, declared);
      boolean unwrap = isOptional(m.getReturnType())
          && cd.getValueUnwrapping() != ValidateUnwrappedValue.SKIP;
      if (!unwrap && cd.getValueUnwrapping() == ValidateUnwrappedValue.UNWRAP) {
        throw new Unsupported();
      }
      checks.add(unwrap ? (v, t, d) -> k.test(unwrapOptional(v), t, d) : k);
    }
    if (pd.isCascaded()) {
      checks.add(QuickCheck::cascade);
    }
    for (ContainerElementTypeDescriptor ce : pd.getConstrainedContainerElementTypes()) {
      checks.add(containerElements(ce));
    }
    Check[] all = checks.toArray(new Check[0]);
    return (bean, t, d) -> {
      Object v;
      try {
        v = h.invokeExact(bean);
      } catch (Throwable e) {
        return false;
      }
      for (Check k : all) {
        if (!k.test(v, t, d)) {
          return false;
        }
      }
      return true;
    };
  }

  private static Check containerElements(ContainerElementTypeDescriptor ce) throws Unsupported {
    if (!ce.getConstrainedContainerElementTypes().isEmpty() || !ce.getGroupConversions().isEmpty()) {
      throw new Unsupported();
    }
    Class<?> container = ce.getContainerClass();
    Integer index = ce.getTypeArgumentIndex();
    boolean mapKeys = Map.class.isAssignableFrom(container) && index != null && index == 0;
    boolean mapValues = Map.class.isAssignableFrom(container) && index != null && index == 1;
    boolean iterable = Iterable.class.isAssignableFrom(container);
    boolean optional = container == Optional.class;
    if (!(mapKeys || mapValues || iterable || optional)) {
      throw new Unsupported();
    }
    List<Check> checks = new ArrayList<>();
    for (ConstraintDescriptor<?> cd : ce.getConstraintDescriptors()) {
      checks.add(constraint(cd, ce.getElementClass()));
    }
    if (ce.isCascaded()) {
      checks.add((e, t, d) -> e == null || bean(e, t, d + 1));
    }
    Check element = allOf(checks);
    return (v, t, d) -> {
      if (v == null) {
        return true;
      }
      Iterable<?> items;
      if (optional) {
        Optional<?> o = (Optional<?>) v;
        return o.isEmpty() ? element.test(null, t, d) : element.test(o.get(), t, d);
      } else if (mapKeys) {
        items = ((Map<?, ?>) v).keySet();
      } else if (mapValues) {
        items = ((Map<?, ?>) v).values();
      } else {
        items = (Iterable<?>) v;
      }
      for (Object e : items) {
        if (!element.test(e, t, d)) {
          return false;
        }
      }
      return true;
    };
  }

  /** {@code @Valid} on the property itself: the bean, or the elements of a container. */
  private static boolean cascade(Object v, LocalDate t, int d) {
    if (v == null) {
      return true;
    }
    if (v instanceof Optional) {
      Optional<?> o = (Optional<?>) v;
      return o.isEmpty() || bean(o.get(), t, d + 1);
    }
    if (v instanceof Map) {
      v = ((Map<?, ?>) v).values();
    }
    if (v instanceof Iterable) {
      for (Object e : (Iterable<?>) v) {
        if (e != null && !bean(e, t, d + 1)) {
          return false;
        }
      }
      return true;
    }
    if (v.getClass().isArray()) {
      return false;
    }
    return bean(v, t, d + 1);
  }

  private static boolean isOptional(Class<?> c) {
    return c == Optional.class || c == OptionalInt.class || c == OptionalLong.class
        || c == OptionalDouble.class;
  }

  private static Object unwrapOptional(Object v) {
    if (v instanceof Optional) {
      return ((Optional<?>) v).orElse(null);
    }
    if (v instanceof OptionalDouble) {
      OptionalDouble o = (OptionalDouble) v;
      return o.isPresent() ? o.getAsDouble() : null;
    }
    if (v instanceof OptionalInt) {
      OptionalInt o = (OptionalInt) v;
      return o.isPresent() ? o.getAsInt() : null;
    }
    if (v instanceof OptionalLong) {
      OptionalLong o = (OptionalLong) v;
      return o.isPresent() ? o.getAsLong() : null;
    }
    return v;
  }

  /** The check of one constraint (with what composes it). */
  private static Check constraint(ConstraintDescriptor<?> cd, Class<?> declared) throws Unsupported {
    Set<Class<?>> groups = cd.getGroups();
    if (groups.size() != 1 || !groups.contains(Default.class)) {
      throw new Unsupported();
    }
    List<Check> checks = new ArrayList<>();
    for (ConstraintDescriptor<?> composing : cd.getComposingConstraints()) {
      checks.add(constraint(composing, declared));
    }
    Annotation a = cd.getAnnotation();
    Check own = builtIn(a);
    if (own == null) {
      own = custom(cd, a);
    }
    if (own == null && checks.isEmpty()) {
      throw new Unsupported();
    }
    if (own != null) {
      checks.add(own);
    }
    return allOf(checks);
  }

  /** The built-in constraints this project uses, as Hibernate Validator implements them. */
  private static Check builtIn(Annotation a) {
    if (a instanceof NotNull) {
      return (v, t, d) -> v != null;
    }
    if (a instanceof NotBlank) {
      return (v, t, d) -> v instanceof CharSequence && !v.toString().trim().isEmpty();
    }
    if (a instanceof NotEmpty) {
      return (v, t, d) -> size(v) > 0;
    }
    if (a instanceof Size) {
      int min = ((Size) a).min();
      int max = ((Size) a).max();
      return (v, t, d) -> {
        if (v == null) {
          return true;
        }
        long n = size(v);
        return n >= min && n <= max;
      };
    }
    if (a instanceof Pattern) {
      Pattern p = (Pattern) a;
      int flags = 0;
      for (Pattern.Flag f : p.flags()) {
        flags |= f.getValue();
      }
      java.util.regex.Pattern re = java.util.regex.Pattern.compile(p.regexp(), flags);
      return (v, t, d) -> v == null
          || (v instanceof CharSequence && re.matcher((CharSequence) v).matches());
    }
    if (a instanceof PastOrPresent) {
      // the validator's clock is fixed at the start of the as-of day (UTC), no tolerance
      return (v, t, d) -> v == null || (v instanceof LocalDate && !((LocalDate) v).isAfter(t));
    }
    return null;
  }

  /** Size of a string, collection or map; -1 (fails every size check) for anything else. */
  private static long size(Object v) {
    if (v instanceof CharSequence) {
      return ((CharSequence) v).length();
    }
    if (v instanceof Collection) {
      return ((Collection<?>) v).size();
    }
    if (v instanceof Map) {
      return ((Map<?, ?>) v).size();
    }
    return -1;
  }

  /** A constraint validated by a validator registered as a service (or named in the annotation). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Check custom(ConstraintDescriptor<?> cd, Annotation a) throws Unsupported {
    List<ServiceValidator> candidates = new ArrayList<>(
        SERVICES.getOrDefault(a.annotationType(), List.of()));
    for (Class<? extends ConstraintValidator<?, ?>> named : cd.getConstraintValidatorClasses()) {
      if (candidates.stream().anyMatch(c -> c.type == named)) {
        continue; // the engine lists the registered validators here too
      }
      ServiceValidator s = ServiceValidator.of(named);
      if (s == null) {
        throw new Unsupported();
      }
      candidates.add(s);
    }
    if (candidates.isEmpty()) {
      return null;
    }
    List<ConstraintValidator> instances = new ArrayList<>();
    List<Class<?>> types = new ArrayList<>();
    for (ServiceValidator s : candidates) {
      ConstraintValidator cv;
      try {
        Constructor<?> ctor = s.type.getDeclaredConstructor();
        ctor.setAccessible(true);
        cv = (ConstraintValidator) ctor.newInstance();
        cv.initialize(a);
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new Unsupported();
      }
      instances.add(cv);
      types.add(s.valueType);
    }
    ConstraintValidator[] cvs = instances.toArray(new ConstraintValidator[0]);
    Class<?>[] valueTypes = types.toArray(new Class<?>[0]);
    return (v, t, d) -> {
      ConstraintValidator chosen = null;
      if (v == null) {
        if (cvs.length != 1) {
          return false;
        }
        chosen = cvs[0];
      } else {
        for (int i = 0; i < cvs.length; i++) {
          if (valueTypes[i].isInstance(v)) {
            if (chosen != null) {
              return false; // which one Hibernate Validator picks is for it to say
            }
            chosen = cvs[i];
          }
        }
        if (chosen == null) {
          return false;
        }
      }
      return chosen.isValid(v, QuietContext.INSTANCE);
    };
  }

  /** A registered validator class and the type of value it validates. */
  private static final class ServiceValidator {
    final Class<?> type;
    final Class<? extends Annotation> annotation;
    final Class<?> valueType;

    private ServiceValidator(Class<?> type, Class<? extends Annotation> annotation,
        Class<?> valueType) {
      this.type = type;
      this.annotation = annotation;
      this.valueType = valueType;
    }

    @SuppressWarnings("unchecked")
    static ServiceValidator of(Class<?> type) {
      Type[] args = constraintValidatorArguments(type, new HashMap<>());
      if (args == null || !(args[0] instanceof Class) || raw(args[1]) == null) {
        return null;
      }
      return new ServiceValidator(type, (Class<? extends Annotation>) args[0], raw(args[1]));
    }
  }

  private static Class<?> raw(Type t) {
    if (t instanceof Class) {
      return (Class<?>) t;
    }
    if (t instanceof ParameterizedType) {
      return raw(((ParameterizedType) t).getRawType());
    }
    return null;
  }

  /** The actual type arguments of {@code ConstraintValidator<A, T>} that {@code c} implements. */
  private static Type[] constraintValidatorArguments(Class<?> c, Map<TypeVariable<?>, Type> env) {
    List<Type> supers = new ArrayList<>(List.of(c.getGenericInterfaces()));
    if (c.getGenericSuperclass() != null) {
      supers.add(c.getGenericSuperclass());
    }
    for (Type s : supers) {
      if (!(s instanceof ParameterizedType)) {
        if (s instanceof Class && s != Object.class) {
          Type[] found = constraintValidatorArguments((Class<?>) s, new HashMap<>());
          if (found != null) {
            return found;
          }
        }
        continue;
      }
      ParameterizedType p = (ParameterizedType) s;
      Type[] actual = p.getActualTypeArguments().clone();
      for (int i = 0; i < actual.length; i++) {
        if (actual[i] instanceof TypeVariable && env.containsKey(actual[i])) {
          actual[i] = env.get(actual[i]);
        }
      }
      Class<?> r = (Class<?>) p.getRawType();
      if (r == ConstraintValidator.class) {
        return actual;
      }
      Map<TypeVariable<?>, Type> next = new HashMap<>();
      TypeVariable<?>[] vars = r.getTypeParameters();
      for (int i = 0; i < vars.length && i < actual.length; i++) {
        next.put(vars[i], actual[i]);
      }
      Type[] found = constraintValidatorArguments(r, next);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The validators registered in {@code META-INF/services}, as Hibernate Validator finds them. */
  private static Map<Class<? extends Annotation>, List<ServiceValidator>> loadServices() {
    Map<Class<? extends Annotation>, List<ServiceValidator>> m = new HashMap<>();
    ClassLoader cl = QuickCheck.class.getClassLoader();
    try {
      Enumeration<URL> files =
          cl.getResources("META-INF/services/" + ConstraintValidator.class.getName());
      while (files.hasMoreElements()) {
        try (InputStream in = files.nextElement().openStream();
            BufferedReader r = new BufferedReader(
                new InputStreamReader(in, StandardCharsets.UTF_8))) {
          String line;
          while ((line = r.readLine()) != null) {
            int hash = line.indexOf('#');
            String name = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (name.isEmpty()) {
              continue;
            }
            ServiceValidator s;
            try {
              s = ServiceValidator.of(Class.forName(name, false, cl));
            } catch (ClassNotFoundException | LinkageError e) {
              s = null;
            }
            if (s == null) {
              // a validator whose constraint cannot be told: every constraint goes to the engine
              return Map.of();
            }
            m.computeIfAbsent(s.annotation, k -> new ArrayList<>()).add(s);
          }
        }
      }
    } catch (IOException e) {
      return Map.of();
    }
    return m;
  }

  /**
   * The context handed to validators: it accepts every call (a validator that reports builds its
   * violation here, which is dropped: the check has failed and the engine will report it).
   */
  private static final class QuietContext {
    static final ConstraintValidatorContext INSTANCE = (ConstraintValidatorContext) quiet(
        ConstraintValidatorContext.class);

    private static Object quiet(Class<?> type) {
      return Proxy.newProxyInstance(QuickCheck.class.getClassLoader(), new Class<?>[] {type},
          (proxy, method, args) -> {
            Class<?> r = method.getReturnType();
            if (method.getName().equals("unwrap") && args != null && args.length == 1
                && args[0] instanceof Class && ((Class<?>) args[0]).isInterface()) {
              return quiet((Class<?>) args[0]);
            }
            if (r == void.class) {
              return null;
            }
            if (r == boolean.class) {
              return false;
            }
            if (r.isInterface()) {
              return quiet(r);
            }
            if (method.getName().equals("toString")) {
              return "QuietContext";
            }
            if (method.getName().equals("hashCode")) {
              return System.identityHashCode(proxy);
            }
            return null;
          });
    }
  }

  /** The metadata uses something this check does not model. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }
}
