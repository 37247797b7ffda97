package vn.cchc.bench;

import vn.cchc.model.catalogue.Catalogue;
import vn.cchc.model.catalogue.Catalogues;

/** The catalogue the benchmarks run on: the bundled cchc-2024, as users' reports are checked against it. */
public final class BenchData {
  private BenchData() {}

  /** {@return the bundled catalogue} */
  public static Catalogue catalogue() {
    return Catalogues.bundled();
  }
}
