package vn.cchc.model.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import vn.cchc.model.AdministrativeLevel;
import vn.cchc.model.ReportingPeriod;
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
   * The bundled catalogue's JSON exactly as shipped, for a user to copy and change ({@code cchc catalogue
   * export}).
   *
   * @return the UTF-8 bytes
   */
  public static byte[] bundledJson() {
    try (InputStream in = Catalogues.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The bundled catalogue " + RESOURCE + " is missing from the cchc-model jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Chooses the catalogue for a report's period and level among several versions: the one that
   * {@link Catalogue#appliesTo applies} (valid on the period's last day, serving the level); when several
   * do, the one valid from the latest day. A report of "quý III năm 2025" gets the catalogue valid on
   * 30/09/2025.
   *
   * <pre>{@code
   * Optional<Catalogue> c = Catalogues.choose(List.of(Catalogues.bundled(), myProvince2026),
   *     report.period(), report.issuer().level());
   * }</pre>
   *
   * @param catalogues the candidates, e.g. the bundled catalogue and a province's versions
   * @param period the report's period
   * @param level the reporting unit's level
   * @return the catalogue, or empty when none applies (a problem to report, not to guess around)
   */
  public static Optional<Catalogue> choose(Collection<Catalogue> catalogues, ReportingPeriod period,
      AdministrativeLevel level) {
    java.util.Objects.requireNonNull(catalogues, "catalogues");
    java.util.Objects.requireNonNull(period, "period");
    java.util.Objects.requireNonNull(level, "level");
    return catalogues.stream().filter(c -> c.appliesTo(period, level))
        .max(Comparator.comparing(Catalogue::validFrom));
  }

  /**
   * Reads a catalogue from JSON, e.g. a province's variant.
   *
   * @param in UTF-8 JSON; not closed
   * @return the catalogue
   * @throws vn.cchc.model.json.CchcJsonException when the JSON is not a valid catalogue
   */
  public static Catalogue read(InputStream in) {
    java.util.Objects.requireNonNull(in, "in");
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
