package vn.cchc.model.json;

import java.io.File;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/** Finds out which Jackson lines are present without linking to them. Internal. */
final class JacksonDetection {
  /**
   * The codec {@code CchcJson.detect()} found, once found (a codec is immutable and thread-safe, and
   * building one costs milliseconds). Not a lazy-holder class: when no Jackson is present every call must
   * explain why, not fail with a bare {@code NoClassDefFoundError} after the first.
   */
  static volatile CchcJson detected;

  private JacksonDetection() {}

  static boolean jackson2Present() {
    return present("com.fasterxml.jackson.databind.ObjectMapper")
        && present("com.fasterxml.jackson.datatype.jdk8.Jdk8Module")
        && present("com.fasterxml.jackson.datatype.jsr310.JavaTimeModule");
  }

  static boolean jackson3Present() {
    return present("tools.jackson.databind.json.JsonMapper");
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, JacksonDetection.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * Why no Jackson was found although one is on the module path: its module is there but not in the
   * application's module graph, because {@code vn.cchc.model} only {@code requires static} it and nothing
   * else requires it. Empty when no Jackson module is on the module path.
   *
   * @param modulePath the module path ({@code jdk.module.path}), may be null
   * @param inGraph whether a module of that name is in the running module graph
   */
  static Optional<String> notInModuleGraph(String modulePath, Predicate<String> inGraph) {
    if (modulePath == null || modulePath.isBlank()) {
      return Optional.empty();
    }
    ModuleFinder finder;
    try {
      finder = ModuleFinder.of(Arrays.stream(modulePath.split(File.pathSeparator))
          .filter(s -> !s.isBlank()).map(Path::of).toArray(Path[]::new));
      for (String module : new String[] {"tools.jackson.databind", "com.fasterxml.jackson.databind"}) {
        if (finder.find(module).isPresent() && !inGraph.test(module)) {
          return Optional.of("the module " + module + " is on the module path but not in the module graph: add "
              + "'requires " + module + ";' to your module-info.java (or run with --add-modules " + module
              + (module.startsWith("com.") ? ",com.fasterxml.jackson.datatype.jdk8,com.fasterxml.jackson.datatype.jsr310" : "")
              + ")");
        }
      }
    } catch (RuntimeException unreadableModulePath) { // a damaged jar on it: no hint rather than a second failure
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** {@link #notInModuleGraph} for this JVM. */
  static Optional<String> notInModuleGraph() {
    return notInModuleGraph(System.getProperty("jdk.module.path"), m -> ModuleLayer.boot().findModule(m).isPresent());
  }
}
