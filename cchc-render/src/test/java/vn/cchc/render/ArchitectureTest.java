package vn.cchc.render;

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
import vn.cchc.render.office.archfixture.FakeOfficeRenderer;
import vn.cchc.render.archfixture.ReachesUp;
import vn.cchc.render.archfixture.cycle.a.CycleA;
import vn.cchc.render.archfixture.cycle.b.CycleB;

/**
 * cchc-render builds on cchc-rules and cchc-model only (docs/design.md): no dependency on the office
 * renderers, the command line or any other cchc module, no package cycles, the SPI free of internals,
 * exactly the public packages exported.
 */
class ArchitectureTest {
  private static final URL LOCATION = Renderers.class.getProtectionDomain().getCodeSource().getLocation();
  // Import the module's own class directory (or jar) only: scanning every jar on the class path is slow.
  private static final JavaClasses RENDER = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importUrl(LOCATION);

  /** Among cchc's packages, the light renderers see themselves, the rules and the model, nothing above. */
  static final ArchRule ONLY_RULES_AND_MODEL_BELOW = noClasses().that().resideInAPackage("vn.cchc.render..")
      .should().dependOnClassesThat(resideInAPackage("vn.cchc..")
          .and(not(resideInAnyPackage("vn.cchc.render..", "vn.cchc.rules..", "vn.cchc.model..")))
          .or(resideInAPackage("vn.cchc.render.office..")))
      .because("cchc-render sits on cchc-rules; the office renderers and the CLI build on it, not the reverse");

  /** Providers written against the SPI must never need an internal class. */
  static final ArchRule SPI_FREE_OF_INTERNALS = noClasses().that().resideInAnyPackage("vn.cchc.render", "vn.cchc.render.spi")
      .should().dependOnClassesThat().resideInAPackage("vn.cchc.render.internal..")
      .because("vn.cchc.render.internal is not exported: the public packages must stand without it");

  /**
   * No package cycles, with one accepted pair: the API ({@code vn.cchc.render}: Renderer, RendererRegistry)
   * and the SPI ({@code vn.cchc.render.spi}: RendererProvider creates Renderers) are one unit, as
   * {@code javax.money} and {@code javax.money.spi} are. Internals are covered: see {@link #SPI_FREE_OF_INTERNALS}.
   */
  static final ArchRule NO_PACKAGE_CYCLES = slices().matching("vn.cchc.(**)").namingSlices("$1")
      .should().beFreeOfCycles()
      .ignoreDependency(resideInAPackage("vn.cchc.render"), resideInAPackage("vn.cchc.render.spi"));

  @Test
  void theRenderersAreImported() {
    assertThat(RENDER.contain(Renderers.class)).isTrue();
    assertThat(RENDER.contain("vn.cchc.render.internal.BuiltinRendererProvider")).isTrue();
    assertThat(RENDER.contain(ReachesUp.class)).as("test classes stay out of the checked set").isFalse();
  }

  @Test
  void theRenderersDependOnRulesAndModelOnly() {
    ONLY_RULES_AND_MODEL_BELOW.check(RENDER);
  }

  @Test
  void thePublicPackagesDoNotUseInternals() {
    SPI_FREE_OF_INTERNALS.check(RENDER);
  }

  @Test
  void thereAreNoPackageCyclesInsideTheRenderers() {
    NO_PACKAGE_CYCLES.check(RENDER);
  }

  @Test
  void theLayerRuleCatchesAClassThatReachesUp() {
    EvaluationResult result = ONLY_RULES_AND_MODEL_BELOW.evaluate(
        new ClassFileImporter().importClasses(ReachesUp.class, FakeOfficeRenderer.class));
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains(FakeOfficeRenderer.class.getName());
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
    assertThat(module.name()).isEqualTo("vn.cchc.render");
    assertThat(exported).containsExactlyInAnyOrder("vn.cchc.render", "vn.cchc.render.spi");
    assertThat(module.packages()).contains("vn.cchc.render.internal");
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
