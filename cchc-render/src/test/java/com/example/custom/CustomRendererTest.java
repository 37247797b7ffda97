package com.example.custom;

import vn.cchc.render.testing.Samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.cchc.render.FormatInfo;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.Renderer;
import vn.cchc.render.Renderers;

/** A third party's renderer, registered only through META-INF/services, is found by its format name. */
class CustomRendererTest {

  @Test
  void aRendererOutsideTheLibraryIsFoundByItsFormatName() throws Exception {
    Renderer r = Renderers.find("yamlish");
    assertThat(r.descriptor().name()).isEqualTo("yamlish");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r.render(Samples.input(), RenderOptions.defaults(), out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).startsWith("report: 45/BC-UBND\n").contains("  3.1.3: 1.492\n").contains("  1.4.2: 2 (Kết hợp)\n");
    assertThat(Renderers.formats()).extracting(FormatInfo::format).contains("yamlish", "html", "csv");
    assertThat(Renderers.formats()).filteredOn(f -> f.format().equals("yamlish")).singleElement()
        .satisfies(f -> {
          assertThat(f.providerName()).isEqualTo("example-yamlish");
          assertThat(f.providerClass()).isEqualTo(YamlishRendererProvider.class.getName());
          assertThat(f.origin()).isEqualTo("service-loader");
        });
  }
}
