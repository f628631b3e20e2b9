package id.posyandu.rules.indicator;

import id.posyandu.rules.LocalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Condition} resolved against a {@link CriteriaRegistry} for one subject type: evaluates and
 * explains. Made by {@link IndicatorCatalog} on load, where unknown names and wrong subject types
 * fail.
 *
 * @param <S> the subject type
 */
abstract class CompiledCondition<S> {

  abstract boolean test(S subject, EvaluationContext ctx);

  /** Adds to {@code out} why the condition is false for the subject (call only when it is). */
  abstract void whyFalse(S subject, EvaluationContext ctx, List<LocalizedText> out);

  /** Adds to {@code out} why the condition is true for the subject (call only when it is). */
  abstract void whyTrue(S subject, EvaluationContext ctx, List<LocalizedText> out);

  @SuppressWarnings("unchecked")
  static <S> CompiledCondition<S> compile(Condition c, SubjectType type, CriteriaRegistry registry,
      String where) {
    if (c instanceof Condition.Ref ref) {
      Criterion<?> found = registry.find(ref.name()).orElseThrow(() -> new IllegalArgumentException(
          where + ": kriteria tidak dikenal / unknown criterion '" + ref.name() + "'"));
      if (found.subjectType() != type) {
        throw new IllegalArgumentException(where + ": criterion '" + ref.name() + "' tests "
            + found.subjectType() + ", not " + type);
      }
      return new Leaf<>((Criterion<S>) found);
    }
    if (c instanceof Condition.All all) {
      return new AllOf<>(compileAll(all.conditions(), type, registry, where));
    }
    if (c instanceof Condition.Any any) {
      return new AnyOf<>(compileAll(any.conditions(), type, registry, where));
    }
    Condition.Not not = (Condition.Not) c;
    return new NotOf<>(compile(not.condition(), type, registry, where));
  }

  private static <S> List<CompiledCondition<S>> compileAll(List<Condition> cs, SubjectType type,
      CriteriaRegistry registry, String where) {
    List<CompiledCondition<S>> out = new ArrayList<>(cs.size());
    for (Condition c : cs) {
      out.add(compile(c, type, registry, where));
    }
    return out;
  }

  private static final class Leaf<S> extends CompiledCondition<S> {
    private final Criterion<S> criterion;

    Leaf(Criterion<S> criterion) {
      this.criterion = criterion;
    }

    @Override
    boolean test(S subject, EvaluationContext ctx) {
      return criterion.test(subject, ctx);
    }

    @Override
    void whyFalse(S subject, EvaluationContext ctx, List<LocalizedText> out) {
      LocalizedText d = criterion.description();
      out.add(new LocalizedText("tidak memenuhi: " + d.id() + " [" + criterion.name() + "]",
          "does not meet: " + d.en() + " [" + criterion.name() + "]"));
    }

    @Override
    void whyTrue(S subject, EvaluationContext ctx, List<LocalizedText> out) {
      LocalizedText d = criterion.description();
      out.add(new LocalizedText("memenuhi: " + d.id() + " [" + criterion.name() + "]",
          "meets: " + d.en() + " [" + criterion.name() + "]"));
    }
  }

  private static final class AllOf<S> extends CompiledCondition<S> {
    private final List<CompiledCondition<S>> parts;

    AllOf(List<CompiledCondition<S>> parts) {
      this.parts = parts;
    }

    @Override
    boolean test(S subject, EvaluationContext ctx) {
      for (CompiledCondition<S> p : parts) {
        if (!p.test(subject, ctx)) {
          return false;
        }
      }
      return true;
    }

    @Override
    void whyFalse(S subject, EvaluationContext ctx, List<LocalizedText> out) {
      for (CompiledCondition<S> p : parts) {
        if (!p.test(subject, ctx)) {
          p.whyFalse(subject, ctx, out);
        }
      }
    }

    @Override
    void whyTrue(S subject, EvaluationContext ctx, List<LocalizedText> out) {
      for (CompiledCondition<S> p : parts) {
        p.whyTrue(subject, ctx, out);
      }
    }
  }

  private static final class AnyOf<S> extends CompiledCondition<S> {
    private final List<CompiledCondition<S>> parts;

    AnyOf(List<CompiledCondition<S>> parts) {
      this.parts = parts;
    }

    @Override
    boolean test(S subject, EvaluationContext ctx) {
      for (CompiledCondition<S> p : parts) {
        if (p.test(subject, ctx)) {
          return true;
        }
      }
      return false;
    }

    @Override
    void whyFalse(S subject, EvaluationContext ctx, List<LocalizedText> out) {
      for (CompiledCondition<S> p : parts) {
        p.whyFalse(subject, ctx, out);
      }
    }

    @Override
    void whyTrue(S subject, EvaluationContext ctx, List<LocalizedText> out) {
      for (CompiledCondition<S> p : parts) {
        if (p.test(subject, ctx)) {
          p.whyTrue(subject, ctx, out);
          return;
        }
      }
    }
  }

  private static final class NotOf<S> extends CompiledCondition<S> {
    private final CompiledCondition<S> inner;

    NotOf(CompiledCondition<S> inner) {
      this.inner = inner;
    }

    @Override
    boolean test(S subject, EvaluationContext ctx) {
      return !inner.test(subject, ctx);
    }

    @Override
    void whyFalse(S subject, EvaluationContext ctx, List<LocalizedText> out) {
      inner.whyTrue(subject, ctx, out);
    }

    @Override
    void whyTrue(S subject, EvaluationContext ctx, List<LocalizedText> out) {
      inner.whyFalse(subject, ctx, out);
    }
  }
}
