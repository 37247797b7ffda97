package vn.cchc.render;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import vn.cchc.render.spi.AggregateRendererProvider;

/**
 * Aggregate renderers by format name: the providers registered explicitly first (the last registered wins),
 * then those {@link ServiceLoader} finds, by priority then class name — never class-path order. A provider
 * that fails to load is skipped and reported to the {@value RendererRegistry#LOGGER_NAME} logger, never
 * fatal. Immutable and thread-safe.
 *
 * <pre>{@code
 * AggregateRenderers.find("html").render(AggregateInput.of(table, catalogue), RenderOptions.defaults(), out);
 * }</pre>
 */
public final class AggregateRenderers {
  private static final class Holder {
    static final AggregateRenderers DEFAULT = discover(List.of());
  }

  private final Map<String, List<AggregateRendererProvider>> byFormat;
  private final Map<String, FormatDescriptor> descriptors;

  private AggregateRenderers(Map<String, List<AggregateRendererProvider>> byFormat,
      Map<String, FormatDescriptor> descriptors) {
    this.byFormat = byFormat;
    this.descriptors = descriptors;
  }

  /** {@return the default registry: the providers {@link ServiceLoader} finds, built once} */
  public static AggregateRenderers registry() {
    return Holder.DEFAULT;
  }

  /**
   * The renderer for a format from the default registry.
   *
   * @param format the format, case-insensitive: "csv", "json", "html", and with cchc-render-office "xlsx"
   * @return the renderer
   * @throws UnknownFormatException when no provider serves it; the message lists those that do
   */
  public static AggregateRenderer find(String format) {
    return registry().renderer(format);
  }

  /**
   * A registry of these providers ahead of the discovered ones.
   *
   * @param registered providers, the last one first for a format they share
   * @return the registry
   */
  public static AggregateRenderers discover(List<AggregateRendererProvider> registered) {
    Map<String, AggregateRendererProvider> found = new LinkedHashMap<>();
    load(ServiceLoader.load(AggregateRendererProvider.class), found);
    load(ServiceLoader.load(AggregateRendererProvider.class, AggregateRenderers.class.getClassLoader()), found);
    List<AggregateRendererProvider> sorted = new ArrayList<>(found.values());
    sorted.sort(Comparator.comparingInt(AggregateRendererProvider::priority).reversed()
        .thenComparing(p -> p.getClass().getName()));
    List<AggregateRendererProvider> all = new ArrayList<>(registered);
    java.util.Collections.reverse(all);
    all.addAll(sorted);
    Map<String, List<AggregateRendererProvider>> byFormat = new TreeMap<>();
    Map<String, FormatDescriptor> descriptors = new TreeMap<>();
    for (AggregateRendererProvider p : all) {
      try {
        for (FormatDescriptor d : p.formats()) {
          byFormat.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(p);
          descriptors.putIfAbsent(d.name(), d);
        }
      } catch (RuntimeException | LinkageError e) {
        log(p.getClass().getName(), e);
      }
    }
    byFormat.replaceAll((k, v) -> List.copyOf(v));
    return new AggregateRenderers(byFormat, descriptors);
  }

  /**
   * The renderer for a format.
   *
   * @param format the format, case-insensitive
   * @return the renderer
   * @throws UnknownFormatException when no provider serves it
   */
  public AggregateRenderer renderer(String format) {
    String f = FormatDescriptor.normalize(Objects.requireNonNull(format, "format"));
    List<AggregateRendererProvider> ps = byFormat.get(f);
    if (ps == null) {
      throw new UnknownFormatException(format, List.copyOf(byFormat.keySet()));
    }
    RuntimeException last = null;
    for (AggregateRendererProvider p : ps) {
      try {
        return Objects.requireNonNull(p.create(f), "renderer");
      } catch (RuntimeException e) {
        log(p.getClass().getName(), e);
        last = e;
      }
    }
    throw new RenderException("no provider could create an aggregate renderer for format '" + f + "'", last);
  }

  /** {@return the formats served, sorted by name} */
  public List<FormatDescriptor> formats() {
    return List.copyOf(descriptors.values());
  }

  private static void load(ServiceLoader<AggregateRendererProvider> loader, Map<String, AggregateRendererProvider> into) {
    Iterator<AggregateRendererProvider> it = loader.iterator();
    for (int guard = 0; guard < 10_000; guard++) {
      try {
        if (!it.hasNext()) {
          return;
        }
        AggregateRendererProvider p = it.next();
        into.putIfAbsent(p.getClass().getName(), p);
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        log("(unknown)", e);
      }
    }
  }

  private static void log(String provider, Throwable e) {
    System.getLogger(RendererRegistry.LOGGER_NAME).log(Level.WARNING, "cchc: aggregate renderer provider " + provider
        + " skipped: " + e, e);
  }
}
