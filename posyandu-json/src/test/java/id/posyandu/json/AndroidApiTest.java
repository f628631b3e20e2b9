package id.posyandu.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.codehaus.mojo.animal_sniffer.ClassListBuilder;
import org.codehaus.mojo.animal_sniffer.SignatureChecker;
import org.codehaus.mojo.animal_sniffer.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The classes of posyandu-core, posyandu-rules and posyandu-json call only the Java API that
 * Android offers from API level 26 with core library desugaring: animal-sniffer with the signature
 * {@code com.toasttab.android:gummy-bears-api-26:0.15.0:coreLib2} (a test dependency, because
 * animal-sniffer-maven-plugin 1.27 cannot resolve a signature with a classifier). Calls into the
 * library's own classes and its dependencies (Jackson, Jakarta Validation, Hibernate Validator) are
 * not checked here.
 */
class AndroidApiTest {

  /** The library's own classes on the test class path. */
  static final Pattern LIBRARY = Pattern.compile(
      ".*posyandu-(core|rules|json)(/target/classes|-[0-9][^/]*(?<!-tests)\\.jar)$");
  /** Its runtime dependencies, whose classes count as present. */
  static final Pattern DEPENDENCY = Pattern.compile(".*/(jackson-[a-z0-9-]+|"
      + "jakarta\\.validation-api|hibernate-validator|jboss-logging|classmate)-[0-9][^/]*\\.jar$");

  /**
   * Undefined references that are not a problem or not yet replaced: a class (as in the error,
   * empty for any) and the API. {@code java.lang.Record} is rewritten by D8's desugaring. The
   * synthetic population generator (demo and test data, moving to posyandu-testkit, not an Android
   * target) draws Gaussians with {@code SplittableRandom.nextGaussian()} (Java 17).
   * {@code MethodHandle.invokeExact} is signature-polymorphic: the signature file has one
   * descriptor, every call site another; MethodHandle is Android API 26.
   */
  static final List<String[]> KNOWN = List.of(
      new String[] {"", "void Record.<init>()"},
      new String[] {"", "java.lang.invoke.MethodHandle.invokeExact("},
      new String[] {"id/posyandu/rules/population/internal/SyntheticGenerator.class",
          "SplittableRandom.nextGaussian()"});

  static Path signature() {
    return Path.of("target", "android", "android-api-26-coreLib2.signature");
  }

  @Test
  void theLibraryCallsOnlyTheJavaApiOfAndroid26WithDesugaring() throws IOException {
    List<File> library = new ArrayList<>();
    List<File> dependencies = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String unix = e.replace(File.separatorChar, '/');
      if (LIBRARY.matcher(unix).matches()) {
        library.add(new File(e));
      } else if (DEPENDENCY.matcher(unix).matches()) {
        dependencies.add(new File(e));
      }
    }
    assertThat(library).as("core, rules and json").hasSize(3);
    List<String> errors = new ArrayList<>();
    Logger log = new Logger() {
      @Override public void info(String m) {}
      @Override public void info(String m, Throwable t) {}
      @Override public void debug(String m) {}
      @Override public void debug(String m, Throwable t) {}
      @Override public void warn(String m) {}
      @Override public void warn(String m, Throwable t) {}
      @Override public void error(String m) {
        errors.add(m);
      }
      @Override public void error(String m, Throwable t) {
        errors.add(m);
      }
    };
    ClassListBuilder own = new ClassListBuilder(log);
    for (File f : library) {
      own.process(f);
    }
    for (File f : dependencies) {
      own.process(f);
    }
    SignatureChecker checker;
    try (InputStream in = Files.newInputStream(signature())) {
      checker = new SignatureChecker(SignatureChecker.loadClasses(in), own.getPackages(), log);
    }
    checker.setSourcePath(List.of());
    checker.setAnnotationTypes(List.of(SignatureChecker.ANNOTATION_FQN));
    checker.process(library.toArray(new File[0]));
    List<String> unexpected = new ArrayList<>();
    for (String e : errors) {
      if (!known(e)) {
        unexpected.add(e);
      }
    }
    assertThat(errors).as("the check finds the known calls").anyMatch(e -> e.contains("Record"));
    assertThat(unexpected).as("calls missing on Android 26 (with desugaring)").isEmpty();
  }

  /** Whether an animal-sniffer error ("FILE:CLASS:LINE: Undefined reference: API") is known. */
  static boolean known(String error) {
    return KNOWN.stream().anyMatch(k -> error.contains(k[0]) && error.contains(k[1]));
  }
}
