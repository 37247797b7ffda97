package vn.cchc.render.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import vn.cchc.model.json.CchcJson;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.RenderException;
import vn.cchc.render.RenderInput;
import vn.cchc.render.RenderOptions;
import vn.cchc.render.spi.OutputStreams;
import vn.cchc.render.Renderer;

/**
 * The model's JSON ({@link CchcJson}, whichever Jackson line is present): one report is one JSON
 * object, exactly what {@code CchcJson.writeReport} writes; a batch is a JSON array of them. Findings
 * and derived values are not part of the report's JSON and are not written.
 */
final class JsonFormat implements Renderer {
  static final FormatDescriptor DESCRIPTOR = new FormatDescriptor("json",
      "The report in cchc's JSON (the model's schema); a batch is a JSON array", "application/json", "json", false);

  private static final class Codec {
    static final CchcJson JSON = detect();

    private static CchcJson detect() {
      try {
        return CchcJson.detect();
      } catch (IllegalStateException e) {
        return null;
      }
    }
  }

  @Override
  public FormatDescriptor descriptor() {
    return DESCRIPTOR;
  }

  private static CchcJson json() {
    CchcJson j = Codec.JSON;
    if (j == null) {
      throw new RenderException("format json needs Jackson: add tools.jackson.core:jackson-databind (3.x) or "
          + "com.fasterxml.jackson.core:jackson-databind (2.21+) with jackson-datatype-jdk8 and jackson-datatype-jsr310");
    }
    return j;
  }

  @Override
  public void render(RenderInput input, RenderOptions options, OutputStream out) throws IOException {
    json().writeReport(input.report(), OutputStreams.nonClosing(out));
    out.flush();
  }

  @Override
  public void renderAll(Iterable<? extends RenderInput> inputs, RenderOptions options, OutputStream out)
      throws IOException {
    CchcJson j = json();
    OutputStream o = OutputStreams.nonClosing(out);
    out.write('[');
    boolean first = true;
    for (RenderInput in : inputs) {
      out.write((first ? "\n" : ",\n").getBytes(StandardCharsets.UTF_8));
      first = false;
      j.writeReport(in.report(), o);
    }
    out.write("\n]\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
