package vn.cchc.read.office.archfixture.cycle.a;

import vn.cchc.read.office.archfixture.cycle.b.CycleB;

/** Test fixture only: one half of a package cycle. */
public final class CycleA {
  private CycleA() {}

  /** @return the other half */
  public static CycleB other() {
    return CycleB.make();
  }

  /** @return nothing useful; only the dependency matters */
  public static CycleA make() {
    return new CycleA();
  }
}
