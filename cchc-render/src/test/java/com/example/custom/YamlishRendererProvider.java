package com.example.custom;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import vn.cchc.model.AppendixEntry;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.Renderer;
import vn.cchc.render.TextRenderer;
import vn.cchc.render.spi.RenderTexts;
import vn.cchc.render.spi.RendererProvider;

/**
 * A third-party renderer, outside cchc's packages, using only the public API: one "id: value" line
 * per appendix row. Registered in src/test/resources/META-INF/services — the example of docs/renderers.md.
 */
public final class YamlishRendererProvider implements RendererProvider {
  static final FormatDescriptor FORMAT = new FormatDescriptor("yamlish", "Appendix as 'id: value' lines",
      "text/plain; charset=UTF-8", "txt", false);

  @Override
  public String providerName() {
    return "example-yamlish";
  }

  @Override
  public List<FormatDescriptor> formats() {
    return List.of(FORMAT);
  }

  @Override
  public Renderer create(String format) {
    return new TextRenderer() {
      @Override
      public FormatDescriptor descriptor() {
        return FORMAT;
      }

      @Override
      public void renderAll(Iterable<? extends RenderInput> inputs, RenderOptions options, Writer out)
          throws IOException {
        for (RenderInput in : inputs) {
          out.write("report: " + in.report().numberOrDraft() + "\n");
          for (AppendixEntry e : in.report().appendix()) {
            out.write("  " + e.indicatorId() + ": " + RenderTexts.value(e.value(), in.catalogue()) + "\n");
          }
        }
        out.flush();
      }
    };
  }
}
