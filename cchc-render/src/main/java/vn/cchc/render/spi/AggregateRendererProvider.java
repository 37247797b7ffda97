package vn.cchc.render.spi;

import java.util.List;
import vn.cchc.render.AggregateRenderer;
import vn.cchc.render.FormatDescriptor;

/**
 * A source of {@link AggregateRenderer}s, found through {@link java.util.ServiceLoader} like
 * {@link RendererProvider}: public, with a public no-argument constructor, listed in
 * {@code META-INF/services/vn.cchc.render.spi.AggregateRendererProvider} and, in a named module, in
 * {@code provides vn.cchc.render.spi.AggregateRendererProvider with …}. When two providers serve a format the
 * higher {@link #priority()} wins, then the smaller class name.
 */
public interface AggregateRendererProvider {

  /** {@return a short name for listings and messages} */
  String providerName();

  /** {@return the priority: higher wins when two providers serve one format; cchc's own have 0} */
  default int priority() {
    return RendererProvider.BUILTIN_PRIORITY;
  }

  /** {@return the formats served} */
  List<FormatDescriptor> formats();

  /**
   * Creates the renderer for one of {@link #formats()}.
   *
   * @param format the format name
   * @return the renderer
   * @throws IllegalArgumentException when this provider does not serve the format
   */
  AggregateRenderer create(String format);
}
