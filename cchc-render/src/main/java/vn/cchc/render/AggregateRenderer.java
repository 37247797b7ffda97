package vn.cchc.render;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders a roll-up by unit ({@link AggregateInput}) into one format: the per-unit table as CSV or JSON, a
 * dashboard as HTML, a workbook as XLSX. Found by format name through {@link AggregateRenderers}, the same
 * way {@link Renderers} finds report renderers. Stateless and thread-safe; the output stream is flushed, not
 * closed.
 */
public interface AggregateRenderer {

  /** {@return what this renderer produces} */
  FormatDescriptor descriptor();

  /**
   * Renders the roll-up.
   *
   * @param input the roll-up with its catalogue, key indicators and targets
   * @param options the options (language is Vietnamese labels throughout; {@code csvBom} applies to CSV)
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   */
  void render(AggregateInput input, RenderOptions options, OutputStream out) throws IOException;
}
