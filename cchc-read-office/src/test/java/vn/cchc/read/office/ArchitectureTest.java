package vn.cchc.read.office;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchc.read.office.archfixture.ReachesUp;
import vn.cchc.read.office.archfixture.cycle.a.CycleA;
import vn.cchc.read.office.archfixture.cycle.b.CycleB;
import vn.cchc.render.Renderers;

/**
 * cchc-read-office sits on the model only (docs/design.md): it reads into the model and uses the text
 * reader; it knows nothing of the rules, the renderers or the command line; no package cycles; it
 * exports exactly {@code vn.cchc.read.office}.
 */
class ArchitectureTest {
  private static final URL LOCATION = ReportFileReader.class.getProtectionDomain().getCodeSource().getLocation();
  private static final JavaClasses READER = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importUrl(LOCATION);

  /** Among cchc's packages, the DOCX reader sees itself and the model. */
  static final ArchRule ONLY_THE_MODEL = noClasses().that().resideInAPackage("vn.cchc.read.office..")
      .should().dependOnClassesThat(resideInAPackage("vn.cchc..")
          .and(not(resideInAnyPackage("vn.cchc.read.office..", "vn.cchc.model.."))))
      .because("cchc-read-office reads into the model; rules, renderers and the CLI build on the model, not on it");

  static final ArchRule NO_PACKAGE_CYCLES = slices().matching("vn.cchc.(**)").namingSlices("$1")
      .should().beFreeOfCycles();

  @Test
  void theReaderIsImported() {
    assertThat(READER.contain(ReportFileReader.class)).isTrue();
    assertThat(READER.contain(ReachesUp.class)).as("test classes stay out of the checked set").isFalse();
  }

  @Test
  void theReaderDependsOnTheModelOnly() {
    ONLY_THE_MODEL.check(READER);
  }

  @Test
  void thereAreNoPackageCycles() {
    NO_PACKAGE_CYCLES.check(READER);
  }

  @Test
  void theLayerRuleCatchesAClassThatReachesUp() {
    EvaluationResult result = ONLY_THE_MODEL.evaluate(new ClassFileImporter().importClasses(ReachesUp.class));
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains(Renderers.class.getName());
  }

  @Test
  void theCycleRuleCatchesAPackageCycle() {
    EvaluationResult result = NO_PACKAGE_CYCLES.evaluate(
        new ClassFileImporter().importClasses(CycleA.class, CycleB.class));
    assertThat(result.hasViolation()).isTrue();
  }

  @Test
  void exactlyTheReaderPackageIsExported() throws IOException {
    ModuleDescriptor module = moduleDescriptor();
    assertThat(module.name()).isEqualTo("vn.cchc.read.office");
    assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactly("vn.cchc.read.office");
    assertThat(module.opens()).isEmpty();
  }

  private static ModuleDescriptor moduleDescriptor() throws IOException {
    String base = LOCATION.toString();
    URL url = new URL(base.endsWith(".jar") ? "jar:" + base + "!/module-info.class" : base + "module-info.class");
    try (InputStream in = url.openStream()) {
      return ModuleDescriptor.read(in);
    }
  }
}
