package vn.cchc.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.render.spi.RendererProvider;

class RendererRegistryTest {

  /** A provider with a chosen priority serving "html" and "dummy"; the renderer names its provider. */
  public static class Fake implements RendererProvider {
    final int priority;
    final String name;

    Fake(String name, int priority) {
      this.name = name;
      this.priority = priority;
    }

    @Override
    public String providerName() {
      return name;
    }

    @Override
    public int priority() {
      return priority;
    }

    @Override
    public List<FormatDescriptor> formats() {
      return List.of(new FormatDescriptor("html", "fake html", "text/html", "html", false),
          new FormatDescriptor("dummy", "dummy " + name, "text/plain", "txt", false));
    }

    @Override
    public Renderer create(String format) {
      return new Renderer() {
        @Override
        public FormatDescriptor descriptor() {
          return new FormatDescriptor(format, "by " + name, "text/plain", "txt", false);
        }

        @Override
        public void renderAll(Iterable<? extends RenderInput> inputs, RenderOptions options, OutputStream out)
            throws IOException {
          out.write(name.getBytes(StandardCharsets.UTF_8));
        }
      };
    }
  }

  /** Same priority as FakeB but a smaller class name. */
  public static class FakeA extends Fake {
    public FakeA() {
      super("a", 5);
    }
  }

  public static class FakeB extends Fake {
    public FakeB() {
      super("b", 5);
    }
  }

  @Test
  void theDefaultRegistryServesTheBuiltInFormats() {
    assertThat(Renderers.formats()).extracting(FormatInfo::format)
        .contains("csv", "html", "json", "markdown", "text").isSorted();
    assertThat(Renderers.find(" HTML ").descriptor().name()).isEqualTo("html");
    assertThat(Renderers.find("csv")).isInstanceOf(TextRenderer.class);
    assertThat(Renderers.registry().candidates("html")).first()
        .satisfies(f -> assertThat(f.providerName()).isEqualTo("cchc-builtin"));
  }

  @Test
  void anUnknownFormatListsTheFormatsThatExist() {
    assertThatThrownBy(() -> Renderers.find("pdf"))
        .isInstanceOf(UnknownFormatException.class)
        .hasMessageContaining("Unknown format 'pdf'")
        .hasMessageContaining("csv, ")
        .hasMessageContaining("html")
        .satisfies(e -> assertThat(((UnknownFormatException) e).available()).contains("json", "text"));
    assertThat(Renderers.registry().lookup("pdf")).isEmpty();
  }

  @Test
  void explicitRegistrationBeatsDiscoveryWhateverThePriority() {
    RendererRegistry r = RendererRegistry.builder().discover().register(new Fake("mine", -100)).build();
    assertThat(r.find("html").descriptor().description()).isEqualTo("by mine");
    assertThat(r.candidates("html")).extracting(FormatInfo::providerName).containsExactly("mine", "cchc-builtin");
    assertThat(r.formats()).filteredOn(f -> f.format().equals("html")).singleElement()
        .satisfies(f -> assertThat(f.origin()).isEqualTo("registered"));
  }

  @Test
  void theLastExplicitRegistrationWins() {
    RendererRegistry r = RendererRegistry.builder().register(new Fake("one", 9)).register(new Fake("two", 0)).build();
    assertThat(r.find("dummy").descriptor().description()).isEqualTo("by two");
  }

  @Test
  void discoveredProvidersAreOrderedByPriorityThenClassName(@TempDir Path dir) throws Exception {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    // B listed first: the order in the file must not matter, only priority then class name.
    Files.writeString(services.resolve(RendererProvider.class.getName()),
        FakeB.class.getName() + "\n" + FakeA.class.getName() + "\n");
    try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      RendererRegistry r = RendererRegistry.builder().discover(cl).build();
      assertThat(r.candidates("dummy")).extracting(FormatInfo::providerName).containsExactly("a", "b");
      // priority 5 beats the built-in html (priority 0)
      assertThat(r.candidates("html")).extracting(FormatInfo::providerName).containsSubsequence("a", "b", "cchc-builtin");
      assertThat(r.find("html").descriptor().description()).isEqualTo("by a");
    }
  }

  @Test
  void aProviderThatFailsToLoadIsReportedAndSkipped(@TempDir Path dir) throws Exception {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(RendererProvider.class.getName()),
        "com.example.custom.BrokenProvider\ncom.example.nowhere.Missing\n");
    List<ProviderLoadFailure> seen = new ArrayList<>();
    try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      RendererRegistry r = RendererRegistry.builder().discover(cl).onLoadFailure(seen::add).build();
      assertThat(r.loadFailures()).hasSize(2).isEqualTo(seen);
      assertThat(seen).extracting(ProviderLoadFailure::provider)
          .containsExactlyInAnyOrder("com.example.custom.BrokenProvider", "com.example.nowhere.Missing");
      assertThat(r.find("html").descriptor().name()).isEqualTo("html");
    }
  }

  @Test
  void aSystemPropertyNamesTheProviderForAFormat() {
    Properties p = new Properties();
    p.setProperty(RendererRegistry.PROVIDER_PROPERTY_PREFIX + "html", FakeA.class.getName());
    RendererRegistry r = RendererRegistry.builder().discover().systemProperties(p).build();
    assertThat(r.find("html").descriptor().description()).isEqualTo("by a");
    assertThat(r.formats()).filteredOn(f -> f.format().equals("html")).singleElement()
        .satisfies(f -> assertThat(f.origin()).isEqualTo("system-property"));
    // only the named format is overridden
    assertThat(r.find("csv").descriptor().name()).isEqualTo("csv");
  }

  @Test
  void aSystemPropertyNamingAnUnusableClassIsReportedAndIgnored() {
    Properties p = new Properties();
    p.setProperty(RendererRegistry.PROVIDER_PROPERTY_PREFIX + "html", "com.example.NoSuchProvider");
    List<ProviderLoadFailure> seen = new ArrayList<>();
    RendererRegistry r = RendererRegistry.builder().discover().systemProperties(p).onLoadFailure(seen::add).build();
    assertThat(seen).singleElement().satisfies(f -> assertThat(f.message()).contains("vn.cchc.render.provider.html"));
    assertThat(r.candidates("html")).first().satisfies(f -> assertThat(f.providerName()).isEqualTo("cchc-builtin"));
  }

  @Test
  void aProviderWhoseCreateFailsFallsBackToTheNextOne() {
    RendererProvider bad = new Fake("bad", 0) {
      @Override
      public Renderer create(String format) {
        throw new IllegalStateException("no");
      }
    };
    List<ProviderLoadFailure> seen = new ArrayList<>();
    RendererRegistry r = RendererRegistry.builder().discover().register(bad).onLoadFailure(seen::add).build();
    assertThat(r.find("html").descriptor().description()).startsWith("One self-contained HTML page");
    assertThat(seen).singleElement().satisfies(f -> assertThat(f.message()).contains("format 'html'"));
    assertThatThrownBy(() -> r.find("dummy")).isInstanceOf(RenderException.class).hasMessageContaining("dummy");
  }

  @Test
  void anEmptyRegistrySaysSoWhenAskedForAFormat() {
    assertThatThrownBy(() -> RendererRegistry.builder().build().find("html"))
        .isInstanceOf(UnknownFormatException.class).hasMessageContaining("no renderer provider was found");
  }
}
