package vn.cchc.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A renderer of a text format, which can also write to a {@link Writer}. Writing to an
 * {@link OutputStream} encodes UTF-8.
 */
public interface TextRenderer extends Renderer {

  /**
   * Renders one report as text.
   *
   * @param input the report with its catalogue, findings and derived values
   * @param options the options
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   * @throws RenderException when the report cannot be rendered in this format
   */
  default void render(RenderInput input, RenderOptions options, Writer out) throws IOException {
    renderAll(List.of(input), options, out);
  }

  /**
   * Renders a batch of reports as one text document.
   *
   * @param inputs the reports; iterated once
   * @param options the options
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   * @throws RenderException when a report cannot be rendered in this format
   */
  void renderAll(Iterable<? extends RenderInput> inputs, RenderOptions options, Writer out) throws IOException;

  /**
   * Encodes the text as UTF-8 and delegates to {@link #renderAll(Iterable, RenderOptions, Writer)}.
   *
   * @param inputs the reports; iterated once
   * @param options the options
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   */
  @Override
  default void renderAll(Iterable<? extends RenderInput> inputs, RenderOptions options, OutputStream out)
      throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 14);
    renderAll(inputs, options, w);
    w.flush();
  }
}
