package vn.cchc.model.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.cchc.model.json.CchcJson;

/**
 * Loads catalogues. The bundled catalogue is read from JSON exactly as a user's own would be.
 */
public final class Catalogues {
  /** The id of the bundled 2024 catalogue. */
  public static final String CCHC_2024 = "cchc-2024";
  private static final String RESOURCE = "/vn/cchc/model/catalogue/cchc-2024.json";

  private Catalogues() {}

  /**
   * The bundled catalogue {@code cchc-2024}: every row of the 2024 appendix template. Loaded once.
   *
   * @return the catalogue
   */
  public static Catalogue bundled() {
    return Holder.BUNDLED;
  }

  /**
   * Reads a catalogue from JSON, e.g. a province's variant.
   *
   * @param in UTF-8 JSON; not closed
   * @return the catalogue
   * @throws vn.cchc.model.json.CchcJsonException when the JSON is not a valid catalogue
   */
  public static Catalogue read(InputStream in) {
    return CchcJson.detect().readCatalogue(in);
  }

  /**
   * Reads a catalogue from a JSON file.
   *
   * @param file the file
   * @return the catalogue
   * @throws UncheckedIOException when the file cannot be read
   * @throws vn.cchc.model.json.CchcJsonException when the JSON is not a valid catalogue
   */
  public static Catalogue read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read catalogue " + file + ": " + e.getMessage(), e);
    }
  }

  private static final class Holder {
    static final Catalogue BUNDLED = load();

    private static Catalogue load() {
      try (InputStream in = Catalogues.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("The bundled catalogue " + RESOURCE + " is missing from the cchc-model jar");
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
