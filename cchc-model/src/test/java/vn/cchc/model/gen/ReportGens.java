package vn.cchc.model.gen;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.quicktheories.core.Gen;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;

/**
 * QuickTheories adapters for {@link ReportGenerator}: a seed and a size are drawn, so shrinking
 * moves towards smaller reports. The description printed on failure is the seed and size, which
 * reproduce the report with {@code ReportGenerator.of(seed, size)}.
 */
public final class ReportGens {
  private ReportGens() {}

  /** A seed and a size: everything needed to rebuild a generated value. */
  public record Seed(long seed, int size) {
    /** {@return the report this seed stands for} */
    public Report report() {
      return ReportGenerator.of(seed, size).report();
    }

    /** {@return the catalogue this seed stands for} */
    public Catalogue catalogue() {
      return ReportGenerator.of(seed, size).catalogue();
    }
  }

  /**
   * Seeds with sizes up to a bound.
   *
   * @param maxSize the largest size
   * @return the generator
   */
  public static Gen<Seed> seeds(int maxSize) {
    return integers().between(0, maxSize).zip(longs().all(), (size, seed) -> new Seed(seed, size))
        .describedAs(s -> "ReportGenerator.of(" + s.seed() + "L, " + s.size() + ")");
  }

  /**
   * Random valid reports.
   *
   * @param maxSize the largest size
   * @return the generator
   */
  public static Gen<Report> reports(int maxSize) {
    return seeds(maxSize).map(Seed::report);
  }
}
