package id.posyandu.json.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Explicit names of the implementations of polymorphic model types (the kinds of service record of a
 * visit), written in a {@code type} member. Names are stable JSON vocabulary, never class names; a
 * name is resolved only among the implementations registered for the declared base type, so no
 * JSON can make the reader instantiate anything else.
 */
public final class TypeNames {

  /** The member that names the type. */
  public static final String MEMBER = "type";

  private final Map<Class<?>, Map<String, Class<?>>> byBase = new LinkedHashMap<>();
  private final Map<Class<?>, String> nameOf = new LinkedHashMap<>();

  /**
   * Registers {@code impl} as the implementation of {@code base} named {@code name}.
   *
   * @throws IllegalArgumentException when the name or class is already registered for the base
   */
  public TypeNames add(Class<?> base, String name, Class<?> impl) {
    if (!base.isAssignableFrom(impl)) {
      throw new IllegalArgumentException(impl + " is not a " + base);
    }
    Map<String, Class<?>> names = byBase.computeIfAbsent(base, b -> new LinkedHashMap<>());
    if (names.containsKey(name) || nameOf.containsKey(impl)) {
      throw new IllegalArgumentException("duplicate type name " + name + " or class " + impl);
    }
    names.put(name, impl);
    nameOf.put(impl, name);
    return this;
  }

  /** Whether {@code c} is a polymorphic base. */
  public boolean isBase(Class<?> c) {
    return byBase.containsKey(c);
  }

  /** The name of an implementation type, if it has one. */
  public Optional<String> nameOf(Class<?> impl) {
    return Optional.ofNullable(nameOf.get(impl));
  }

  /** The names and implementations of a base, in registration order. */
  public Map<String, Class<?>> namesOf(Class<?> base) {
    return Collections.unmodifiableMap(byBase.getOrDefault(base, Map.of()));
  }
}
