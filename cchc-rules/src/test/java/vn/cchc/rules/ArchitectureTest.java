package vn.cchc.rules;

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
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchc.render.archfixture.FakeRenderer;
import vn.cchc.rules.archfixture.ReachesUp;
import vn.cchc.rules.archfixture.cycle.a.CycleA;
import vn.cchc.rules.archfixture.cycle.b.CycleB;

/**
 * cchc-rules builds on cchc-model only (docs/design.md): no dependency on the renderers, the command
 * line or any other cchc module, no package cycles, exactly the public packages exported.
 */
class ArchitectureTest {
  private static final URL LOCATION = Checker.class.getProtectionDomain().getCodeSource().getLocation();
  // Import the module's own class directory (or jar) only: scanning every jar on the class path is slow.
  private static final JavaClasses RULES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importUrl(LOCATION);

  /** Among cchc's packages, the rules see themselves and the model, nothing above. */
  static final ArchRule ONLY_MODEL_BELOW = noClasses().that().resideInAPackage("vn.cchc.rules..")
      .should().dependOnClassesThat(resideInAPackage("vn.cchc..")
          .and(not(resideInAnyPackage("vn.cchc.rules..", "vn.cchc.model.."))))
      .because("cchc-rules sits on cchc-model; renderers, the CLI and the testkit build on the rules, not the reverse");

  static final ArchRule NO_PACKAGE_CYCLES = slices().matching("vn.cchc.(**)").namingSlices("$1")
      .should().beFreeOfCycles();

  @Test
  void theRulesAreImported() {
    assertThat(RULES.contain(Checker.class)).isTrue();
    assertThat(RULES.contain("vn.cchc.rules.rollup.RollUp")).isTrue();
    assertThat(RULES.contain(ReachesUp.class)).as("test classes stay out of the checked set").isFalse();
  }

  @Test
  void theRulesDependOnTheModelOnly() {
    ONLY_MODEL_BELOW.check(RULES);
  }

  @Test
  void thereAreNoPackageCyclesInsideTheRules() {
    NO_PACKAGE_CYCLES.check(RULES);
  }

  @Test
  void theLayerRuleCatchesAClassThatReachesUp() {
    EvaluationResult result = ONLY_MODEL_BELOW.evaluate(
        new ClassFileImporter().importClasses(ReachesUp.class, FakeRenderer.class));
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains(FakeRenderer.class.getName());
  }

  @Test
  void theCycleRuleCatchesAPackageCycle() {
    EvaluationResult result = NO_PACKAGE_CYCLES.evaluate(
        new ClassFileImporter().importClasses(CycleA.class, CycleB.class));
    assertThat(result.hasViolation()).isTrue();
  }

  @Test
  void exactlyThePublicPackagesAreExported() throws IOException {
    ModuleDescriptor module = moduleDescriptor();
    Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(module.name()).isEqualTo("vn.cchc.rules");
    assertThat(exported).containsExactlyInAnyOrder("vn.cchc.rules", "vn.cchc.rules.tolerance", "vn.cchc.rules.rollup",
        "vn.cchc.rules.units", "vn.cchc.rules.batch");
    assertThat(module.exports()).allSatisfy(e -> assertThat(e.isQualified()).as(e.source()).isFalse());
    assertThat(exported).noneMatch(p -> p.contains(".internal"));
  }

  private static ModuleDescriptor moduleDescriptor() throws IOException {
    String base = LOCATION.toString();
    URL url = new URL(base.endsWith(".jar") ? "jar:" + base + "!/module-info.class" : base + "module-info.class");
    try (InputStream in = url.openStream()) {
      return ModuleDescriptor.read(in);
    }
  }
}
