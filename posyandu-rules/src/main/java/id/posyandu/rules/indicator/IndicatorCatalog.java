package id.posyandu.rules.indicator;

import id.posyandu.rules.indicator.internal.CatalogJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of indicator definitions, bound to the criteria they name. Definitions are data: a catalog
 * is read from JSON ({@link #fromJson(InputStream, String, CriteriaRegistry)}), and a user extends or
 * overrides the built-in one with {@link #with(IndicatorCatalog)}.
 *
 * <p>Loading fails with a clear message naming the indicator when a definition names an unknown
 * criterion, a criterion of another subject type, an unknown area, subject or period type, or when
 * two definitions share an id.
 *
 * <h2>JSON format</h2>
 * <pre>{@code
 * {"catalog": "posyandu-6spm", "version": "2026.1",
 *  "indicators": [
 *   {"id": "KES-DS", "area": "KES", "labelId": "...", "labelEn": "...",
 *    "subject": "RESIDENT",
 *    "denominator": {"all": ["BALITA", "REGISTERED"]},
 *    "numerator": "WEIGHED_IN_PERIOD",
 *    "exclusion": {"not": "ALIVE"},                 (optional)
 *    "anchor": "tanggal penimbangan / weighing date",
 *    "period": "MONTH", "target": 80, "higherIsBetter": true,  (target optional)
 *    "level": "POSYANDU_PROXY",
 *    "source": {"document": "...", "locator": "...", "confidence": "C"}}]}
 * }</pre>
 * A condition is a criterion name, or {@code {"all": [...]}}, {@code {"any": [...]}},
 * {@code {"not": condition}}.
 */
public final class IndicatorCatalog {

  private final String name;
  private final String version;
  private final Map<String, Entry<?>> byId;

  /**
   * A definition bound to its compiled conditions.
   *
   * @param <S> the subject type
   */
  static final class Entry<S> {
    final IndicatorDefinition definition;
    final CompiledCondition<S> denominator;
    final CompiledCondition<S> numerator;
    final CompiledCondition<S> exclusion; // may be null

    Entry(IndicatorDefinition d, CriteriaRegistry registry) {
      String where = "indikator / indicator " + d.id();
      this.definition = d;
      this.denominator = CompiledCondition.compile(d.denominator(), d.subject(), registry, where);
      this.numerator = CompiledCondition.compile(d.numerator(), d.subject(), registry, where);
      this.exclusion = d.exclusion()
          .map(c -> CompiledCondition.<S>compile(c, d.subject(), registry, where)).orElse(null);
    }

    /** Whether the subject is in the denominator (and not excluded). */
    boolean inDenominator(S s, EvaluationContext ctx) {
      return denominator.test(s, ctx) && (exclusion == null || !exclusion.test(s, ctx));
    }
  }

  private IndicatorCatalog(String name, String version, Map<String, Entry<?>> byId) {
    this.name = name;
    this.version = version;
    this.byId = Collections.unmodifiableMap(byId);
  }

  /**
   * A catalog of these definitions, bound to the registry's criteria.
   *
   * @throws IllegalArgumentException naming the indicator on an unknown or mistyped criterion or a
   *     repeated id
   */
  public static IndicatorCatalog of(String name, String version,
      List<IndicatorDefinition> definitions, CriteriaRegistry registry) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Map<String, Entry<?>> m = new LinkedHashMap<>();
    for (IndicatorDefinition d : definitions) {
      if (m.put(d.id(), new Entry<>(d, registry)) != null) {
        throw new IllegalArgumentException("indikator ganda / indicator defined twice: " + d.id());
      }
    }
    return new IndicatorCatalog(name, version, m);
  }

  /**
   * Reads a catalog from JSON (format in the class comment).
   *
   * @param sourceName a name for messages
   * @throws IllegalArgumentException naming the indicator and the problem when the catalog is
   *     malformed
   */
  public static IndicatorCatalog fromJson(InputStream json, String sourceName,
      CriteriaRegistry registry) {
    CatalogJson.Parsed p;
    try {
      p = CatalogJson.read(json, sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read indicator catalog " + sourceName, e);
    }
    return of(p.name(), p.version(), p.definitions(), registry);
  }

  /**
   * This catalog with the other's definitions added; a definition with the same id replaces this
   * catalog's (a kabupaten overriding a target, say). Both must be bound to compatible registries.
   */
  public IndicatorCatalog with(IndicatorCatalog other) {
    Map<String, Entry<?>> m = new LinkedHashMap<>(byId);
    m.putAll(other.byId);
    return new IndicatorCatalog(name + "+" + other.name, version + "+" + other.version, m);
  }

  /** The catalog's name. */
  public String name() {
    return name;
  }

  /** The catalog's version. */
  public String version() {
    return version;
  }

  /** The definitions, in catalog order. */
  public List<IndicatorDefinition> definitions() {
    List<IndicatorDefinition> out = new ArrayList<>(byId.size());
    for (Entry<?> e : byId.values()) {
      out.add(e.definition);
    }
    return out;
  }

  /** The definition with this id. */
  public Optional<IndicatorDefinition> find(String id) {
    Entry<?> e = byId.get(id);
    return e == null ? Optional.empty() : Optional.of(e.definition);
  }

  Map<String, Entry<?>> entries() {
    return byId;
  }
}
