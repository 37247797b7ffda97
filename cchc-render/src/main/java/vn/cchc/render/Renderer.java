package vn.cchc.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Renders reports into one format. Output is streamed to the caller's {@link OutputStream}, which
 * is flushed but never closed. A renderer is stateless and safe to share between threads.
 *
 * <p>{@link #renderAll(Iterable, RenderOptions, OutputStream)} writes many reports into one
 * document of the format (one HTML page, one CSV table with one header, one JSON array, one
 * workbook…), consuming the inputs one by one so that a batch of thousands never sits in memory as
 * output text. Text formats also implement {@link TextRenderer}, which writes to a {@link java.io.Writer}.
 */
public interface Renderer {

  /** {@return what this renderer produces} */
  FormatDescriptor descriptor();

  /**
   * Renders one report.
   *
   * @param input the report with its catalogue, findings and derived values
   * @param options the options
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   * @throws RenderException when the report cannot be rendered in this format
   */
  default void render(RenderInput input, RenderOptions options, OutputStream out) throws IOException {
    renderAll(List.of(input), options, out);
  }

  /**
   * Renders a batch of reports into one document, in the order given.
   *
   * @param inputs the reports; iterated once (a lazy source such as {@code stream::iterator} works)
   * @param options the options
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   * @throws RenderException when a report cannot be rendered in this format
   */
  void renderAll(Iterable<? extends RenderInput> inputs, RenderOptions options, OutputStream out) throws IOException;
}
