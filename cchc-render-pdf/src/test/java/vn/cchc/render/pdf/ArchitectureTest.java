package vn.cchc.render.pdf;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import vn.cchc.render.Renderers;
import vn.cchc.render.pdf.internal.PdfRendererProvider;
import vn.cchc.render.spi.RendererProvider;

/**
 * cchc-render-pdf builds on cchc-render's public packages (docs/design.md): no dependency on the command line or
 * any cchc module above it, none on cchc-render's internals, nothing exported; the renderer is found by its format
 * name through the SPI, from {@code META-INF/services} and from {@code provides} in module-info.
 */
class ArchitectureTest {
  private static final URL LOCATION =
      PdfRendererProvider.class.getProtectionDomain().getCodeSource().getLocation();
  private static final JavaClasses PDF = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importUrl(LOCATION);

  static final ArchRule ONLY_LOWER_LAYERS = noClasses().that().resideInAPackage("vn.cchc.render.pdf..")
      .should().dependOnClassesThat(resideInAPackage("vn.cchc..")
          .and(not(resideInAnyPackage("vn.cchc.render..", "vn.cchc.rules..", "vn.cchc.model.."))))
      .because("cchc-render-pdf sits on cchc-render; the CLI builds on it, not the reverse");

  static final ArchRule NO_RENDER_INTERNALS = noClasses().that().resideInAPackage("vn.cchc.render.pdf..")
      .should().dependOnClassesThat().resideInAnyPackage("vn.cchc.render.internal..", "vn.cchc.render.office..");

  @Test
  void thePdfRendererDependsOnLowerLayersAndThePublicSpiOnly() {
    assertThat(PDF.contain(PdfRendererProvider.class)).isTrue();
    ONLY_LOWER_LAYERS.check(PDF);
    NO_RENDER_INTERNALS.check(PDF);
  }

  @Test
  void nothingIsExportedAndTheProviderIsDeclaredBothWays() throws IOException {
    String base = LOCATION.toString();
    URL url = new URL(base.endsWith(".jar") ? "jar:" + base + "!/module-info.class" : base + "module-info.class");
    ModuleDescriptor module;
    try (InputStream in = url.openStream()) {
      module = ModuleDescriptor.read(in);
    }
    assertThat(module.name()).isEqualTo("vn.cchc.render.pdf");
    assertThat(module.exports()).isEmpty();
    assertThat(module.provides()).singleElement().satisfies(p -> {
      assertThat(p.service()).isEqualTo(RendererProvider.class.getName());
      assertThat(p.providers()).containsExactly(PdfRendererProvider.class.getName());
    });
    assertThat(ServiceLoader.load(RendererProvider.class).stream().map(ServiceLoader.Provider::type))
        .contains(PdfRendererProvider.class);
    assertThat(Renderers.find("pdf").descriptor().mediaType()).isEqualTo("application/pdf");
    assertThat(Renderers.find("PDF ").descriptor().binary()).isTrue();
  }
}
