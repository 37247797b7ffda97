package vn.cchc.model;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchc.model.archfixture.ReachesUp;
import vn.cchc.model.archfixture.cycle.a.CycleA;
import vn.cchc.model.archfixture.cycle.b.CycleB;
import vn.cchc.rules.archfixture.FakeRule;

/** cchc-model stands alone: no dependency on other cchc modules, no package cycles, internals hidden. */
class ArchitectureTest {
  private static final URL LOCATION = Report.class.getProtectionDomain().getCodeSource().getLocation();
  // Import the module's own class directory (or jar) only: scanning every jar on the class path is slow.
  private static final JavaClasses MODEL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importUrl(LOCATION);

  static final ArchRule NO_OTHER_CCHC_MODULE = noClasses().that().resideInAPackage("vn.cchc.model..")
      .should().dependOnClassesThat(resideInAPackage("vn.cchc..").and(not(resideInAPackage("vn.cchc.model.."))))
      .because("cchc-model is the bottom of the module graph: rules, renderers and the CLI build on it");

  static final SliceRule NO_PACKAGE_CYCLES = slices().matching("vn.cchc.(**)").namingSlices("$1")
      .should().beFreeOfCycles();

  @Test
  void theModelIsImported() {
    assertThat(MODEL.contain(Report.class)).isTrue();
    assertThat(MODEL.contain("vn.cchc.model.json.Jackson3Json")).isTrue();
  }

  @Test
  void theModelDependsOnNoOtherCchcPackage() {
    NO_OTHER_CCHC_MODULE.check(MODEL);
  }

  @Test
  void thereAreNoPackageCyclesInsideTheModel() {
    NO_PACKAGE_CYCLES
        // Known and accepted: Catalogues.read(...) loads catalogues through CchcJson, which reads Catalogue.
        .ignoreDependency(vn.cchc.model.catalogue.Catalogues.class, vn.cchc.model.json.CchcJson.class)
        // Known and accepted: the style annotation names InvalidModelException, and the model's packages are
        // annotated with the style; an annotation at compile time, no code path.
        .ignoreDependency(vn.cchc.model.style.CchcStyle.class, InvalidModelException.class)
        .check(MODEL);
  }

  @Test
  void internalClassesAreNotPublic() {
    classes().that().haveFullyQualifiedName("vn.cchc.model.json.Jackson2Json")
        .or().haveFullyQualifiedName("vn.cchc.model.json.Jackson3Json")
        .or().haveFullyQualifiedName("vn.cchc.model.json.JacksonDetection")
        .or().haveFullyQualifiedName("vn.cchc.model.json.JsonErrors")
        .or().haveFullyQualifiedName("vn.cchc.model.Text")
        .should().notBePublic()
        .check(MODEL);
    classes().that().resideInAPackage("vn.cchc.model.json").and().arePublic()
        .should().haveSimpleNameStartingWith("CchcJson").orShould().haveSimpleName("JsonReadLimits")
        .because("the JSON package's public API is CchcJson, CchcJsonException and JsonReadLimits")
        .check(MODEL);
  }

  @Test
  void theLayerRuleCatchesAClassThatReachesUp() {
    EvaluationResult result = NO_OTHER_CCHC_MODULE.evaluate(
        new ClassFileImporter().importClasses(ReachesUp.class, FakeRule.class));
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains(FakeRule.class.getName());
    assertThat(MODEL.contain(ReachesUp.class)).as("test classes stay out of the checked set").isFalse();
  }

  @Test
  void theCycleRuleCatchesAPackageCycle() {
    EvaluationResult result = NO_PACKAGE_CYCLES.evaluate(
        new ClassFileImporter().importClasses(CycleA.class, CycleB.class));
    assertThat(result.hasViolation()).isTrue();
  }

  @Test
  void exactlyThePublicPackagesAreExported() throws IOException {
    String base = LOCATION.toString();
    URL url = new URL(base.endsWith(".jar") ? "jar:" + base + "!/module-info.class" : base + "module-info.class");
    ModuleDescriptor module;
    try (InputStream in = url.openStream()) {
      module = ModuleDescriptor.read(in);
    }
    Set<String> exported = module.exports().stream().filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(module.name()).isEqualTo("vn.cchc.model");
    assertThat(exported).containsExactlyInAnyOrder(
        "vn.cchc.model", "vn.cchc.model.catalogue", "vn.cchc.model.json", "vn.cchc.model.message", "vn.cchc.model.text");
    // The Immutables style annotation is not API: exported only to the cchc modules that declare value types.
    assertThat(module.exports()).filteredOn(ModuleDescriptor.Exports::isQualified).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("vn.cchc.model.style");
      assertThat(e.targets()).allSatisfy(t -> assertThat(t).startsWith("vn.cchc."));
    });
    // Opened (qualified) to the two Jackson lines only, for reflective access to the generated builders.
    assertThat(module.opens()).allSatisfy(o -> assertThat(o.targets())
        .containsExactlyInAnyOrder("com.fasterxml.jackson.databind", "tools.jackson.databind"));
  }
}
