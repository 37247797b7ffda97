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
 * <p>Reading is strict: unknown properties, a missing required property, or a value that breaks a
 * model invariant fail with {@link CchcJsonException}, which carries the line and column. Input is
 * bounded by {@link JsonReadLimits}.
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
    if (!JacksonDetection.jackson3Present()) {
      throw new IllegalStateException("Jackson 3 is not available: add tools.jackson.core:jackson-databind (3.x)");
    }
    return new Jackson3Json(limits);
  }

  /**
   * The codec for the Jackson line present: Jackson 3 when {@code tools.jackson.databind} is
   * available, otherwise Jackson 2. Default limits.
   *
   * @return the codec
   * @throws IllegalStateException when neither line is available; the message names the artifacts
   */
  static CchcJson detect() {
    if (JacksonDetection.jackson3Present()) {
      return jackson3(JsonReadLimits.defaults());
    }
    if (JacksonDetection.jackson2Present()) {
      return jackson2(JsonReadLimits.defaults());
    }
    throw new IllegalStateException("No Jackson found: add tools.jackson.core:jackson-databind (3.x) or "
        + "com.fasterxml.jackson.core:jackson-databind (2.21+) with jackson-datatype-jdk8 and jackson-datatype-jsr310");
  }
}
