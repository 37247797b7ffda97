package vn.cchc.render.office;

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
import org.junit.jupiter.api.Test;
import vn.cchc.cli.archfixture.FakeCommand;
import vn.cchc.render.office.archfixture.ReachesUp;
import vn.cchc.render.office.archfixture.cycle.a.CycleA;
import vn.cchc.render.office.archfixture.cycle.b.CycleB;
import vn.cchc.render.office.internal.OfficeRendererProvider;

/**
 * cchc-render-office builds on cchc-render's public packages (docs/design.md): no dependency on the
 * command line or any other cchc module above it, none on cchc-render's internals, no package cycles,
 * nothing exported (the renderers are found by format name through the SPI).
 */
class ArchitectureTest {
  private static final URL LOCATION =
      OfficeRendererProvider.class.getProtectionDomain().getCodeSource().getLocation();
  // Import the module's own class directory (or jar) only: scanning every jar on the class path is slow.
  private static final JavaClasses OFFICE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importUrl(LOCATION);

  /** Among cchc's packages, the office renderers see themselves, the render API, the rules and the model. */
  static final ArchRule ONLY_LOWER_LAYERS = noClasses().that().resideInAPackage("vn.cchc.render.office..")
      .should().dependOnClassesThat(resideInAPackage("vn.cchc..")
          .and(not(resideInAnyPackage("vn.cchc.render..", "vn.cchc.rules..", "vn.cchc.model.."))))
      .because("cchc-render-office sits on cchc-render; the CLI builds on it, not the reverse");

  /** cchc-render's internals are not exported; a plug-in uses the SPI like any third party. */
  static final ArchRule NO_RENDER_INTERNALS = noClasses().that().resideInAPackage("vn.cchc.render.office..")
      .should().dependOnClassesThat().resideInAPackage("vn.cchc.render.internal..");

  static final ArchRule NO_PACKAGE_CYCLES = slices().matching("vn.cchc.(**)").namingSlices("$1")
      .should().beFreeOfCycles();

  @Test
  void theOfficeRenderersAreImported() {
    assertThat(OFFICE.contain(OfficeRendererProvider.class)).isTrue();
    assertThat(OFFICE.contain(ReachesUp.class)).as("test classes stay out of the checked set").isFalse();
  }

  @Test
  void theOfficeRenderersDependOnLowerLayersOnly() {
    ONLY_LOWER_LAYERS.check(OFFICE);
  }

  @Test
  void theOfficeRenderersUseNoInternalsOfCchcRender() {
    NO_RENDER_INTERNALS.check(OFFICE);
  }

  @Test
  void thereAreNoPackageCyclesInsideTheOfficeRenderers() {
    NO_PACKAGE_CYCLES.check(OFFICE);
  }

  @Test
  void theLayerRuleCatchesAClassThatReachesUp() {
    EvaluationResult result = ONLY_LOWER_LAYERS.evaluate(
        new ClassFileImporter().importClasses(ReachesUp.class, FakeCommand.class));
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains(FakeCommand.class.getName());
  }

  @Test
  void theCycleRuleCatchesAPackageCycle() {
    EvaluationResult result = NO_PACKAGE_CYCLES.evaluate(
        new ClassFileImporter().importClasses(CycleA.class, CycleB.class));
    assertThat(result.hasViolation()).isTrue();
  }

  @Test
  void nothingIsExportedAndTheProvidersAreDeclared() throws IOException {
    ModuleDescriptor module = moduleDescriptor();
    assertThat(module.name()).isEqualTo("vn.cchc.render.office");
    assertThat(module.exports()).isEmpty();
    assertThat(module.opens()).isEmpty();
    assertThat(module.provides()).hasSize(2).allSatisfy(p -> assertThat(p.providers()).hasSize(1));
    assertThat(module.provides()).anySatisfy(p -> {
      assertThat(p.service()).isEqualTo("vn.cchc.render.spi.RendererProvider");
      assertThat(p.providers()).containsExactly(OfficeRendererProvider.class.getName());
    });
    assertThat(module.provides()).anySatisfy(p -> {
      assertThat(p.service()).isEqualTo("vn.cchc.render.spi.AggregateRendererProvider");
      assertThat(p.providers()).containsExactly("vn.cchc.render.office.internal.OfficeAggregateRendererProvider");
    });
  }

  private static ModuleDescriptor moduleDescriptor() throws IOException {
    String base = LOCATION.toString();
    URL url = new URL(base.endsWith(".jar") ? "jar:" + base + "!/module-info.class" : base + "module-info.class");
    try (InputStream in = url.openStream()) {
      return ModuleDescriptor.read(in);
    }
  }
}
