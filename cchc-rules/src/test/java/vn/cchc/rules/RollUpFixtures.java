package vn.cchc.rules;

import java.util.Map;
import vn.cchc.model.Report;
import vn.cchc.model.catalogue.Catalogue;

/** Opens the package-private test data to the roll-up tests. */
public final class RollUpFixtures {
  private RollUpFixtures() {}

  /** {@return the fixture-shaped catalogue} */
  public static Catalogue catalogue() {
    return TestData.catalogue();
  }

  /** {@return the fixture's appendix cells} */
  public static Map<String, String> fixtureValues() {
    return TestData.fixtureValues();
  }

  /**
   * A report from cells.
   *
   * @param cat the catalogue
   * @param cells the cells
   * @return the report
   */
  public static Report report(Catalogue cat, Map<String, String> cells) {
    return TestData.report(cat, cells);
  }
}
