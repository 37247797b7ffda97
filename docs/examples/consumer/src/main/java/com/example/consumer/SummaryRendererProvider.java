package com.example.consumer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.Renderer;
import vn.cchc.render.spi.RendererProvider;

/**
 * Our own format, "summary": one line per report (number, unit, how many indicators were reported,
 * how many findings). Found by cchc through META-INF/services.
 */
public final class SummaryRendererProvider implements RendererProvider {
  static final FormatDescriptor SUMMARY =
      new FormatDescriptor("summary", "One line per report", "text/plain", "txt", false);

  @Override
  public String providerName() {
    return "example-summary";
  }

  @Override
  public List<FormatDescriptor> formats() {
    return List.of(SUMMARY);
  }

  @Override
  public Renderer create(String format) {
    return new Renderer() {
      @Override
      public FormatDescriptor descriptor() {
        return SUMMARY;
      }

      @Override
      public void renderAll(Iterable<? extends RenderInput> inputs, RenderOptions options, OutputStream out)
          throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (RenderInput in : inputs) {
          long reported = in.report().appendix().stream().filter(e -> e.value().number().isPresent()).count();
          w.write(in.report().numberOrDraft() + "\t" + in.report().issuer().asWritten() + "\t"
              + reported + " chỉ tiêu có số liệu\t" + in.findings().size() + " phát hiện\n");
        }
        w.flush();
      }
    };
  }
}
