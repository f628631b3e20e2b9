package id.posyandu.rules.indicator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The named criteria definitions may use, by subject type. The built-in registry of the six-SPM
 * catalog is {@code SixSpmCriteria}; users add their own criteria with {@link #with(Criterion)}.
 * Immutable: every {@code with} returns a new registry.
 */
public final class CriteriaRegistry {

  private final Map<String, Criterion<?>> byName;

  private CriteriaRegistry(Map<String, Criterion<?>> byName) {
    this.byName = Collections.unmodifiableMap(byName);
  }

  /** A registry with no criteria. */
  public static CriteriaRegistry empty() {
    return new CriteriaRegistry(new LinkedHashMap<>());
  }

  /**
   * This registry plus a criterion.
   *
   * @throws IllegalArgumentException when a criterion of the same name is already registered
   */
  public CriteriaRegistry with(Criterion<?> criterion) {
    if (byName.containsKey(criterion.name())) {
      throw new IllegalArgumentException("criterion registered twice: " + criterion.name());
    }
    Map<String, Criterion<?>> m = new LinkedHashMap<>(byName);
    m.put(criterion.name(), criterion);
    return new CriteriaRegistry(m);
  }

  /** The criterion of this name, if registered. */
  public Optional<Criterion<?>> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** All registered criteria, in registration order. */
  public Map<String, Criterion<?>> all() {
    return byName;
  }
}
