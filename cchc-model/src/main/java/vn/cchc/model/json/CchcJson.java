package vn.cchc.model.json;

import java.io.InputStream;
import java.io.OutputStream;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;

/**
 * Reads and writes reports and catalogues as JSON, with whichever Jackson line the application uses.
 *
 * <pre>{@code
 * CchcJson json = CchcJson.detect();          // Jackson 3 if present, else Jackson 2
 * json.writeReport(report, out);
 * Report back = json.readReport(in);          // equals(report)
 * }</pre>
 *
 * <p>Both Jackson lines write the same bytes for the same object, and read each other's output:
 * properties in a fixed order, absent optional values omitted (never {@code null}), dates as
 * {@code "2024-03-12"}, decimals as plain JSON numbers with their scale ({@code 99.3}, {@code 100.0}),
 * values told apart by {@code "state"}, enums by constant name, LF line ends. The format is
 * described in {@code docs/json-format.md} and by the JSON Schemas {@code docs/report.schema.json}
 * and {@code docs/catalogue.schema.json}.
 *
 * <p>Reading is strict: unknown or duplicate properties, {@code null}, a missing required property,
 * a value of the wrong JSON type (no coercion of {@code "10"} or {@code 1.5} into a count), or a
 * value that breaks a model invariant fail with {@link CchcJsonException}, whose message names the
 * JSON Pointer of the offending value and which carries the line and column. Input is bounded by
 * {@link JsonReadLimits}.
 */
public interface CchcJson {

  /**
   * Reads a report.
   *
   * @param in UTF-8 JSON; not closed
   * @return the report
   * @throws CchcJsonException when the input is not a valid report
   */
  Report readReport(InputStream in);

  /**
   * Writes a report as pretty-printed UTF-8 JSON.
   *
   * @param report the report
   * @param out the stream; flushed, not closed
   * @throws CchcJsonException when writing fails
   */
  void writeReport(Report report, OutputStream out);

  /**
   * Reads a catalogue.
   *
   * @param in UTF-8 JSON; not closed
   * @return the catalogue
   * @throws CchcJsonException when the input is not a valid catalogue
   */
  Catalogue readCatalogue(InputStream in);

  /**
   * Writes a catalogue as pretty-printed UTF-8 JSON.
   *
   * @param catalogue the catalogue
   * @param out the stream; flushed, not closed
   * @throws CchcJsonException when writing fails
   */
  void writeCatalogue(Catalogue catalogue, OutputStream out);

  /** {@return which Jackson line this instance uses: "jackson2" or "jackson3"} */
  String name();

  /** {@return the limits applied when reading} */
  JsonReadLimits limits();

  /**
   * JSON through Jackson 2.x ({@code com.fasterxml.jackson.core:jackson-databind} 2.21+, with
   * {@code jackson-datatype-jdk8} and {@code jackson-datatype-jsr310}).
   *
   * @param limits the read limits
   * @return the codec
   * @throws IllegalStateException when Jackson 2 is not on the class or module path
   */
  static CchcJson jackson2(JsonReadLimits limits) {
    java.util.Objects.requireNonNull(limits, "limits");
    if (!JacksonDetection.jackson2Present()) {
      throw new IllegalStateException("Jackson 2 is not available: add com.fasterxml.jackson.core:jackson-databind "
          + "(2.21+), com.fasterxml.jackson.datatype:jackson-datatype-jdk8 and jackson-datatype-jsr310");
    }
    return new Jackson2Json(limits);
  }

  /**
   * JSON through Jackson 3.x ({@code tools.jackson.core:jackson-databind}).
   *
   * @param limits the read limits
   * @return the codec
   * @throws IllegalStateException when Jackson 3 is not on the class or module path
   */
  static CchcJson jackson3(JsonReadLimits limits) {
    java.util.Objects.requireNonNull(limits, "limits");
    if (!JacksonDetection.jackson3Present()) {
      throw new IllegalStateException("Jackson 3 is not available: " + JacksonDetection.notInModuleGraph()
          .orElse("add tools.jackson.core:jackson-databind (3.x)"));
    }
    return new Jackson3Json(limits);
  }

  /**
   * The codec for the Jackson line present: Jackson 3 when {@code tools.jackson.databind} is
   * available, otherwise Jackson 2. Default limits. Built on the first call and returned by every later
   * one (codecs are immutable and thread-safe), so calling it per file costs nothing.
   *
   * @return the codec
   * @throws IllegalStateException when neither line is available; the message names the artifacts
   */
  static CchcJson detect() {
    CchcJson found = JacksonDetection.detected;
    if (found != null) {
      return found; // built once: a codec is immutable and thread-safe, and building one costs milliseconds
    }
    if (JacksonDetection.jackson3Present()) {
      found = jackson3(JsonReadLimits.defaults());
    } else if (JacksonDetection.jackson2Present()) {
      found = jackson2(JsonReadLimits.defaults());
    }
    if (found != null) {
      JacksonDetection.detected = found;
      return found;
    }
    throw new IllegalStateException(JacksonDetection.notInModuleGraph().map(why -> "No Jackson in the module graph: " + why)
        .orElse("No Jackson found: add tools.jackson.core:jackson-databind (3.x) or "
            + "com.fasterxml.jackson.core:jackson-databind (2.21+) with jackson-datatype-jdk8 and jackson-datatype-jsr310"));
  }
}
