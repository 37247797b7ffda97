package vn.cchc.render;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Consumer;
import vn.cchc.render.spi.RendererProvider;

/**
 * An immutable, thread-safe table of renderer providers by format, built once.
 *
 * <h2>Which provider serves a format</h2>
 * <ol>
 *   <li>a provider {@linkplain Builder#register(RendererProvider) registered explicitly} (the last
 *       registered for a format wins);</li>
 *   <li>else the provider class named by the system property
 *       {@code vn.cchc.render.provider.<format>} (e.g. {@code -Dvn.cchc.render.provider.html=com.example.MyHtml}),
 *       taken from the discovered providers or, if not among them, instantiated through its public
 *       no-argument constructor;</li>
 *   <li>else the discovered provider with the highest {@link RendererProvider#priority()}, ties broken by
 *       the smaller class name — never by class-path order.</li>
 * </ol>
 *
 * <h2>Failures</h2>
 * A provider that cannot be loaded (missing class, throwing constructor, {@code formats()} that throws
 * or returns an invalid descriptor) is skipped, never fatal: it is reported to the failure sink — by
 * default the {@link System.Logger} named {@value #LOGGER_NAME} at {@code WARNING} — and kept in
 * {@link #loadFailures()}. A system property that names a class that cannot be used is reported the
 * same way and the normal order applies.
 */
public final class RendererRegistry {
  /** The name of the {@link System.Logger} that load failures go to by default. */
  public static final String LOGGER_NAME = "vn.cchc.render";
  /** The prefix of the system properties that name a provider class for a format. */
  public static final String PROVIDER_PROPERTY_PREFIX = "vn.cchc.render.provider.";

  private static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::rank)
      .thenComparing(Comparator.comparingInt((Candidate c) -> c.priority).reversed())
      .thenComparing(c -> c.provider.getClass().getName());

  private final Map<String, Candidate> chosen;
  private final Map<String, List<Candidate>> all;
  private final List<ProviderLoadFailure> failures;
  private final Consumer<ProviderLoadFailure> sink;

  private RendererRegistry(Map<String, List<Candidate>> all, List<ProviderLoadFailure> failures,
      Consumer<ProviderLoadFailure> sink) {
    this.all = all;
    this.failures = List.copyOf(failures);
    this.sink = sink;
    Map<String, Candidate> c = new TreeMap<>();
    all.forEach((format, list) -> c.put(format, list.get(0)));
    this.chosen = c;
  }

  /**
   * A registry of the providers {@link ServiceLoader} finds for the class loader of this library
   * (and the module layer it is in), with the system properties of this JVM.
   *
   * @return the registry
   */
  public static RendererRegistry discover() {
    return builder().discover().build();
  }

  /** {@return a builder with no providers} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The renderer for a format.
   *
   * @param format the format name, case-insensitive, e.g. "html"
   * @return the renderer
   * @throws UnknownFormatException when no provider serves the format; the message lists those that do
   * @throws RenderException when every provider of the format failed to create its renderer
   */
  public Renderer find(String format) {
    String f = FormatDescriptor.normalize(Objects.requireNonNull(format, "format"));
    List<Candidate> candidates = all.get(f);
    if (candidates == null) {
      throw new UnknownFormatException(format, List.copyOf(chosen.keySet()));
    }
    RuntimeException last = null;
    for (Candidate c : candidates) {
      try {
        Renderer r = c.provider.create(f);
        if (r == null) {
          throw new RenderException("provider " + c.provider.getClass().getName() + " returned no renderer for " + f);
        }
        return r;
      } catch (RuntimeException | LinkageError e) {
        ProviderLoadFailure failure = new ProviderLoadFailure(c.provider.getClass().getName(),
            "could not create the renderer for format '" + f + "': " + e, e);
        sink.accept(failure);
        last = e instanceof RuntimeException ? (RuntimeException) e : new RenderException(e.toString(), e);
      }
    }
    throw new RenderException("no provider could create a renderer for format '" + f + "'", last);
  }

  /**
   * The renderer for a format, if any provider serves it.
   *
   * @param format the format name, case-insensitive
   * @return the renderer, or empty when no provider serves the format
   */
  public Optional<Renderer> lookup(String format) {
    String f = FormatDescriptor.normalize(format);
    return chosen.containsKey(f) ? Optional.of(find(f)) : Optional.empty();
  }

  /** {@return the formats served, sorted by name, each with the provider that serves it} */
  public List<FormatInfo> formats() {
    List<FormatInfo> out = new ArrayList<>();
    chosen.values().forEach(c -> out.add(c.info()));
    return List.copyOf(out);
  }

  /**
   * Every provider that offers a format, the one that serves it first.
   *
   * @param format the format name, case-insensitive
   * @return the providers in the order they are tried; empty when none
   */
  public List<FormatInfo> candidates(String format) {
    return all.getOrDefault(FormatDescriptor.normalize(format), List.of()).stream().map(Candidate::info)
        .collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /** {@return the providers that failed to load while this registry was built, and were skipped} */
  public List<ProviderLoadFailure> loadFailures() {
    return failures;
  }

  /** Builds a {@link RendererRegistry}. Not thread-safe; the registry it builds is. */
  public static final class Builder {
    private final List<RendererProvider> registered = new ArrayList<>();
    private final List<ClassLoader> loaders = new ArrayList<>();
    private boolean discoverDefault;
    private Properties properties = System.getProperties();
    private Consumer<ProviderLoadFailure> sink = Builder::log;

    private Builder() {}

    /**
     * Registers a provider explicitly: it serves its formats ahead of anything discovered.
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder register(RendererProvider provider) {
      registered.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    /**
     * Adds the providers {@link ServiceLoader} finds from this library's module layer and class loader.
     *
     * @return this builder
     */
    public Builder discover() {
      discoverDefault = true;
      return this;
    }

    /**
     * Adds the providers {@link ServiceLoader} finds through a class loader (e.g. a plug-in folder's).
     *
     * @param loader the class loader
     * @return this builder
     */
    public Builder discover(ClassLoader loader) {
      loaders.add(Objects.requireNonNull(loader, "loader"));
      return this;
    }

    /**
     * Uses these properties instead of {@link System#getProperties()} for the
     * {@value RendererRegistry#PROVIDER_PROPERTY_PREFIX}{@code <format>} overrides.
     *
     * @param properties the properties
     * @return this builder
     */
    public Builder systemProperties(Properties properties) {
      this.properties = Objects.requireNonNull(properties, "properties");
      return this;
    }

    /**
     * Sends load failures here instead of the {@value RendererRegistry#LOGGER_NAME} logger.
     *
     * @param sink the sink
     * @return this builder
     */
    public Builder onLoadFailure(Consumer<ProviderLoadFailure> sink) {
      this.sink = Objects.requireNonNull(sink, "sink");
      return this;
    }

    /** {@return the registry} */
    public RendererRegistry build() {
      List<ProviderLoadFailure> failures = new ArrayList<>();
      Consumer<ProviderLoadFailure> report = f -> {
        failures.add(f);
        sink.accept(f);
      };
      List<Candidate> candidates = new ArrayList<>();
      for (RendererProvider p : registered) {
        addFormats(p, "registered", 0, candidates, report);
      }
      Map<String, RendererProvider> discovered = new LinkedHashMap<>();
      if (discoverDefault) {
        load(ServiceLoader.load(RendererProvider.class), discovered, report);
        load(ServiceLoader.load(RendererProvider.class, RendererRegistry.class.getClassLoader()), discovered, report);
      }
      for (ClassLoader l : loaders) {
        load(ServiceLoader.load(RendererProvider.class, l), discovered, report);
      }
      for (RendererProvider p : discovered.values()) {
        addFormats(p, "service-loader", 2, candidates, report);
      }
      addPropertyOverrides(discovered, candidates, report);
      Map<String, List<Candidate>> byFormat = new TreeMap<>();
      List<Candidate> reg = new ArrayList<>();
      List<Candidate> rest = new ArrayList<>();
      for (Candidate c : candidates) {
        (c.rank == 0 ? reg : rest).add(c);
      }
      java.util.Collections.reverse(reg); // the last registered wins
      rest.sort(ORDER);
      for (Candidate c : reg) {
        byFormat.computeIfAbsent(c.descriptor.name(), k -> new ArrayList<>()).add(c);
      }
      for (Candidate c : rest) {
        byFormat.computeIfAbsent(c.descriptor.name(), k -> new ArrayList<>()).add(c);
      }
      Map<String, List<Candidate>> frozen = new TreeMap<>();
      byFormat.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
      return new RendererRegistry(frozen, failures, sink);
    }

    private static void load(ServiceLoader<RendererProvider> loader, Map<String, RendererProvider> into,
        Consumer<ProviderLoadFailure> report) {
      Iterator<RendererProvider> it = loader.iterator();
      for (int guard = 0; guard < 10_000; guard++) {
        try {
          if (!it.hasNext()) {
            return;
          }
          RendererProvider p = it.next();
          into.putIfAbsent(p.getClass().getName(), p);
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
          report.accept(new ProviderLoadFailure(providerNameIn(e), "renderer provider skipped: " + e.getMessage(), e));
        }
      }
    }

    private void addPropertyOverrides(Map<String, RendererProvider> discovered, List<Candidate> candidates,
        Consumer<ProviderLoadFailure> report) {
      for (String key : properties.stringPropertyNames()) {
        if (!key.startsWith(PROVIDER_PROPERTY_PREFIX)) {
          continue;
        }
        String format = FormatDescriptor.normalize(key.substring(PROVIDER_PROPERTY_PREFIX.length()));
        String className = properties.getProperty(key).strip();
        RendererProvider p = discovered.get(className);
        if (p == null) {
          try {
            ClassLoader cl = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(RendererRegistry.class.getClassLoader());
            Class<?> type = Class.forName(className, true, cl);
            p = type.asSubclass(RendererProvider.class).getConstructor().newInstance();
          } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            report.accept(new ProviderLoadFailure(className, "system property " + key + " names a provider that "
                + "cannot be used (" + e + "); the normal order applies", e));
            continue;
          }
        }
        List<Candidate> offered = new ArrayList<>();
        addFormats(p, "system-property", 1, offered, report);
        boolean serves = false;
        for (Candidate c : offered) {
          if (c.descriptor.name().equals(format)) {
            candidates.add(c);
            serves = true;
          }
        }
        if (!serves) {
          report.accept(new ProviderLoadFailure(className, "system property " + key + " names a provider that does "
              + "not serve format '" + format + "'; the normal order applies", new IllegalArgumentException(format)));
        }
      }
    }

    private static void addFormats(RendererProvider p, String origin, int rank, List<Candidate> into,
        Consumer<ProviderLoadFailure> report) {
      try {
        List<FormatDescriptor> formats = p.formats();
        String name = p.providerName();
        int priority = p.priority();
        if (formats == null || name == null) {
          throw new IllegalStateException("formats() and providerName() must not return null");
        }
        for (FormatDescriptor d : formats) {
          into.add(new Candidate(p, Objects.requireNonNull(d, "format descriptor"), origin, rank, name, priority));
        }
      } catch (RuntimeException | LinkageError e) {
        report.accept(new ProviderLoadFailure(p.getClass().getName(), "renderer provider skipped: " + e, e));
      }
    }

    private static String providerNameIn(Throwable e) {
      String m = String.valueOf(e.getMessage());
      int colon = m.indexOf(": Provider ");
      if (colon >= 0) {
        String rest = m.substring(colon + ": Provider ".length());
        int space = rest.indexOf(' ');
        return space < 0 ? rest : rest.substring(0, space);
      }
      return "(unknown)";
    }

    private static void log(ProviderLoadFailure f) {
      System.getLogger(LOGGER_NAME).log(Level.WARNING, "cchc: " + f.provider() + ": " + f.message(), f.cause());
    }
  }

  private static final class Candidate {
    final RendererProvider provider;
    final FormatDescriptor descriptor;
    final String origin;
    final int rank;
    final String name;
    final int priority;

    Candidate(RendererProvider provider, FormatDescriptor descriptor, String origin, int rank, String name,
        int priority) {
      this.provider = provider;
      this.descriptor = descriptor;
      this.origin = origin;
      this.rank = rank;
      this.name = name;
      this.priority = priority;
    }

    int rank() {
      return rank;
    }

    FormatInfo info() {
      return new FormatInfo(descriptor, name, provider.getClass().getName(), priority, origin);
    }
  }
}
