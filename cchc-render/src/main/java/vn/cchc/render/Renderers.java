package vn.cchc.render;

import java.util.List;

/**
 * The entry point: renderers by format name from the default registry, which is discovered through
 * {@link java.util.ServiceLoader} on first use. Applications that manage their own plug-ins (a
 * container, an OSGi-like loader) build a {@link RendererRegistry} instead.
 *
 * <pre>{@code
 * Renderers.find("docx").render(RenderInput.of(report, catalogue), RenderOptions.defaults(), out);
 * Renderers.formats().forEach(f -> System.out.println(f.format() + "  " + f.descriptor().description()));
 * }</pre>
 */
public final class Renderers {
  private Renderers() {}

  private static final class Holder {
    static final RendererRegistry DEFAULT = RendererRegistry.discover();
  }

  /** {@return the default registry: every provider found by {@link java.util.ServiceLoader}, built once} */
  public static RendererRegistry registry() {
    return Holder.DEFAULT;
  }

  /**
   * The renderer for a format from the default registry.
   *
   * @param format the format name, case-insensitive: "text", "markdown", "html", "csv", "json",
   *     and with cchc-render-office "xlsx", "docx", or any format a plug-in adds
   * @return the renderer
   * @throws UnknownFormatException when no provider serves the format; the message lists those that do
   */
  public static Renderer find(String format) {
    return registry().find(format);
  }

  /** {@return the formats of the default registry, sorted by name, with their providers} */
  public static List<FormatInfo> formats() {
    return registry().formats();
  }
}
