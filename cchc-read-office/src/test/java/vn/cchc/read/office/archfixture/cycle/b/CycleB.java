package vn.cchc.read.office.archfixture.cycle.b;

import vn.cchc.read.office.archfixture.cycle.a.CycleA;

/** Test fixture only: the other half of a package cycle. */
public final class CycleB {
  private CycleB() {}

  /** @return the first half */
  public static CycleA other() {
    return CycleA.make();
  }

  /** @return nothing useful; only the dependency matters */
  public static CycleB make() {
    return new CycleB();
  }
}
