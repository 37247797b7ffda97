package vn.cchc.model.json;

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
}
