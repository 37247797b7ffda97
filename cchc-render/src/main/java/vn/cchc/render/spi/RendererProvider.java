package vn.cchc.render.spi;

import java.util.List;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.Renderer;

/**
 * A source of renderers for one or more formats, found through {@link java.util.ServiceLoader}
 * or registered explicitly with {@link vn.cchc.render.RendererRegistry.Builder#register(RendererProvider)}.
 *
 * <p>An implementation is public, has a public no-argument constructor, and is listed in
 * {@code META-INF/services/vn.cchc.render.spi.RendererProvider} and, in a named module, in
 * {@code provides vn.cchc.render.spi.RendererProvider with …}. When two providers serve the same
 * format, the higher {@link #priority()} wins, then the smaller class name; the built-in providers
 * have priority {@value #BUILTIN_PRIORITY}, so a provider with a higher priority replaces them.
 */
public interface RendererProvider {

  /** The priority of cchc's own providers. */
  int BUILTIN_PRIORITY = 0;

  /** {@return a short name for listings and messages, e.g. "cchc-builtin"} */
  String providerName();

  /** {@return the priority: higher wins when two providers serve the same format; default 0} */
  default int priority() {
    return BUILTIN_PRIORITY;
  }

  /** {@return the formats this provider serves; asked once, when the registry is built} */
  List<FormatDescriptor> formats();

  /**
   * Creates (or returns a shared) renderer for one of {@link #formats()}.
   *
   * @param format a format name from {@link #formats()}
   * @return the renderer
   * @throws IllegalArgumentException when this provider does not serve the format
   */
  Renderer create(String format);
}
