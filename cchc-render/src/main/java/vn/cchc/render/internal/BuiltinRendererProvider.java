package vn.cchc.render.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.cchc.render.FormatDescriptor;
import vn.cchc.render.Renderer;
import vn.cchc.render.spi.RendererProvider;

/** cchc's light built-in renderers: text, markdown, html, csv, json. */
public final class BuiltinRendererProvider implements RendererProvider {
  private static final Map<String, Supplier<Renderer>> RENDERERS = Map.of(
      TextFormat.DESCRIPTOR.name(), TextFormat::new,
      MarkdownFormat.DESCRIPTOR.name(), MarkdownFormat::new,
      HtmlFormat.DESCRIPTOR.name(), HtmlFormat::new,
      CsvFormat.DESCRIPTOR.name(), CsvFormat::new,
      JsonFormat.DESCRIPTOR.name(), JsonFormat::new);

  /** Creates the provider (called by {@link java.util.ServiceLoader}). */
  public BuiltinRendererProvider() {}

  @Override
  public String providerName() {
    return "cchc-builtin";
  }

  @Override
  public List<FormatDescriptor> formats() {
    return List.of(TextFormat.DESCRIPTOR, MarkdownFormat.DESCRIPTOR, HtmlFormat.DESCRIPTOR, CsvFormat.DESCRIPTOR,
        JsonFormat.DESCRIPTOR);
  }

  @Override
  public Renderer create(String format) {
    Supplier<Renderer> s = RENDERERS.get(format);
    if (s == null) {
      throw new IllegalArgumentException("cchc-builtin does not serve format " + format);
    }
    return s.get();
  }
}
