package id.posyandu.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md as tests: core knows nothing of rules or JSON, rules knows nothing of
 * JSON, nothing in the library knows the examples, {@code internal} packages stay inside their
 * module, and each published module exports only API packages.
 */
class ArchitectureTest {

  private static final String[] PUBLISHED = {"posyandu-core", "posyandu-rules", "posyandu-json",
      "posyandu-testkit"};

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("id.posyandu");
    assertThat(classes).as("classes imported").isNotEmpty();
  }

  @Test
  void coreDependsOnNoJacksonAndNoOtherPosyanduModule() {
    noClasses().that().resideInAPackage("id.posyandu.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "com.fasterxml.jackson..", "tools.jackson..",
            "id.posyandu.rules..", "id.posyandu.json..", "id.posyandu.examples..")
        .check(classes);
  }

  @Test
  void rulesKnowsNothingOfJsonOrExamples() {
    noClasses().that().resideInAPackage("id.posyandu.rules..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "id.posyandu.json..", "id.posyandu.examples..")
        .check(classes);
  }

  @Test
  void theLibraryKnowsNothingOfTheTestkit() {
    noClasses().that().resideInAnyPackage("id.posyandu.core..", "id.posyandu.rules..",
            "id.posyandu.json..")
        .should().dependOnClassesThat().resideInAPackage("id.posyandu.testkit..")
        .check(classes);
  }

  @Test
  void rulesPublicApiDoesNotExposeJackson() {
    noClasses().that().resideInAPackage("id.posyandu.rules..")
        .and().resideOutsideOfPackage("..internal..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
        .check(classes);
  }

  @Test
  void theLibraryKnowsNothingOfTheExamples() {
    noClasses().that().resideInAnyPackage("id.posyandu.core..", "id.posyandu.rules..",
            "id.posyandu.json..", "id.posyandu.testkit..")
        .should().dependOnClassesThat().resideInAPackage("id.posyandu.examples..")
        .check(classes);
  }

  @Test
  void internalPackagesAreUsedOnlyInsideTheirOwnModule() {
    for (String module : new String[] {"core", "rules", "json", "testkit"}) {
      noClasses().that().resideOutsideOfPackage("id.posyandu." + module + "..")
          .should().dependOnClassesThat()
          .resideInAPackage("id.posyandu." + module + "..internal..")
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  /**
   * No cycles between API packages. A package and its {@code internal} implementation package count
   * as one (a constraint annotation names its validator, which names the annotation).
   */
  @Test
  void noCyclesBetweenPackages() {
    SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith("id.posyandu.")) {
          return SliceIdentifier.ignore();
        }
        return SliceIdentifier.of(pkg.replaceAll("\\.internal(\\..*)?$", ""));
      }

      @Override
      public String getDescription() {
        return "API packages of id.posyandu, each with its internal subpackages";
      }
    }).should().beFreeOfCycles().check(classes);
  }

  @Test
  void publishedModulesExportNoInternalPackage() {
    for (String module : PUBLISHED) {
      Path classesDir = Path.of("..", module, "target", "classes");
      Set<ModuleDescriptor> found = ModuleFinder.of(classesDir).findAll().stream()
          .map(ref -> ref.descriptor()).collect(Collectors.toSet());
      assertThat(found).as("module-info.class of " + module).hasSize(1);
      ModuleDescriptor d = found.iterator().next();
      assertThat(d.isAutomatic()).isFalse();
      assertThat(d.exports()).as(module + " exports").isNotEmpty()
          .allSatisfy(e -> assertThat(e.source()).doesNotContain("internal"));
    }
  }

  /** Every exported package says, in its package-info, that it is public API. */
  @Test
  void everyExportedPackageHasAPackageInfoThatCallsItPublicApi() throws java.io.IOException {
    for (String module : PUBLISHED) {
      ModuleDescriptor d = ModuleFinder.of(Path.of("..", module, "target", "classes")).findAll()
          .iterator().next().descriptor();
      for (ModuleDescriptor.Exports e : d.exports()) {
        Path info = Path.of("..", module, "src", "main", "java")
            .resolve(e.source().replace('.', '/')).resolve("package-info.java");
        assertThat(info).as(e.source()).exists();
        assertThat(java.nio.file.Files.readString(info)).as(info.toString())
            .contains("Public API of " + module);
      }
    }
  }

  @Test
  void libraryCodeReadsNoHiddenClock() {
    noClasses().that().resideInAnyPackage("id.posyandu.core..", "id.posyandu.rules..",
            "id.posyandu.json..", "id.posyandu.testkit..")
        .should().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().dependOnClassesThat().belongToAnyOf(java.util.Date.class, java.util.Calendar.class)
        .check(classes);
  }
}
