package id.posyandu.json.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What JSON sees of an Immutables value type of the model: its attributes, found from the type and
 * its public {@code Builder} (the project's convention: {@code public static final class Builder
 * extends ImmutableX.Builder}). An attribute is a public no-argument accessor of the abstract type
 * for which the builder has a one-argument method of the same name; derived values ({@code area()})
 * have none and are not part of the JSON. Properties are written in name order (a canonical form,
 * as in RFC 8785); an attribute is required when its accessor is abstract and it is neither an
 * {@code Optional*} nor a collection ({@code @Value.Default} accessors are not abstract).
 */
public final class ValueType {

  private static final String PACKAGE_PREFIX = "id.posyandu.";
  private static final Map<Class<?>, Optional<ValueType>> CACHE = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Class<?>> PRIMITIVES = Map.of(Boolean.class, boolean.class,
      Integer.class, int.class, Long.class, long.class, Double.class, double.class,
      Float.class, float.class, Short.class, short.class, Byte.class, byte.class,
      Character.class, char.class);

  /** How an attribute's value is held. */
  public enum Kind {
    /** A plain value or primitive. */
    PLAIN,
    /** {@code Optional<T>}: absent when empty. */
    OPTIONAL,
    /** {@code OptionalInt}. */
    OPTIONAL_INT,
    /** {@code OptionalLong}. */
    OPTIONAL_LONG,
    /** {@code OptionalDouble}. */
    OPTIONAL_DOUBLE,
    /** A {@code List}, {@code Set} or {@code Map}: written even when empty, optional on reading. */
    COLLECTION
  }

  /** One attribute. */
  public static final class Attribute {
    private final String name;
    private final Method accessor;
    private final Method setter;
    private final Kind kind;
    private final JavaType valueType;
    private final boolean required;

    Attribute(String name, Method accessor, Method setter, Kind kind, JavaType valueType,
        boolean required) {
      this.name = name;
      this.accessor = accessor;
      this.setter = setter;
      this.kind = kind;
      this.valueType = valueType;
      this.required = required;
    }

    /** JSON property name (the accessor's name). */
    public String name() {
      return name;
    }

    /** The accessor of the abstract type. */
    public Method accessor() {
      return accessor;
    }

    /** The builder method that sets it. */
    public Method setter() {
      return setter;
    }

    /** How the value is held. */
    public Kind kind() {
      return kind;
    }

    /** The type of the JSON value (the content type of an {@code Optional}). */
    public JavaType valueType() {
      return valueType;
    }

    /** Whether the JSON must have it. */
    public boolean required() {
      return required;
    }
  }

  private final Class<?> type;
  private final Constructor<?> builderConstructor;
  private final Method build;
  private final List<Attribute> attributes;
  private final Map<String, Attribute> byName;

  private ValueType(Class<?> type, Constructor<?> builderConstructor, Method build,
      List<Attribute> attributes) {
    this.type = type;
    this.builderConstructor = builderConstructor;
    this.build = build;
    this.attributes = Collections.unmodifiableList(attributes);
    Map<String, Attribute> m = new LinkedHashMap<>();
    attributes.forEach(a -> m.put(a.name, a));
    this.byName = Collections.unmodifiableMap(m);
  }

  /** The abstract model type. */
  public Class<?> type() {
    return type;
  }

  /** The attributes in JSON order (by name). */
  public List<Attribute> attributes() {
    return attributes;
  }

  /** The attribute of that JSON name, or null. */
  public Attribute attribute(String name) {
    return byName.get(name);
  }

  /** A new builder. */
  public Object newBuilder() throws ReflectiveOperationException {
    return builderConstructor.newInstance();
  }

  /** The public constructor of the builder. */
  Constructor<?> builderConstructor() {
    return builderConstructor;
  }

  /** The builder's {@code build()} method. */
  Method buildMethod() {
    return build;
  }

  /** Builds the value. */
  public Object build(Object builder) throws ReflectiveOperationException {
    return build.invoke(builder);
  }

  /**
   * The value type of {@code c}: {@code c} itself when it is a model type with a public
   * {@code Builder}, or the model type that {@code c} implements (a generated {@code Immutable*}
   * class); empty for anything else.
   */
  public static Optional<ValueType> of(Class<?> c) {
    Optional<ValueType> known = CACHE.get(c);
    if (known == null) {
      known = find(c);
      Optional<ValueType> raced = CACHE.putIfAbsent(c, known);
      if (raced != null) {
        known = raced;
      }
    }
    return known;
  }

  private static Optional<ValueType> find(Class<?> c) {
    if (!c.getName().startsWith(PACKAGE_PREFIX) || c.isEnum() || c.isArray()) {
      return Optional.empty();
    }
    Class<?> model = modelTypeOf(c);
    if (model == null) {
      return Optional.empty();
    }
    if (model != c) {
      return of(model);
    }
    return Optional.ofNullable(introspect(model));
  }

  private static Class<?> modelTypeOf(Class<?> c) {
    if (builderOf(c) != null) {
      return c;
    }
    if (!c.getSimpleName().startsWith("Immutable")) {
      return null;
    }
    if (c.getSuperclass() != null && builderOf(c.getSuperclass()) != null) {
      return c.getSuperclass();
    }
    for (Class<?> i : c.getInterfaces()) {
      if (builderOf(i) != null) {
        return i;
      }
    }
    return null;
  }

  private static Class<?> builderOf(Class<?> c) {
    if (!Modifier.isPublic(c.getModifiers()) || !Modifier.isAbstract(c.getModifiers())) {
      return null;
    }
    for (Class<?> n : c.getDeclaredClasses()) {
      if (n.getSimpleName().equals("Builder") && Modifier.isPublic(n.getModifiers())
          && Modifier.isStatic(n.getModifiers())) {
        return n;
      }
    }
    return null;
  }

  private static ValueType introspect(Class<?> model) {
    Class<?> builder = builderOf(model);
    Constructor<?> ctor;
    Method build;
    try {
      ctor = builder.getConstructor();
      build = builder.getMethod("build");
    } catch (NoSuchMethodException e) {
      return null;
    }
    TypeFactory tf = TypeFactory.defaultInstance();
    List<Attribute> attrs = new ArrayList<>();
    for (Method m : model.getMethods()) {
      if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
          || m.getReturnType() == void.class || m.getDeclaringClass() == Object.class) {
        continue;
      }
      Attribute a = attribute(m, builder, tf);
      if (a != null) {
        attrs.add(a);
      }
    }
    attrs.sort(Comparator.comparing(Attribute::name));
    return new ValueType(model, ctor, build, attrs);
  }

  private static Attribute attribute(Method accessor, Class<?> builder, TypeFactory tf) {
    String name = accessor.getName();
    Class<?> raw = accessor.getReturnType();
    Type generic = accessor.getGenericReturnType();
    boolean isAbstract = Modifier.isAbstract(accessor.getModifiers());
    Kind kind;
    Class<?> param;
    JavaType valueType;
    if (raw == Optional.class) {
      kind = Kind.OPTIONAL;
      Type arg = ((ParameterizedType) generic).getActualTypeArguments()[0];
      valueType = tf.constructType(arg);
      param = valueType.getRawClass();
    } else if (raw == OptionalInt.class) {
      kind = Kind.OPTIONAL_INT;
      param = int.class;
      valueType = tf.constructType(int.class);
    } else if (raw == OptionalLong.class) {
      kind = Kind.OPTIONAL_LONG;
      param = long.class;
      valueType = tf.constructType(long.class);
    } else if (raw == OptionalDouble.class) {
      kind = Kind.OPTIONAL_DOUBLE;
      param = double.class;
      valueType = tf.constructType(double.class);
    } else if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)
        || Collection.class == raw) {
      kind = Kind.COLLECTION;
      JavaType declared = tf.constructType(generic);
      JavaType elem = declared.getContentType();
      valueType = Set.class.isAssignableFrom(raw)
          ? tf.constructCollectionType(LinkedHashSet.class, elem)
          : tf.constructCollectionType(ArrayList.class, elem);
      param = Iterable.class;
    } else if (Map.class.isAssignableFrom(raw)) {
      kind = Kind.COLLECTION;
      JavaType declared = tf.constructType(generic);
      valueType = tf.constructMapType(LinkedHashMap.class, declared.getKeyType(),
          declared.getContentType());
      param = Map.class;
    } else {
      kind = Kind.PLAIN;
      param = raw;
      valueType = tf.constructType(generic);
    }
    Method setter = setter(builder, name, param);
    if (setter == null && kind != Kind.COLLECTION && !param.isPrimitive()) {
      Class<?> primitive = PRIMITIVES.get(param);
      setter = primitive == null ? null : setter(builder, name, primitive);
    }
    if (setter == null) {
      if (isAbstract) {
        // an attribute without a setter would silently vanish from the JSON
        throw new IllegalStateException("no builder method for "
            + accessor.getDeclaringClass().getSimpleName() + "." + name + "()");
      }
      return null;
    }
    accessible(setter);
    accessible(accessor);
    return new Attribute(name, accessor, setter, kind, valueType,
        isAbstract && kind == Kind.PLAIN);
  }

  /**
   * Builder methods are inherited from the package-private generated builder; where the JVM would
   * refuse to call them through reflection, make them accessible (possible on the class path, and
   * on the module path when the model package is open to this module).
   */
  private static void accessible(Method m) {
    if (!Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
      try {
        m.setAccessible(true);
      } catch (RuntimeException ignored) {
        // left as is: calls fail with a clear IllegalAccessException
      }
    }
  }

  private static Method setter(Class<?> builder, String name, Class<?> param) {
    Method best = null;
    for (Method m : builder.getMethods()) {
      if (!m.getName().equals(name) || m.getParameterCount() != 1
          || Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      Class<?> p = m.getParameterTypes()[0];
      if (p == param) {
        return m;
      }
      if (p.isAssignableFrom(param) && best == null) {
        best = m;
      }
    }
    return best;
  }
}
