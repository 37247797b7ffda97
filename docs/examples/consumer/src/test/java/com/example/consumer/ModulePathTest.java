package com.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchc.model.Report;
import vn.cchc.render.Renderers;

/**
 * cchc's build runs these tests twice (pom.xml: one surefire execution on the module path, one on the class
 * path); this test proves each ran where it says. On the module path the other tests then use cchc's module
 * descriptors for real: the bundled catalogue is read by Jackson through {@code opens}, the renderers are
 * found through {@code uses}/{@code provides}, and this module compiles only against exported packages.
 */
class ModulePathTest {
  @Test
  void runsOnThePathTheBuildAskedFor() {
    String path = System.getProperty("consumer.path", "");
    assertThat(path).as("system property consumer.path, set by each surefire execution").isIn("module", "class");
    boolean modular = path.equals("module");
    Module consumer = ModulePathTest.class.getModule();
    Module model = Report.class.getModule();
    System.out.println("consumer tests on the " + path + " path: " + consumer + ", cchc-model in " + model);

    assertThat(consumer.isNamed()).as("consumer module named").isEqualTo(modular);
    assertThat(model.isNamed()).as("cchc-model module named").isEqualTo(modular);
    if (modular) {
      assertThat(consumer.getName()).isEqualTo("com.example.consumer");
      Set<String> cchc = ModuleLayer.boot().modules().stream().map(Module::getName)
          .filter(n -> n.startsWith("vn.cchc.")).collect(Collectors.toSet());
      assertThat(cchc).containsExactlyInAnyOrder("vn.cchc.model", "vn.cchc.rules", "vn.cchc.render");
      assertThat(consumer.canRead(Renderers.class.getModule())).isTrue();
    }
  }

  @Test
  void neitherPathHoldsOkHttpNorKotlin() {
    // docs/getting-started.md promises it: cchc's money comes from Moneta's core alone
    String paths = System.getProperty("java.class.path", "") + java.io.File.pathSeparator
        + System.getProperty("jdk.module.path", "");
    assertThat(paths).contains("moneta-core").doesNotContain("okhttp", "okio", "kotlin");
    assertThat(ModuleLayer.boot().findModule("okhttp3")).isEmpty();
  }

  @Test
  void ourRendererAndTheBuiltInOnesAreFoundOnEitherPath() {
    // module path: `provides` in our module-info.java and in vn.cchc.render's; class path: META-INF/services
    assertThat(Renderers.formats()).extracting(f -> f.format()).contains("summary", "text", "html", "json");
  }
}
