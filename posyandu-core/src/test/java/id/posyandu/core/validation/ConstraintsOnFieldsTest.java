package id.posyandu.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every constraint on an accessor of a generated value type is also on the field of the generated
 * class (where default Jakarta Validation reads it), and a constraint on a type argument, which
 * cannot be copied, is a cascade that a private JavaBeans getter declares again.
 */
class ConstraintsOnFieldsTest {

  static List<Class<?>> generatedTypes() throws IOException, ClassNotFoundException {
    List<Class<?>> out = new ArrayList<>();
    for (String pkg : List.of("record", "model")) {
      Path dir = Path.of("target/classes/id/posyandu/core/" + pkg);
      List<String> names;
      try (Stream<Path> files = Files.list(dir)) {
        names = files.map(f -> f.getFileName().toString())
            .filter(n -> n.startsWith("Immutable") && n.endsWith(".class")
                && !n.contains("$Builder") && !n.contains("$InitShim"))
            .collect(Collectors.toList());
      }
      for (String n : names) {
        Class<?> c = Class.forName("id.posyandu.core." + pkg + "." + n.replace(".class", ""));
        if (!c.isInterface() && !Modifier.isAbstract(c.getModifiers())
            && c.getSuperclass() != Object.class) {
          out.add(c);
        }
      }
    }
    return out;
  }

  static boolean isConstraint(Annotation a) {
    return a instanceof Valid || a.annotationType().isAnnotationPresent(Constraint.class);
  }

  @Test
  void everyAccessorConstraintIsOnTheGeneratedField() throws Exception {
    List<Class<?>> types = generatedTypes();
    assertThat(types).hasSizeGreaterThan(35);
    int copied = 0;
    for (Class<?> generated : types) {
      for (Method m : generated.getSuperclass().getDeclaredMethods()) {
        if (!Modifier.isAbstract(m.getModifiers()) || m.getParameterCount() != 0) {
          continue;
        }
        List<Annotation> onAccessor = Arrays.stream(m.getAnnotations())
            .filter(ConstraintsOnFieldsTest::isConstraint).collect(Collectors.toList());
        if (onAccessor.isEmpty()) {
          continue;
        }
        Field field = generated.getDeclaredField(m.getName());
        assertThat(field.getAnnotations()).as("%s.%s", generated.getSimpleName(), m.getName())
            .containsAll(onAccessor);
        copied += onAccessor.size();
      }
    }
    assertThat(copied).isGreaterThan(70);
  }

  @Test
  void aConstraintOnATypeArgumentIsACascadeDeclaredAgainOnAPrivateGetter() throws Exception {
    for (Class<?> generated : generatedTypes()) {
      Class<?> type = generated.getSuperclass();
      for (Method m : type.getDeclaredMethods()) {
        if (!Modifier.isAbstract(m.getModifiers())
            || !(m.getAnnotatedReturnType() instanceof AnnotatedParameterizedType)) {
          continue;
        }
        for (AnnotatedType arg : ((AnnotatedParameterizedType) m.getAnnotatedReturnType())
            .getAnnotatedActualTypeArguments()) {
          List<Annotation> constraints = Arrays.stream(arg.getAnnotations())
              .filter(ConstraintsOnFieldsTest::isConstraint).collect(Collectors.toList());
          if (constraints.isEmpty()) {
            continue;
          }
          String where = type.getSimpleName() + "." + m.getName();
          assertThat(constraints).as(where).allMatch(a -> a instanceof Valid);
          Method getter = type.getDeclaredMethod(
              "get" + Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1));
          assertThat(Modifier.isPrivate(getter.getModifiers())).as(where).isTrue();
          assertThat(((AnnotatedParameterizedType) getter.getAnnotatedReturnType())
              .getAnnotatedActualTypeArguments()[0].isAnnotationPresent(Valid.class)).as(where)
              .isTrue();
        }
      }
    }
  }
}
